#include "ChangePasswordDialog.h"

#include "dialogs/FormButtons.h"
#include "dialogs/PasswordFields.h"

#include <QVBoxLayout>

namespace mycloud {

ChangePasswordDialog::ChangePasswordDialog(QWidget* parent)
    : QDialog(parent)
    , m_fields(new PasswordFields(PasswordFields::Kind::Account, this))
{
    setWindowTitle(tr("Change the password"));
    setModal(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fields);
    auto* buttons = new FormButtons(this, tr("&Change the password"));
    layout->addWidget(buttons);

    buttons->follow(m_fields, &PasswordFields::changed, [this] { return m_fields->problem(); });
    m_fields->setFocus();
}

QString ChangePasswordDialog::currentPassword() const
{
    return m_fields->currentPassword();
}

QString ChangePasswordDialog::newPassword() const
{
    return m_fields->newPassword();
}

} // namespace mycloud
