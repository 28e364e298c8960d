#include "AppLinkResolver.h"

#include "core/ClientSession.h"
#include "store/Store.h"

#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLinks, "mycloud.links")

namespace mycloud {

AppLinkResolver::AppLinkResolver(ClientSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_qr(new QrResolver(session.client(), session.store(), this))
{
    connect(m_qr, &QrResolver::resolved, this, &AppLinkResolver::onQrResolved);
    connect(&session, &ClientSession::signedIn, this, [this] {
        if (!std::exchange(m_waitingForSignIn, false))
            return;
        // After the session's own first sync has started: a catch-up then waits for that one.
        QTimer::singleShot(0, this, [this, link = m_link] {
            if (m_link && link == m_link)
                resolve();
        });
    });
    connect(&session, &ClientSession::syncStarted, this, [this] {
        m_syncSinceLink = true;
        if (m_looking != Looking::Nothing)
            m_armed = true;
    });
    connect(&session, &ClientSession::syncFinished, this, &AppLinkResolver::onSyncFinished);
}

void AppLinkResolver::open(const QString& text)
{
    qCInfo(lcLinks) << "opening" << text;
    m_link = text;
    m_looking = Looking::Nothing;
    m_syncSinceLink = false;
    m_armed = false;
    if (m_session.state() != ClientSession::State::SignedIn) {
        m_waitingForSignIn = true;
        emit waitingForSignIn();
        return;
    }
    resolve();
}

void AppLinkResolver::resolve()
{
    const QStringList ourHosts{m_session.profile().server().host()};
    const auto link = AppLink::parse(*m_link, ourHosts);
    if (!link) {
        fail(link.error().message());
        return;
    }
    if (link->kind() == AppLink::Kind::Affair) {
        if (m_session.store().affair(link->id()))
            succeed({link->id(), {}});
        else
            catchUp(Looking::Affair, link->id());
        return;
    }
    m_qr->resolve(QrLink::parse(*m_link, ourHosts)); // a product or a label: as if scanned
}

void AppLinkResolver::onQrResolved(const QrResolver::Resolution& resolution)
{
    if (!m_link || resolution.link.text() != *m_link)
        return; // the answer about a link another one replaced
    switch (resolution.outcome) {
    case QrResolver::Outcome::Found:
        if (m_session.store().product(resolution.product.id))
            succeed({resolution.product.affairId, resolution.product.id});
        else // the server has it, this computer not yet
            catchUp(Looking::Product, resolution.product.id);
        return;
    case QrResolver::Outcome::NotOurs:
        // An id the store does not have may be a product created since the last sync; a label the
        // server does not know is no product of this customer.
        if (resolution.link.kind() == QrLink::Kind::ProductId)
            catchUp(Looking::Product, resolution.link.productId());
        else
            fail(resolution.message());
        return;
    case QrResolver::Outcome::Unreachable: fail(notFound(Looking::Product, true)); return;
    case QrResolver::Outcome::NotALabel:
    case QrResolver::Outcome::Failed: fail(resolution.message()); return;
    }
}

void AppLinkResolver::catchUp(Looking what, const QUuid& id)
{
    m_looking = what;
    m_lookingFor = id;
    // The sync that brings it must have started after the link came; one running since before
    // may have read the changes already, so the session runs another right after it.
    m_armed = m_session.isSyncing() && m_syncSinceLink;
    if (!m_armed)
        m_session.sync();
    if (m_session.state() != ClientSession::State::SignedIn) { // signed out meanwhile: no sync runs
        m_looking = Looking::Nothing;
        m_waitingForSignIn = true;
        emit waitingForSignIn();
        return;
    }
    qCInfo(lcLinks) << "not in the store yet: waiting for a sync";
}

void AppLinkResolver::onSyncFinished()
{
    if (m_looking == Looking::Nothing)
        return;
    if (const auto target = lookUp()) {
        succeed(*target);
        return;
    }
    const auto status = m_session.lastReport().status;
    if (status == SyncEngine::Status::SignedOut) {
        m_looking = Looking::Nothing;
        m_waitingForSignIn = true;
        emit waitingForSignIn();
        return;
    }
    // Offline, no other sync follows; otherwise only the awaited one is conclusive.
    if (status == SyncEngine::Status::Offline || m_armed)
        fail(notFound(m_looking, status == SyncEngine::Status::Offline));
}

std::optional<AppLinkResolver::Target> AppLinkResolver::lookUp() const
{
    const Store& store = m_session.store();
    if (m_looking == Looking::Affair && store.affair(m_lookingFor))
        return Target{m_lookingFor, {}};
    if (m_looking == Looking::Product)
        if (const auto product = store.product(m_lookingFor))
            return Target{product->affairId, product->id};
    return std::nullopt;
}

QString AppLinkResolver::notFound(Looking what, bool offline)
{
    if (what == Looking::Affair)
        return offline ? tr("This affair is not on this computer yet and the server cannot be reached: "
                            "open the link again once online.")
                       : tr("This affair is not in your MyCloud account.");
    return offline ? tr("This product is not on this computer yet and the server cannot be reached: "
                        "open the link again once online.")
                   : tr("This product is not in your MyCloud account.");
}

void AppLinkResolver::succeed(const Target& target)
{
    qCInfo(lcLinks) << "resolved" << *m_link << "to affair" << target.affairId << "product"
                    << target.productId;
    m_link.reset();
    m_looking = Looking::Nothing;
    emit resolved(target);
}

void AppLinkResolver::fail(const QString& message)
{
    qCInfo(lcLinks) << "not opening" << *m_link << "because" << message;
    m_link.reset();
    m_looking = Looking::Nothing;
    emit failed(message);
}

} // namespace mycloud
