#pragma once

#include "domain/Document.h"
#include "files/FileError.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <optional>

namespace mycloud {

class DownloadJob;
class FileCache;
class Store;

// « Disponible hors ligne »: pinned affairs keep every document of every product in the file cache,
// never evicted, so that a planner with no network opens them all. The pins live in the cache
// (owner "affair:<uuid>"), so they survive restarts; refresh() after each sync pins what the
// server added (a new revision) and fetches what is missing, two at a time.
class OfflineAffairs final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kParallelFetches = 2;

    struct Usage
    {
        int files = 0;
        int cached = 0;
        qint64 bytes = 0;
        qint64 cachedBytes = 0;
        bool isComplete() const { return cached == files; }
    };

    OfflineAffairs(const Store& store, FileCache& cache, QObject* parent = nullptr);
    ~OfflineAffairs() override;

    static QString ownerFor(const QUuid& affairId);

    QList<QUuid> pinned() const;
    bool isPinned(const QUuid& affairId) const;
    // Pins at once (even with nothing known yet) and refreshes; an error only when the pins cannot be
    // saved.
    std::optional<FileError> pin(const QUuid& affairId);
    std::optional<FileError> unpin(const QUuid& affairId);

    // Reads the pinned affairs' documents off the UI thread, pins them and, unless `fetchMissing` is
    // false (no session yet), fetches the missing ones.
    void refresh(bool fetchMissing = true);
    bool isBusy() const { return m_selecting || !m_queue.isEmpty() || !m_jobs.isEmpty(); }
    // Of the last refresh; an affair not read yet counts nothing.
    Usage usage(const QUuid& affairId) const;
    // The last fetch that failed since refresh() was called (e.g. the server is unreachable).
    const std::optional<FileError>& lastError() const { return m_lastError; }

signals:
    void progress(qint64 receivedBytes, qint64 totalBytes); // of the fetches in progress
    void changed(); // pins or usage changed
    void idle(); // a refresh ended: everything is cached, or lastError() says why not

private:
    void onSelected(const QHash<QUuid, QList<Document>>& documents, bool fetchMissing);
    void fetchMore();
    void onFetched(DownloadJob* job);
    void reportProgress();
    void finishIfDone();

    const Store& m_store;
    FileCache& m_cache;
    QHash<QUuid, QList<Document>> m_documents; // by pinned affair, from the last refresh
    QList<Document> m_queue; // to fetch, one per sha256
    QHash<DownloadJob*, qint64> m_jobs; // in progress → the document's size
    qint64 m_totalBytes = 0;
    qint64 m_doneBytes = 0;
    QFuture<QHash<QUuid, QList<Document>>> m_selection; // waited for on destruction: it reads m_store
    bool m_selecting = false;
    bool m_again = false;
    bool m_fetchAgain = false;
    std::optional<FileError> m_lastError;
};

} // namespace mycloud
