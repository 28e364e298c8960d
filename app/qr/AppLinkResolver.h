#pragma once

#include "AppLink.h"
#include "QrResolver.h"

#include <QLoggingCategory>
#include <QObject>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcLinks)

namespace mycloud {

class ClientSession;

// Turns a link given to the app (command line, another launch) into a product or an affair of
// the offline store, which the window then shows. The same path as a scan: the store first, then
// the server (QrResolver); what the server knows but the store does not have yet (created since
// the last sync) comes with one sync. Signed out, the link waits for the sign-in. One link at a
// time: a new one replaces the one in progress.
class AppLinkResolver final : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        QUuid affairId;
        QUuid productId; // null: the affair's products
    };

    explicit AppLinkResolver(ClientSession& session, QObject* parent = nullptr);

    void open(const QString& text);
    bool isWaitingForSignIn() const { return m_waitingForSignIn; }

signals:
    void resolved(const mycloud::AppLinkResolver::Target& target);
    void failed(const QString& message); // translated: why nothing opens
    void waitingForSignIn();

private:
    enum class Looking { Nothing, Affair, Product };

    void resolve();
    void onQrResolved(const QrResolver::Resolution& resolution);
    void catchUp(Looking what, const QUuid& id);
    void onSyncFinished();
    std::optional<Target> lookUp() const;
    void succeed(const Target& target);
    void fail(const QString& message);
    static QString notFound(Looking what, bool offline);

    ClientSession& m_session;
    QrResolver* m_qr = nullptr;
    std::optional<QString> m_link; // in progress
    bool m_waitingForSignIn = false;
    // Catching up: waiting for a sync that started after the link came, then looking again.
    Looking m_looking = Looking::Nothing;
    QUuid m_lookingFor;
    bool m_syncSinceLink = false; // a sync started after the link came
    bool m_armed = false; // that sync is the one being waited for
};

} // namespace mycloud
