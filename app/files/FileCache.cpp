#include "FileCache.h"

#include "Download.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStorageInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcFiles, "mycloud.files")

namespace mycloud {

namespace {

const QString kPinsFile = u"pins.json"_s;
const QString kPartSuffix = u".part"_s;
// A part nobody resumed for this long is litter, not a download in waiting.
constexpr qint64 kStalePartMs = qint64(7) * 24 * 3600 * 1000;

} // namespace

FileCache::FileCache(ApiClient& client, QString root, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_root(QDir::cleanPath(QDir(root).absolutePath()))
{ }

FileCache::~FileCache()
{
    // Downloads first, while the bookkeeping their signals would touch still exists.
    const auto downloads = m_waiters.keys();
    for (Download* download : downloads) {
        disconnect(download, nullptr, this, nullptr);
        delete download;
    }
}

QString FileCache::relativePath(const QString& sha256)
{
    return sha256.left(2) + u'/' + sha256.mid(2, 2) + u'/' + sha256;
}

bool FileCache::isSha256(const QString& text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

QString FileCache::absolutePath(const QString& sha256) const
{
    return m_root + u'/' + relativePath(sha256);
}

struct FileCache::Scan
{
    QHash<QString, Entry> entries;
    qint64 clock = 0;
};

std::optional<FileError> FileCache::open()
{
    if (m_open)
        return std::nullopt;
    if (auto error = prepare())
        return error;
    adopt(scanFolder(m_root));
    return std::nullopt;
}

std::optional<FileError> FileCache::openInBackground()
{
    if (m_open)
        return std::nullopt;
    if (auto error = prepare())
        return error;
    m_scanning = true;
    QtConcurrent::run(&FileCache::scanFolder, m_root).then(this, [this](const Scan& scan) {
        // Queued even when the scan ended before then() was attached (the continuation then runs at
        // once, on this thread): the caller always sees the scan under way until the event loop.
        QMetaObject::invokeMethod(
            this, [this, scan] { adopt(scan); }, Qt::QueuedConnection);
    });
    return std::nullopt;
}

// The root and the pins, before the scan.
std::optional<FileError> FileCache::prepare()
{
    if (!QDir().mkpath(m_root))
        return FileError::io(u"cannot create the folder %1"_s.arg(m_root));
    if (auto error = loadPins())
        return error;
    m_open = true;
    return std::nullopt;
}

// What the scan found, merged with what this run added or found meanwhile (which is newer).
void FileCache::adopt(const Scan& scan)
{
    for (auto it = scan.entries.cbegin(); it != scan.entries.cend(); ++it)
        if (!m_entries.contains(it.key()))
            m_entries.insert(it.key(), it.value());
    m_used = 0;
    for (const Entry& entry : std::as_const(m_entries))
        m_used += entry.size;
    m_clock = std::max(m_clock, scan.clock);
    m_scanning = false;
    qCInfo(lcFiles) << "cache" << m_root << "holds" << m_entries.size() << "files," << m_used << "bytes";
    evict();
    emit scanned();
}

bool FileCache::contains(const QString& sha256) const
{
    // While the scan runs, the disk answers (one stat) for what it has not reached yet.
    return m_entries.contains(sha256)
        || (m_scanning && isSha256(sha256) && QFileInfo::exists(absolutePath(sha256)));
}

// The folder is the index: every `aa/bb/<sha256>` is a verified file whose modification time is
// its last use. Anything else under the root is left alone, except stale parts. Touches nothing
// of the cache's own: it may run on a worker thread.
FileCache::Scan FileCache::scanFolder(const QString& root)
{
    Scan scan;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString name = info.fileName();
        const QString relative = info.filePath().mid(root.size() + 1);
        const qint64 modified = info.lastModified().toMSecsSinceEpoch();
        if (isSha256(name) && relative == relativePath(name)) {
            scan.entries.insert(name, Entry{info.size(), modified});
            scan.clock = std::max(scan.clock, modified);
        } else if (name.endsWith(kPartSuffix) && isSha256(name.chopped(kPartSuffix.size()))
                   && now - modified > kStalePartMs) {
            QFile::remove(info.filePath());
        }
    }
    return scan;
}

std::optional<FileError> FileCache::loadPins()
{
    m_pins.clear();
    QFile file(m_root + u'/' + kPinsFile);
    if (!file.exists()) {
        countPins();
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly))
        return FileError::io(u"%1: %2"_s.arg(file.fileName(), file.errorString()));
    const QJsonObject owners = QJsonDocument::fromJson(file.readAll()).object().value(u"pins"_s).toObject();
    if (owners.isEmpty() && file.size() > 0)
        qCWarning(lcFiles) << file.fileName()
                           << "is unreadable: no file is pinned until its owners pin again";
    for (auto it = owners.begin(); it != owners.end(); ++it) {
        QSet<QString>& shas = m_pins[it.key()];
        for (const QJsonValue& value : it.value().toArray())
            if (isSha256(value.toString()))
                shas.insert(value.toString());
    }
    countPins();
    return std::nullopt;
}

std::optional<FileError> FileCache::savePins()
{
    QJsonObject owners;
    for (auto it = m_pins.cbegin(); it != m_pins.cend(); ++it) {
        QStringList shas = it.value().values();
        shas.sort(); // a stable file for a stable state
        owners.insert(it.key(), QJsonArray::fromStringList(shas));
    }
    // Atomic: a killed process leaves the old pins or the new ones, never half a file.
    QSaveFile file(m_root + u'/' + kPinsFile);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(QJsonObject{{u"pins"_s, owners}}).toJson()) < 0 || !file.commit())
        return FileError::io(u"%1: %2"_s.arg(file.fileName(), file.errorString()));
    return std::nullopt;
}

