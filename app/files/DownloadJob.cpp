#include "DownloadJob.h"

#include "FileCache.h"

#include <QMetaObject>

namespace mycloud {

DownloadJob::DownloadJob(QString sha256, qint64 total, FileCache* cache)
    : QObject(cache)
    , m_cache(cache)
    , m_sha256(std::move(sha256))
    , m_total(total)
{ }

void DownloadJob::cancel()
{
    if (m_finished)
        return;
    if (m_cache)
        m_cache->detach(this);
    finish({}, FileError::network(ApiError(ApiError::Kind::Cancelled)));
}

void DownloadJob::setProgress(qint64 received, qint64 total, qint64 resumedFrom)
{
    m_received = received;
    m_total = total;
    m_resumedFrom = resumedFrom;
    emit progress(received, total);
}

void DownloadJob::finish(QString path, std::optional<FileError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_path = std::move(path);
    m_error = std::move(error);
    if (!m_error)
        m_received = m_total;
    emit finished();
}

void DownloadJob::finishLater(QString path, std::optional<FileError> error)
{
    m_finished = true;
    m_path = std::move(path);
    m_error = std::move(error);
    if (!m_error)
        m_received = m_total;
    // Queued: the caller connects to finished() after fetch() has returned this job.
    QMetaObject::invokeMethod(this, &DownloadJob::finished, Qt::QueuedConnection);
}

} // namespace mycloud
