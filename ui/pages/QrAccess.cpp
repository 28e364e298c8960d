#include "QrAccess.h"

#include "core/ClientSession.h"
#include "dialogs/ConfirmDestructive.h"
#include "dialogs/ContactDialog.h"
#include "dialogs/LockDialog.h"
#include "style/Icons.h"

#include <QAction>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace mycloud {

QrAccess::QrAccess(ClientSession& session, QWidget* parent)
    : QObject(parent)
    , m_session(session)
    , m_remote(new QAction(Icons::get(u"remote-on"_s), tr("Remote consultation"), this))
    , m_lock(new QAction(Icons::get(u"lock"_s), tr("Lock…"), this))
    , m_contact(new QAction(Icons::get(u"address-book"_s), tr("Contact…"), this))
{
    m_remote->setCheckable(true);
    m_contact->setToolTip(tr("Your B2EI contact for this affair: call or e-mail"));
    connect(m_remote, &QAction::triggered, this, &QrAccess::toggleRemote);
    connect(m_lock, &QAction::triggered, this, &QrAccess::toggleLock);
    connect(m_contact, &QAction::triggered, this, &QrAccess::showContact);
    setTarget(std::nullopt);
}

QWidget* QrAccess::parentWidget() const
{
    return qobject_cast<QWidget*>(parent());
}

void QrAccess::setTarget(const std::optional<Target>& target)
{
    m_target = target;
    for (QAction* action : {m_remote, m_lock, m_contact})
        action->setEnabled(target.has_value());
    m_contact->setVisible(!target || target->level != Actions::Level::Account);
    m_lock->setVisible(!target || target->level != Actions::Level::Account);
    if (!target)
        return;
    m_remote->setChecked(target->remoteConsultation);
    m_remote->setIcon(Icons::get(target->remoteConsultation ? u"remote-on"_s : u"remote-off"_s));
    m_remote->setToolTip(target->remoteConsultation
                             ? tr("Remote consultation through the QR code is on: click to switch it off")
                             : tr("Remote consultation through the QR code is off: click to switch it on"));
    m_lock->setText(target->locked ? tr("Unlock") : tr("Lock…"));
    m_lock->setIcon(Icons::get(target->locked ? u"unlock"_s : u"lock"_s));
    m_lock->setToolTip(target->locked ? tr("QR access asks for a password: remove it")
                                      : tr("Protect QR access with a password"));
}

void QrAccess::toggleRemote()
{
    if (!m_target)
        return;
    const bool enable = !m_target->remoteConsultation;
    if (m_session.setRemoteConsultation(m_target->level, m_target->id, enable))
        m_target->remoteConsultation = enable;
    setTarget(m_target);
}

void QrAccess::toggleLock()
{
    if (!m_target)
        return;
    if (m_target->locked) {
        if (confirmDestructive(
                parentWidget(), tr("Unlock %1").arg(m_target->name),
                tr("Anyone with the QR code will reach %1 without a password, as far as remote "
                   "consultation allows.")
                    .arg(m_target->name),
                tr("Unlock"))
            && m_session.unlock(m_target->level, m_target->id))
            m_target->locked = false;
    } else {
        LockDialog dialog(m_target->name, parentWidget());
        if (dialog.exec() == QDialog::Accepted
            && m_session.lock(m_target->level, m_target->id, dialog.password()))
            m_target->locked = true;
    }
    setTarget(m_target); // the action says what a second click would do
}

void QrAccess::showContact()
{
    if (!m_target)
        return;
    ContactDialog dialog(m_target->contact, parentWidget());
    dialog.exec();
}

} // namespace mycloud
