#include "ContactDialog.h"

#include "dialogs/ContactRow.h"
#include "dialogs/SelectableLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mycloud {

ContactDialog::ContactDialog(const Contact& contact, QWidget* parent)
    : QDialog(parent)
    , m_phone(new ContactRow(ContactRow::Kind::Phone, contact.phone, this))
    , m_email(new ContactRow(ContactRow::Kind::Email, contact.email, this))
{
    setWindowTitle(tr("Your B2EI contact"));
    setModal(true);
    m_phone->setObjectName(u"phone"_s);
    m_email->setObjectName(u"email"_s);
    auto* name = new SelectableLabel(contact.name, u"name"_s, this);
    name->setBold(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("E-mail:"), m_email);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QUrl ContactDialog::callUrl() const
{
    return m_phone->url();
}

QUrl ContactDialog::mailUrl() const
{
    return m_email->url();
}

} // namespace mycloud
