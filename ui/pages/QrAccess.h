#pragma once

#include "domain/Contact.h"
#include "sync/Actions.h"

#include <QObject>
#include <QUuid>

class QAction;
class QWidget;

namespace mycloud {

class ClientSession;

// The QR-access actions an affair, a product or the account offers (seed §3, §4, §5): the remote
// consultation switch, lock / unlock with a password, and the B2EI contact. One set of QActions
// that a page points at its current item; the page puts them in its toolbar and context menu.
class QrAccess final : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        Actions::Level level = Actions::Level::Affair;
        QUuid id;
        QString name; // for titles: "Lock AFF-2024-0131"
        bool remoteConsultation = false;
        bool locked = false;
        Contact contact;
    };

    QrAccess(ClientSession& session, QWidget* parent);

    void setTarget(const std::optional<Target>& target);

    QAction* remoteAction() const { return m_remote; }
    QAction* lockAction() const { return m_lock; }
    QAction* contactAction() const { return m_contact; }

private:
    void toggleRemote();
    void toggleLock();
    void showContact();
    QWidget* parentWidget() const;

    ClientSession& m_session;
    std::optional<Target> m_target;
    QAction* m_remote = nullptr;
    QAction* m_lock = nullptr;
    QAction* m_contact = nullptr;
};

} // namespace mycloud
