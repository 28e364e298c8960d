#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace mycloud {

class ClientSession;

// Preferences: the language (the system's by default, or English or French whatever the system
// says; applied at the next start) and the size of the offline file cache.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr const char* kLanguageKey = "ui/language"; // "", "en" or "fr"
    static constexpr const char* kCacheKey = "files/capacityMiB";

    explicit PreferencesDialog(ClientSession& session, QWidget* parent = nullptr);

    // What main() applies before any window exists: the saved language, or the system's.
    static QLocale chosenLocale();
    // The saved cache size, applied to the session's file cache.
    static void applyCacheCapacity(ClientSession& session);

    void accept() override;

private:
    ClientSession& m_session;
    QComboBox* m_language = nullptr;
    QSpinBox* m_cacheMiB = nullptr;
    QLabel* m_cacheUse = nullptr;
};

} // namespace mycloud
