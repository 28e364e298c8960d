#pragma once

#include "FileError.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace mycloud {

class FileCache;

// What one caller of FileCache::fetch() waits for: the local path of a verified file, or the
// FileError that prevented it. Several jobs may wait on one shared download; each finishes once.
// A job answered from the cache is finished when fetch() returns (isFinished()), and still emits
// finished(), queued, so that callers can treat both cases alike. Owned by the cache: the caller
// deletes it (deleteLater) when done; deleting an unfinished job cancels it.
class DownloadJob final : public QObject
{
    Q_OBJECT

public:
    const QString& sha256() const { return m_sha256; }
    bool isFinished() const { return m_finished; }
    const std::optional<FileError>& error() const { return m_error; }
    const QString& path() const { return m_path; } // the cached file, once finished without error
    qint64 received() const { return m_received; }
    qint64 total() const { return m_total; }
    // The part's size when the shared download was resumed from a part (206), else 0.
    qint64 resumedFrom() const { return m_resumedFrom; }

    // Finishes this job at once as Cancelled. The download itself stops only when no other job
    // waits for it, and its part stays for a later resume.
    void cancel();

signals:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    friend class FileCache;
    DownloadJob(QString sha256, qint64 total, FileCache* cache);

    void setProgress(qint64 received, qint64 total, qint64 resumedFrom);
    void finish(QString path, std::optional<FileError> error);
    void finishLater(QString path, std::optional<FileError> error);

    QPointer<FileCache> m_cache;
    QString m_sha256;
    QString m_path;
    std::optional<FileError> m_error;
    qint64 m_received = 0;
    qint64 m_total = 0;
    qint64 m_resumedFrom = 0;
    bool m_finished = false;
};

} // namespace mycloud
