#pragma once

#include <QDialog>

namespace mycloud {

class PasswordFields;

// « Modifier le mot de passe » of « Mon compte ».
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(QWidget* parent = nullptr);

    QString currentPassword() const;
    QString newPassword() const;

private:
    PasswordFields* m_fields;
};

} // namespace mycloud