void FileCache::countPins()
{
    m_pinCounts.clear();
    for (const QSet<QString>& shas : std::as_const(m_pins))
        for (const QString& sha : shas)
            ++m_pinCounts[sha];
}

void FileCache::touch(const QString& sha256, Entry& entry)
{
    // Strictly increasing, so that two uses within a millisecond still have an order.
    m_clock = std::max(QDateTime::currentMSecsSinceEpoch(), m_clock + 1);
    entry.lastUsed = m_clock;
    // Kept on disk for the next run. futimens needs only ownership, so a read-only handle is
    // enough on POSIX; where it is not, only this run's order is lost.
    QFile file(absolutePath(sha256));
    if (file.open(QIODevice::ReadOnly))
        file.setFileTime(QDateTime::fromMSecsSinceEpoch(m_clock, Qt::UTC), QFileDevice::FileModificationTime);
}

QString FileCache::path(const QString& sha256)
{
    if (open().has_value())
        return {};
    auto it = m_entries.find(sha256);
    if (it == m_entries.end() && m_scanning && isSha256(sha256)) { // not reached by the scan yet
        const QFileInfo info(absolutePath(sha256));
        if (!info.exists())
            return {};
        it = m_entries.insert(sha256, Entry{info.size(), info.lastModified().toMSecsSinceEpoch()});
        m_used += info.size();
    }
    if (it == m_entries.end())
        return {};
    const QString file = absolutePath(sha256);
    if (!QFileInfo::exists(file)) { // removed behind our back
        m_used -= it->size;
        m_entries.erase(it);
        return {};
    }
    touch(sha256, *it);
    return file;
}

DownloadJob* FileCache::fetch(const Document& document)
{
    auto* job = new DownloadJob(document.sha256, document.size, this);
    if (auto error = open()) {
        job->finishLater({}, *error);
        return job;
    }
    if (!isSha256(document.sha256) || document.size < 0) {
        job->finishLater({},
                         FileError::integrity(u"document %1 has no valid sha256 and size"_s.arg(
                             document.id.toString(QUuid::WithoutBraces))));
        return job;
    }
    if (const QString cached = path(document.sha256); !cached.isEmpty()) {
        job->finishLater(cached, std::nullopt);
        return job;
    }
    if (Download* running = m_downloads.value(document.sha256)) {
        wait(job, running);
        job->m_received = running->received();
        return job;
    }

    const QString finalPath = absolutePath(document.sha256);
    const QString partPath = finalPath + kPartSuffix;
    const QFileInfo part(partPath);
    const qint64 needed
        = std::max<qint64>(0, document.size - (part.exists() ? part.size() : 0)) + kFreeSpaceMargin;
    QStorageInfo storage(m_root);
    storage.refresh();
    if (storage.isValid() && storage.bytesAvailable() < needed) {
        job->finishLater({}, FileError::diskFull(document.fileName, needed, storage.bytesAvailable()));
        return job;
    }

    auto* download = new Download(m_client, document, partPath, finalPath, this);
    m_downloads.insert(document.sha256, download);
    wait(job, download);
    connect(download, &Download::progress, this, [this, download](qint64 received, qint64 total) {
        for (DownloadJob* waiter : m_waiters.value(download))
            waiter->setProgress(received, total, download->resumedFrom());
    });
    connect(download, &Download::finished, this, [this, download] { onDownloadFinished(download); });
    download->start();
    return job;
}

