#pragma once

#include "DownloadJob.h"
#include "FileError.h"
#include "domain/Document.h"

#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcFiles)

namespace mycloud {

class ApiClient;
class Download;

// The client's cache of document contents, content-addressed by sha256 under `root` (the
// profile's `files/` folder) as `aa/bb/<sha256>`. A file is only ever there once verified, so a
// path from the cache can be opened without further checks. Downloads go through fetch(): one
// network transfer per sha256 however many callers ask, resumable, verified, renamed into place.
//
// Size: above capacity(), the least recently used files are evicted after each download, except
// pinned files (pin() by an owner such as "affair:<uuid>", for what must stay available offline)
// and the file just fetched. The folder is its own index: the last use of a file is its
// modification time, so nothing can get out of step when the process is killed, and open() finds
// the state again by scanning (openInBackground(): on a worker thread). Pins are kept in
// `pins.json`, written atomically.
//
// One FileCache per root and process (two processes sharing a root are not coordinated), used
// from one thread; `client` must outlive it.
class FileCache final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kDefaultCapacity = qint64(2) << 30;
    // Kept free beyond a download's own size, so that filling the cache never fills the disk.
    static constexpr qint64 kFreeSpaceMargin = qint64(64) << 20;

    FileCache(ApiClient& client, QString root, QObject* parent = nullptr);
    ~FileCache() override;

    // Creates the root if needed, scans it and loads the pins. Every other call opens the cache
    // on first use; call it first to learn of a failure early.
    std::optional<FileError> open();
    // The same with the scan on a worker thread, for the app's start (a cache of 100,000 files
    // takes one to five seconds). Meanwhile what the cache holds is asked of the disk file by
    // file, nothing is evicted, and usedBytes() counts what was seen so far; scanned() says when
    // the scan is done.
    std::optional<FileError> openInBackground();
    bool isScanning() const { return m_scanning; }

    const QString& root() const { return m_root; }
    static QString relativePath(const QString& sha256); // "aa/bb/<sha256>"
    static bool isSha256(const QString& text); // 64 lowercase hex digits

    // The cached file's absolute path, marking it used; empty when it is not in the cache.
    QString path(const QString& sha256);
    bool contains(const QString& sha256) const;

    // The document's content: a finished job when it is cached, else the (possibly shared)
    // download. The caller deletes the job.
    DownloadJob* fetch(const Document& document);

    // Evicts at once when the cache is over the new capacity.
    void setCapacity(qint64 bytes);
    qint64 capacity() const { return m_capacity; }
    qint64 usedBytes() const { return m_used; } // complete files only, not parts in progress

    // Pins may name files not cached yet: they are protected once they arrive.
    std::optional<FileError> pin(const QString& sha256, const QString& owner);
    std::optional<FileError> pin(const QStringList& sha256s, const QString& owner);
    // Releases every pin of `owner` (the files stay until eviction needs the room).
    std::optional<FileError> unpin(const QString& owner);
    // Makes `sha256s` the whole of what `owner` pins: the others it pinned are released.
    std::optional<FileError> setPins(const QStringList& sha256s, const QString& owner);
    QStringList pinOwners() const;
    bool isPinned(const QString& sha256) const { return m_pinCounts.value(sha256) > 0; }
    qint64 pinnedBytes() const; // pinned files present in the cache

signals:
    void evicted(const QString& sha256);
    void scanned();

private:
    friend class DownloadJob;

    struct Entry
    {
        qint64 size = 0;
        qint64 lastUsed = 0; // ms since the epoch, strictly increasing within a run
    };

    struct Scan;
    QString absolutePath(const QString& sha256) const;
    std::optional<FileError> prepare();
    static Scan scanFolder(const QString& root);
    void adopt(const Scan& scan);
    std::optional<FileError> loadPins();
    std::optional<FileError> savePins();
    void countPins();
    void touch(const QString& sha256, Entry& entry);
    void onDownloadFinished(Download* download);
    void wait(DownloadJob* job, Download* download);
    void detach(DownloadJob* job);
    void forget(DownloadJob* job);
    void evict(const QString& keep = {});

    ApiClient& m_client;
    QString m_root;
    bool m_open = false;
    bool m_scanning = false;
    qint64 m_capacity = kDefaultCapacity;
    qint64 m_used = 0;
    qint64 m_clock = 0;
    QHash<QString, Entry> m_entries; // by sha256
    QHash<QString, QSet<QString>> m_pins; // owner → sha256s
    QHash<QString, int> m_pinCounts; // sha256 → number of owners
    QHash<QString, Download*> m_downloads; // by sha256, in progress
    QHash<Download*, QList<DownloadJob*>> m_waiters;
};

} // namespace mycloud
