#include "SyncEngine.h"

#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "domain/ChangePage.h"
#include "domain/Company.h"
#include "domain/JsonCodec.h"
#include "store/Store.h"

#include <QLoggingCategory>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "mycloud.sync")

namespace mycloud {

namespace {

constexpr int kPageSize = 500;

} // namespace

SyncEngine::SyncEngine(ApiClient& client, Store& store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_replayer(client, store)
{
    connect(&m_replayer, &OutboxReplayer::finished, this, [this](OutboxReplayer::Outcome outcome) {
        m_report.sent = m_replayer.sent();
        m_report.conflicts = m_replayer.conflicts();
        m_report.requests += m_replayer.sent() + m_replayer.conflicts();
        switch (outcome) {
        case OutboxReplayer::Outcome::Done: pull(m_store.meta(QString::fromLatin1(Store::kCursor))); break;
        case OutboxReplayer::Outcome::Unreachable: done(Status::Offline, m_replayer.error()); break;
        case OutboxReplayer::Outcome::SignedOut: done(Status::SignedOut, m_replayer.error()); break;
        case OutboxReplayer::Outcome::Failed: done(Status::Failed, m_replayer.error()); break;
        }
    });
}

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_restarted = false;
    m_report = {};
    m_replayer.start();
}

void SyncEngine::pull(const QString& since)
{
    ApiReply* reply = m_client.send(Endpoints::changes(since, kPageSize));
    ++m_report.requests;
    connect(reply, &ApiReply::finished, this, [this, reply, since] {
        reply->deleteLater();
        if (const auto& error = reply->error()) {
            if (error->code() == u"cursor_expired" && !m_restarted) {
                // The server forgot our position (a new database, history pruned): start again from zero.
                qCInfo(lcSync) << "cursor expired: full resync";
                m_restarted = true;
                if (!m_store.clearMirror())
                    return done(Status::Failed,
                                ApiError(ApiError::Kind::BadAnswer, u"cannot clear the store"_s));
                return pull({});
            }
            const Status status = error->isUnreachable() ? Status::Offline
                : error->status() == 401                 ? Status::SignedOut
                                                         : Status::Failed;
            return done(status, error);
        }
        // Decoding and writing a page (up to 500 entities) happen on a worker thread.
        const QByteArray body = reply->body();
        Store& store = m_store;
        auto work = [body, &store]() -> std::optional<QString> {
            auto page = JsonCodec::decode<ChangePage>(body);
            if (!page)
                return page.error().message();
            auto applied = store.apply(page.value());
            if (!applied)
                return applied.error();
            return std::nullopt;
        };
        auto* watcher = new QFutureWatcher<std::optional<QString>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, body] {
            watcher->deleteLater();
            if (const auto error = watcher->result())
                return done(Status::Failed, ApiError(ApiError::Kind::BadAnswer, *error));
            // Items and next are read again here (cheap) rather than carried across threads.
            const QJsonObject page = QJsonDocument::fromJson(body).object();
            m_report.changes += page.value(u"items"_s).toArray().size();
            emit progress(m_report.changes);
            const QJsonValue next = page.value(u"next"_s);
            if (next.isString())
                return pull(next.toString());
            if (!m_store.company())
                return fetchCompany();
            done(Status::Ok);
        });
        watcher->setFuture(QtConcurrent::run(work));
    });
}

void SyncEngine::fetchCompany()
{
    ApiReply* reply = m_client.send(Endpoints::company());
    ++m_report.requests;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        auto company = reply->decoded<Company>();
        if (!company)
            return done(company.error().isUnreachable() ? Status::Offline : Status::Failed, company.error());
        m_store.setCompany(company.value());
        done(Status::Ok);
    });
}

void SyncEngine::done(Status status, const std::optional<ApiError>& error)
{
    m_report.status = status;
    m_report.error = error;
    switch (status) {
    case Status::Ok:
        m_store.setMeta(QString::fromLatin1(Store::kLastSync),
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        m_report.message = tr("Synchronised.");
        break;
    case Status::Offline:
        m_report.message = tr("Offline: your changes are kept and will be sent later.");
        break;
    case Status::SignedOut: m_report.message = tr("Your session has expired: sign in again."); break;
    case Status::Failed:
        m_report.message = error ? error->message() : tr("The synchronisation failed.");
        break;
    }
    qCInfo(lcSync) << "sync finished:" << int(status) << m_report.requests << "requests," << m_report.changes
                   << "changes";
    m_running = false;
    emit finished();
}

} // namespace mycloud
