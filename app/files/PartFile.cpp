#include "PartFile.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>
#include <cerrno>
#include <filesystem>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

constexpr qint64 kWritebackStepBytes = 8 << 20;
[[maybe_unused]] constexpr qint64 kDirectAlignment = 4096; // covers 512-byte and 4 KiB sectors

} // namespace

PartFile::PartFile(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
{ }

void PartFile::keep(qint64 bytes)
{
    m_size = std::max<qint64>(0, bytes);
}

bool PartFile::open()
{
    if (!m_file.isOpen()) {
        QDir().mkpath(QFileInfo(m_path).path());
        // Unbuffered: a failed write fails here, not at some later flush.
        if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
            return false;
    }
    m_writebackFrom = std::min(m_writebackFrom, m_size);
    m_synced = false;
    m_writeError.clear();
    return (m_file.size() == m_size || m_file.resize(m_size)) && m_file.seek(m_size);
}

bool PartFile::append(QByteArrayView bytes)
{
#ifdef Q_OS_LINUX
    if (!writeAtEnd(bytes))
        return false;
#else
    if (m_file.write(bytes.data(), bytes.size()) != bytes.size())
        return false;
#endif
    m_size += bytes.size();
    m_synced = false;
    startWriteback();
    return true;
}

#ifdef Q_OS_LINUX
// Bytes aligned in memory, in length and in the file go to the disk directly (O_DIRECT), not through
// the page cache: a gigabyte costs the CPU 0.1 s instead of 0.7 s (bench_download). Others, and
// file systems without direct I/O (tmpfs), take the usual way.
bool PartFile::writeAtEnd(QByteArrayView bytes)
{
    const bool aligned = quintptr(bytes.data()) % kDirectAlignment == 0
        && bytes.size() % kDirectAlignment == 0 && m_size % kDirectAlignment == 0;
    setDirect(aligned && m_directPossible);
    const char* data = bytes.data();
    qint64 left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::pwrite(m_file.handle(), data, size_t(left), m_size + (bytes.size() - left));
        if (written > 0) {
            data += written;
            left -= written;
            if (left > 0)
                setDirect(false); // the rest is no longer aligned
            continue;
        }
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0 && errno == EINVAL && m_direct && left == bytes.size()) {
            m_directPossible = false; // the file system takes the flag but not the writes
            setDirect(false);
            if (!m_direct)
                continue;
        }
        m_writeError = written < 0 ? qt_error_string(errno) : u"nothing written"_s;
        return false;
    }
    return true;
}

void PartFile::setDirect(bool direct)
{
    if (direct == m_direct)
        return;
    const int flags = ::fcntl(m_file.handle(), F_GETFL);
    if (flags != -1 && ::fcntl(m_file.handle(), F_SETFL, direct ? flags | O_DIRECT : flags & ~O_DIRECT) == 0)
        m_direct = direct;
    else if (direct)
        m_directPossible = false;
}
#endif

void PartFile::reserve(qint64 totalBytes)
{
#ifdef Q_OS_LINUX
    if (m_file.isOpen() && totalBytes > m_size
        && ::fallocate(m_file.handle(), FALLOC_FL_KEEP_SIZE, m_size, totalBytes - m_size) == 0)
        m_reservedTo = std::max(m_reservedTo, totalBytes);
#else
    Q_UNUSED(totalBytes)
#endif
}

// Hands what has been written so far to the disk in the background, a few megabytes at a time, so
// that the sync before the rename does not meet a gigabyte at once.
void PartFile::startWriteback()
{
#ifdef Q_OS_LINUX
    if (m_size - m_writebackFrom < kWritebackStepBytes)
        return;
    ::sync_file_range(m_file.handle(), m_writebackFrom, m_size - m_writebackFrom, SYNC_FILE_RANGE_WRITE);
    m_writebackFrom = m_size;
#endif
}

bool PartFile::sync()
{
#ifdef Q_OS_WIN
    m_synced = m_file.isOpen() && m_file.flush() && ::_commit(m_file.handle()) == 0;
#else
    m_synced = m_file.isOpen() && m_file.flush() && ::fsync(m_file.handle()) == 0;
#endif
    return m_synced;
}

void PartFile::close()
{
    // A part left for later must not hold the rest of its reservation meanwhile: a cut size is given
    // back to the file system (ext4 frees the blocks past the end even when the size is unchanged).
    if (m_file.isOpen() && m_reservedTo > m_size)
        m_file.resize(m_size);
    m_reservedTo = 0;
    m_file.close();
    m_direct = false;
    m_directPossible = true;
}

QString PartFile::moveTo(const QString& partPath, qint64 size, const QString& target)
{
    PartFile part(partPath);
    part.keep(size);
    return part.open() ? part.moveTo(target) : part.errorString();
}

QString PartFile::moveTo(const QString& target)
{
    if (!m_synced && !sync())
        return u"cannot sync %1 to disk: %2"_s.arg(m_path, errorString());
    close();
    std::error_code error;
    std::filesystem::rename(QFileInfo(m_path).filesystemAbsoluteFilePath(),
                            QFileInfo(target).filesystemAbsoluteFilePath(), error);
    return error ? QString::fromStdString(error.message()) : QString();
}

void PartFile::discard()
{
    close();
    QFile::remove(m_path);
    m_size = 0;
    m_writebackFrom = 0;
    m_synced = false;
}

// QFile hides errno: the free space tells a full disk from another I/O failure.
FileError PartFile::failure(const QString& fileName, qint64 neededBytes)
{
    const QString detail = errorString();
    if (!m_file.isOpen())
        return FileError::io(u"%1: %2"_s.arg(m_path, detail));
    discard();
    const QStorageInfo storage(QFileInfo(m_path).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < neededBytes)
        return FileError::diskFull(fileName, neededBytes, storage.bytesAvailable(), detail);
    return FileError::io(u"%1: %2"_s.arg(m_path, detail));
}

} // namespace mycloud