void FileCache::onDownloadFinished(Download* download)
{
    const QList<DownloadJob*> waiters = m_waiters.take(download);
    const QString sha256 = download->document().sha256;
    if (m_downloads.value(sha256) == download)
        m_downloads.remove(sha256);
    download->deleteLater();

    QString file;
    if (!download->error()) {
        file = absolutePath(sha256);
        Entry& entry = m_entries[sha256];
        m_used += download->document().size - entry.size;
        entry.size = download->document().size;
        touch(sha256, entry);
        evict(sha256); // never the file its callers are about to open
    }
    for (DownloadJob* waiter : waiters) {
        disconnect(waiter, &QObject::destroyed, this, nullptr);
        waiter->m_resumedFrom = download->resumedFrom();
        waiter->finish(file, download->error());
    }
}

void FileCache::wait(DownloadJob* job, Download* download)
{
    m_waiters[download].append(job);
    // A caller may delete its job instead of cancelling it.
    connect(job, &QObject::destroyed, this, [this, job] { forget(job); });
}

// A job that no longer waits: the download stops when nobody else does.
void FileCache::detach(DownloadJob* job)
{
    disconnect(job, &QObject::destroyed, this, nullptr);
    forget(job);
}

void FileCache::forget(DownloadJob* job)
{
    for (auto it = m_waiters.begin(); it != m_waiters.end(); ++it) {
        if (!it->removeOne(job) || !it->isEmpty())
            continue;
        Download* download = it.key();
        m_waiters.erase(it);
        m_downloads.remove(download->document().sha256);
        disconnect(download, nullptr, this, nullptr);
        download->abort();
        download->deleteLater();
        return;
    }
}

void FileCache::setCapacity(qint64 bytes)
{
    m_capacity = std::max<qint64>(0, bytes);
    if (!open().has_value())
        evict();
}

void FileCache::evict(const QString& keep)
{
    if (m_used <= m_capacity || m_scanning) // the least recently used are not all known yet
        return;
    QList<std::pair<qint64, QString>> candidates;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        if (it.key() != keep && !isPinned(it.key()))
            candidates.append({it->lastUsed, it.key()});
    std::sort(candidates.begin(), candidates.end());
    for (const auto& [lastUsed, sha256] : std::as_const(candidates)) {
        if (m_used <= m_capacity)
            break;
        const QString file = absolutePath(sha256);
        if (!QFile::remove(file) && QFileInfo::exists(file)) {
            qCWarning(lcFiles) << "cannot evict" << file; // e.g. open elsewhere on Windows: next time
            continue;
        }
        m_used -= m_entries.take(sha256).size;
        QDir root(m_root);
        root.rmdir(relativePath(sha256).left(5)); // "aa/bb", only once empty
        root.rmdir(sha256.left(2));
        qCDebug(lcFiles) << "evicted" << sha256;
        emit evicted(sha256);
    }
}

std::optional<FileError> FileCache::pin(const QString& sha256, const QString& owner)
{
    return pin(QStringList{sha256}, owner);
}

std::optional<FileError> FileCache::pin(const QStringList& sha256s, const QString& owner)
{
    if (auto error = open())
        return error;
    QSet<QString>& pinned = m_pins[owner];
    for (const QString& sha256 : sha256s)
        if (isSha256(sha256))
            pinned.insert(sha256);
    countPins();
    return savePins();
}

std::optional<FileError> FileCache::unpin(const QString& owner)
{
    if (auto error = open())
        return error;
    if (!m_pins.remove(owner))
        return std::nullopt;
    countPins();
    auto error = savePins();
    evict();
    return error;
}

std::optional<FileError> FileCache::setPins(const QStringList& sha256s, const QString& owner)
{
    if (auto error = open())
        return error;
    QSet<QString> pinned;
    for (const QString& sha256 : sha256s)
        if (isSha256(sha256))
            pinned.insert(sha256);
    if (m_pins.value(owner) == pinned)
        return std::nullopt;
    m_pins.insert(owner, pinned);
    countPins();
    auto error = savePins();
    evict();
    return error;
}

QStringList FileCache::pinOwners() const
{
    return m_pins.keys();
}

qint64 FileCache::pinnedBytes() const
{
    qint64 total = 0;
    for (auto it = m_pinCounts.cbegin(); it != m_pinCounts.cend(); ++it)
        if (it.value() > 0)
            total += m_entries.value(it.key()).size;
    return total;
}

} // namespace mycloud
