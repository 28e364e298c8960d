#include "AccountPage.h"

#include "api/ApiReply.h"
#include "core/ClientSession.h"
#include "dialogs/ChangePasswordDialog.h"
#include "domain/Account.h"
#include "store/Store.h"
#include "style/Icons.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mycloud {

AccountPage::AccountPage(ClientSession& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_remote(
          new QCheckBox(tr("&Remote consultation through the QR codes of all my affairs and products"), this))
    , m_changePassword(new QPushButton(Icons::get(u"lock"_s), tr("&Change my password…"), this))
    , m_signOut(new QPushButton(Icons::get(u"logout"_s), tr("Sign &out"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"AccountPage"_s);
    auto* title = new QLabel(tr("My account"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* detailsBox = new QGroupBox(tr("My details"), this);
    auto* form = new QFormLayout(detailsBox);
    for (const QString& label : {tr("Name:"), tr("Company:"), tr("Address:"), tr("Phone:"), tr("E-mail:")}) {
        auto* value = new QLabel(detailsBox);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        m_values << value;
        form->addRow(label, value);
    }
    auto* remoteBox = new QGroupBox(tr("Remote consultation"), this);
    auto* remoteLayout = new QVBoxLayout(remoteBox);
    auto* remoteHint
        = new QLabel(tr("When off, no QR code of yours opens a page, whatever the switches of the "
                        "affairs and products. You always see everything here."),
                     remoteBox);
    remoteHint->setWordWrap(true);
    remoteLayout->addWidget(m_remote);
    remoteLayout->addWidget(remoteHint);
    connect(m_remote, &QCheckBox::clicked, this, [this](bool on) {
        if (const auto account = m_session.store().account())
            m_session.setRemoteConsultation(Actions::Level::Account, account->id, on);
    });

    m_status->setWordWrap(true);
    m_status->hide();
    connect(m_changePassword, &QPushButton::clicked, this, &AccountPage::changePassword);
    connect(m_signOut, &QPushButton::clicked, &m_session, &ClientSession::signOut);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_changePassword);
    buttons->addWidget(m_signOut);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(detailsBox);
    layout->addWidget(remoteBox);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();
}

void AccountPage::reload()
{
    const auto account = m_session.store().account();
    const QStringList values = account
        ? QStringList{account->name, account->company, account->address, account->phone, account->email}
        : QStringList(5, QString());
    for (qsizetype i = 0; i < m_values.size(); ++i)
        m_values.at(i)->setText(values.at(i).isEmpty() ? tr("—") : values.at(i));
    m_remote->setEnabled(account.has_value());
    m_remote->setChecked(account && account->remoteConsultation);
    m_changePassword->setEnabled(m_session.state() == ClientSession::State::SignedIn);
}

QString AccountPage::details() const
{
    QStringList lines;
    for (const QLabel* value : m_values)
        lines << value->text();
    return lines.join(u'\n');
}

void AccountPage::changePassword()
{
    ChangePasswordDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_changePassword->setEnabled(false);
    ApiReply* reply = m_session.changePassword(dialog.currentPassword(), dialog.newPassword());
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_changePassword->setEnabled(true);
        const auto& error = reply->error();
        m_status->setText(!error ? tr("Your password was changed.")
                              : error->code() == u"wrong_password"
                              ? tr("The current password is not right: your password was not changed.")
                              : error->message());
        m_status->show();
    });
}

} // namespace mycloud
