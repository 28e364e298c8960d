#pragma once

#include "FileError.h"

#include <QByteArrayView>
#include <QFile>
#include <QString>

namespace mycloud {

// A file being downloaded, beside the place it will take: it keeps its bytes across cuts and runs so
// that a transfer resumes after them. Written unbuffered (a full disk fails the write, not a later
// flush), with the writeback started every few megabytes so that the sync before the rename finds
// little left to do (on Linux, aligned blocks skip the page cache: see append()); it takes its place
// only once synced, by an atomic rename.
class PartFile final
{
public:
    explicit PartFile(QString path);

    const QString& path() const { return m_path; }
    // The bytes the part holds, which the next append() follows.
    qint64 size() const { return m_size; }
    bool isOpen() const { return m_file.isOpen(); }
    QString errorString() const { return m_writeError.isEmpty() ? m_file.errorString() : m_writeError; }

    // Trusts the first `bytes` of the file (0: starts over); the next open() cuts it there.
    void keep(qint64 bytes);
    // Opens it (its folder created) cut to size(), positioned to append.
    bool open();
    // Appends at size(). On Linux, bytes aligned to 4 KiB in memory, in length and in the file are
    // written with O_DIRECT (BlockQueue's blocks are), which spares the CPU the page cache's copy.
    bool append(QByteArrayView bytes);
    // Allocates the disk blocks for a file of `totalBytes` at once (Linux; elsewhere nothing), so
    // that the writes that follow do not allocate as they go. Best effort; the size is unchanged, and
    // what is not written by close() is given back.
    void reserve(qint64 totalBytes);
    // Flushed and on the disk.
    bool sync();
    void close();
    // Synced (unless it is since the last append), closed and renamed onto `target`, replacing a file
    // there atomically: what went wrong, or nothing. Never renamed before it is on the disk, so that a
    // crash cannot leave a named but empty file. size() still tells the bytes it held.
    QString moveTo(const QString& target);
    // The same for a part written by someone else, trusted up to `size` bytes: e.g. off the UI thread.
    static QString moveTo(const QString& partPath, qint64 size, const QString& target);
    // Closes and deletes it: size() is 0.
    void discard();
    // What a failed open(), append() or sync() means: DiskFull when `neededBytes` no longer fit, else Io.
    // The part is discarded, since its last bytes are unknown, unless it could not even be opened.
    FileError failure(const QString& fileName, qint64 neededBytes);

private:
    void startWriteback();
#ifdef Q_OS_LINUX
    bool writeAtEnd(QByteArrayView bytes);
    void setDirect(bool direct);
#endif

    QString m_path;
    QFile m_file;
    qint64 m_size = 0;
    qint64 m_writebackFrom = 0; // the bytes before this offset are on their way to the disk
    bool m_synced = false;
    qint64 m_reservedTo = 0; // blocks allocated up to this offset, past the size
    bool m_direct = false; // the handle has O_DIRECT
    bool m_directPossible = true; // until the file system refused it
    QString m_writeError; // QFile does not see the writes done with pwrite
};

} // namespace mycloud
