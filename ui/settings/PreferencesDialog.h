#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace mycloud {

class ClientSession;

// Preferences: the language (the system's by default, or English or French whatever the system
// says; applied at the next start), the size of the offline file cache, and the affairs kept
// available offline, with the room each takes and a way to stop keeping one.
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
    QWidget* buildOfflineList();

    ClientSession& m_session;
    QComboBox* m_language = nullptr;
    QSpinBox* m_cacheMiB = nullptr;
    QLabel* m_cacheUse = nullptr;
    QTableView* m_offlineView = nullptr;
};

} // namespace mycloud
