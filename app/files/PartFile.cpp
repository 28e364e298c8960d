#include "PartFile.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>
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
    return (m_file.size() == m_size || m_file.resize(m_size)) && m_file.seek(m_size);
}

bool PartFile::append(QByteArrayView bytes)
{
    if (m_file.write(bytes.data(), bytes.size()) != bytes.size())
        return false;
    m_size += bytes.size();
    m_synced = false;
    startWriteback();
    return true;
}

void PartFile::reserve(qint64 totalBytes)
{
#ifdef Q_OS_LINUX
    if (m_file.isOpen() && totalBytes > m_size)
        ::fallocate(m_file.handle(), FALLOC_FL_KEEP_SIZE, m_size, totalBytes - m_size);
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
    m_file.close();
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
        return u"cannot sync %1 to disk: %2"_s.arg(m_path, m_file.errorString());
    m_file.close();
    std::error_code error;
    std::filesystem::rename(QFileInfo(m_path).filesystemAbsoluteFilePath(),
                            QFileInfo(target).filesystemAbsoluteFilePath(), error);
    return error ? QString::fromStdString(error.message()) : QString();
}

void PartFile::discard()
{
    m_file.close();
    QFile::remove(m_path);
    m_size = 0;
    m_writebackFrom = 0;
    m_synced = false;
}

// QFile hides errno: the free space tells a full disk from another I/O failure.
FileError PartFile::failure(const QString& fileName, qint64 neededBytes)
{
    const QString detail = m_file.errorString();
    if (!m_file.isOpen())
        return FileError::io(u"%1: %2"_s.arg(m_path, detail));
    discard();
    const QStorageInfo storage(QFileInfo(m_path).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < neededBytes)
        return FileError::diskFull(fileName, neededBytes, storage.bytesAvailable(), detail);
    return FileError::io(u"%1: %2"_s.arg(m_path, detail));
}

} // namespace mycloud
