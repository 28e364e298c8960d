#include "OfflineAffairs.h"

#include "doe/DoeLog.h"
#include "doe/DoeSelection.h"
#include "files/DownloadJob.h"
#include "files/FileCache.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

const QString kOwnerPrefix = u"affair:"_s;

} // namespace

OfflineAffairs::OfflineAffairs(const Store& store, FileCache& cache, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_cache(cache)
{ }

OfflineAffairs::~OfflineAffairs()
{
    m_selection.waitForFinished();
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
        disconnect(it.key(), nullptr, this, nullptr);
        delete it.key(); // cancels it; a part stays for the next run
    }
}

QString OfflineAffairs::ownerFor(const QUuid& affairId)
{
    return kOwnerPrefix + affairId.toString(QUuid::WithoutBraces);
}

QList<QUuid> OfflineAffairs::pinned() const
{
    QList<QUuid> affairs;
    for (const QString& owner : m_cache.pinOwners())
        if (owner.startsWith(kOwnerPrefix))
            if (const QUuid id(QStringView(owner).mid(kOwnerPrefix.size())); !id.isNull())
                affairs.append(id);
    return affairs;
}

bool OfflineAffairs::isPinned(const QUuid& affairId) const
{
    return m_cache.pinOwners().contains(ownerFor(affairId));
}

std::optional<FileError> OfflineAffairs::pin(const QUuid& affairId)
{
    // An empty pin marks the affair at once; its documents are pinned by the refresh.
    if (auto error = m_cache.pin(QStringList(), ownerFor(affairId)))
        return error;
    emit changed();
    refresh();
    return std::nullopt;
}

std::optional<FileError> OfflineAffairs::unpin(const QUuid& affairId)
{
    m_documents.remove(affairId);
    auto error = m_cache.unpin(ownerFor(affairId));
    emit changed();
    return error;
}

void OfflineAffairs::refresh(bool fetchMissing)
{
    if (m_selecting) {
        m_again = true; // the selection in progress may predate the change
        m_fetchAgain = m_fetchAgain || fetchMissing;
        return;
    }
    m_selecting = true;
    if (fetchMissing)
        m_lastError.reset();
    const QList<QUuid> affairs = pinned();
    m_selection = QtConcurrent::run([&store = m_store, affairs] {
        QHash<QUuid, QList<Document>> documents;
        for (const QUuid& affairId : affairs) {
            const auto selection = DoeSelection::everything(store, affairId);
            if (!selection)
                continue; // not in the store (yet, or being rebuilt): its pins stay as they are
            QList<Document>& list = documents[affairId];
            for (const DoeSelection::Item& item : selection->items)
                list.append(item.document);
        }
        return documents;
    });
    m_selection.then(this, [this, fetchMissing](const QHash<QUuid, QList<Document>>& documents) {
        onSelected(documents, fetchMissing);
    });
}

void OfflineAffairs::onSelected(const QHash<QUuid, QList<Document>>& documents, bool fetchMissing)
{
    m_selecting = false;
    if (m_again) {
        m_again = false;
        refresh(std::exchange(m_fetchAgain, false) || fetchMissing);
        return;
    }
    QSet<QString> queued;
    for (const Document& d : std::as_const(m_queue))
        queued.insert(d.sha256);
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it)
        queued.insert(it.key()->sha256());
    for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
        if (!isPinned(it.key()))
            continue; // unpinned while it was being read
        QStringList shas;
        for (const Document& d : it.value())
            shas.append(d.sha256);
        if (auto error = m_cache.setPins(shas, ownerFor(it.key())))
            m_lastError = error;
        m_documents.insert(it.key(), it.value());
        for (const Document& d : it.value()) {
            if (!fetchMissing || m_cache.contains(d.sha256) || queued.contains(d.sha256))
                continue;
            queued.insert(d.sha256);
            m_queue.append(d);
            m_totalBytes += d.size;
        }
    }
    qCDebug(lcDoeClient) << documents.size() << "pinned affairs read," << m_queue.size()
                         << "documents to fetch";
    emit changed();
    fetchMore();
    finishIfDone();
}

void OfflineAffairs::fetchMore()
{
    while (m_jobs.size() < kParallelFetches && !m_queue.isEmpty()) {
        const Document document = m_queue.takeFirst();
        if (!m_cache.isPinned(document.sha256)) { // its affair was unpinned meanwhile
            m_totalBytes -= document.size;
            continue;
        }
        DownloadJob* job = m_cache.fetch(document);
        m_jobs.insert(job, document.size);
        connect(job, &DownloadJob::progress, this, &OfflineAffairs::reportProgress);
        connect(job, &DownloadJob::finished, this, [this, job] { onFetched(job); });
    }
}

void OfflineAffairs::onFetched(DownloadJob* job)
{
    m_doneBytes += m_jobs.take(job);
    if (job->error() && !job->error()->isCancelled()) {
        qCWarning(lcDoeClient) << "cannot keep" << job->sha256() << "offline:" << job->error()->detail();
        m_lastError = job->error();
    }
    job->deleteLater();
    emit changed();
    reportProgress();
    fetchMore();
    finishIfDone();
}

void OfflineAffairs::reportProgress()
{
    qint64 received = m_doneBytes;
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it)
        received += it.key()->received();
    emit progress(received, m_totalBytes);
}

void OfflineAffairs::finishIfDone()
{
    if (isBusy())
        return;
    m_totalBytes = 0;
    m_doneBytes = 0;
    emit idle();
}

OfflineAffairs::Usage OfflineAffairs::usage(const QUuid& affairId) const
{
    Usage usage;
    QSet<QString> counted; // one file however many documents share its content
    for (const Document& d : m_documents.value(affairId)) {
        if (counted.contains(d.sha256))
            continue;
        counted.insert(d.sha256);
        ++usage.files;
        usage.bytes += d.size;
        if (m_cache.contains(d.sha256)) {
            ++usage.cached;
            usage.cachedBytes += d.size;
        }
    }
    return usage;
}

} // namespace mycloud
