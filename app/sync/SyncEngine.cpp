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
constexpr int kMaxWaitingPages = 8;

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
        m_report.requests += m_replayer.requests();
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
    m_pages.clear();
    m_nextCursor.clear();
    m_lastPageReceived = false;
    m_requesting = false;
    m_applying = false;
    m_replayer.start();
}

void SyncEngine::pull(const QString& since)
{
    ApiReply* reply = m_client.send(Endpoints::changes(since, kPageSize));
    ++m_report.requests;
    m_requesting = true;
    const int generation = m_generation;
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return; // a sync that already ended
        m_requesting = false;
        if (const auto& error = reply->error()) {
            if (error->code() == u"cursor_expired" && !m_restarted && m_pages.isEmpty() && !m_applying) {
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
        // Decoded on a worker thread; the next page is asked for as soon as its cursor is known, so
        // the server prepares it while this one is written.
        auto* decoder = new QFutureWatcher<Result<ChangePage, DecodeError>>(this);
        connect(decoder, &QFutureWatcherBase::finished, this, [this, decoder, generation] {
            decoder->deleteLater();
            if (generation != m_generation)
                return;
            auto page = decoder->result();
            if (!page)
                return done(Status::Failed, ApiError(ApiError::Kind::BadAnswer, page.error().message()));
            m_nextCursor = page.value().next.value_or(QString());
            m_lastPageReceived = !page.value().next;
            m_pages.append(std::move(page).value());
            requestMore();
            applyNext();
        });
        const QByteArray body = reply->body();
        decoder->setFuture(QtConcurrent::run([body] { return JsonCodec::decode<ChangePage>(body); }));
    });
}

void SyncEngine::requestMore()
{
    // A bounded number of decoded pages wait for the writer: memory stays flat on a slow disk.
    if (!m_requesting && !m_lastPageReceived && !m_nextCursor.isEmpty()
        && m_pages.size() < kMaxWaitingPages) {
        const QString cursor = m_nextCursor;
        m_nextCursor.clear();
        pull(cursor);
    }
}

void SyncEngine::applyNext()
{
    if (m_applying)
        return;
    if (m_pages.isEmpty()) {
        if (m_lastPageReceived && !m_requesting)
            m_store.company() ? done(Status::Ok) : fetchCompany();
        return;
    }
    m_applying = true;
    // Everything decoded so far goes in one transaction.
    QList<ChangePage> pages;
    pages.swap(m_pages);
    requestMore();
    const int generation = m_generation;
    Store& store = m_store;
    auto* writer = new QFutureWatcher<Result<int, QString>>(this);
    connect(writer, &QFutureWatcherBase::finished, this, [this, writer, generation] {
        writer->deleteLater();
        if (generation != m_generation)
            return;
        m_applying = false;
        const auto applied = writer->result();
        if (!applied)
            return done(Status::Failed, ApiError(ApiError::Kind::BadAnswer, applied.error()));
        m_report.changes += applied.value();
        emit progress(m_report.changes);
        applyNext();
    });
    writer->setFuture(QtConcurrent::run(&store.writers(),
                                        [pages = std::move(pages), &store] { return store.apply(pages); }));
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
    ++m_generation; // late answers and writes of this sync are ignored from now on
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
