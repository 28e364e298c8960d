#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace mycloud {

// A new password typed twice, with the server's rules checked live; for an account, the current
// password is asked first. Shared by the lock and change-password dialogs.
class PasswordFields final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind {
        Lock, // QR lock password: 8..256 characters
        Account, // account password: 10..256 characters, and the current one
    };

    explicit PasswordFields(Kind kind, QWidget* parent = nullptr);

    QString currentPassword() const; // empty for a lock
    QString newPassword() const;
    std::optional<QString> problem() const;

signals:
    void changed();

private:
    struct Rule
    {
        bool met;
        QString rule; // shown in the live checklist
        QString problem; // shown under the form while unmet
    };

    QLineEdit* addPassword(QFormLayout* form, const QString& label, const QString& objectName);
    QList<Rule> rules() const;
    void showRules();

    Kind m_kind;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_confirm = nullptr;
    QCheckBox* m_show = nullptr;
    QLabel* m_rules = nullptr;
};

} // namespace mycloud
