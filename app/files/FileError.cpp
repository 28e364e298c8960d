#include "FileError.h"

#include <QLocale>

namespace mycloud {

FileError::FileError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(std::move(detail))
{ }

FileError FileError::network(ApiError error)
{
    FileError e(Kind::Network, error.detail());
    e.m_apiError = std::move(error);
    return e;
}

FileError FileError::integrity(QString detail)
{
    return FileError(Kind::Integrity, std::move(detail));
}

FileError FileError::diskFull(QString fileName, qint64 neededBytes, qint64 availableBytes, QString detail)
{
    FileError e(Kind::DiskFull, std::move(detail));
    e.m_fileName = std::move(fileName);
    e.m_neededBytes = neededBytes;
    e.m_availableBytes = availableBytes;
    return e;
}

FileError FileError::io(QString detail)
{
    return FileError(Kind::Io, std::move(detail));
}

QString FileError::message() const
{
    const QLocale locale;
    switch (m_kind) {
    case Kind::Network: return m_apiError ? m_apiError->message() : QString();
    case Kind::Integrity:
        return tr("The downloaded file is damaged (its checksum does not match the server's). It was "
                  "discarded: try again.");
    case Kind::DiskFull:
        return tr("Not enough free disk space to download “%1”: %2 are needed, %3 are free. Free some "
                  "space and try again.")
            .arg(m_fileName, locale.formattedDataSize(m_neededBytes),
                 locale.formattedDataSize(m_availableBytes));
    case Kind::Io: return tr("The file cache cannot be written: %1").arg(m_detail);
    }
    return {};
}

} // namespace mycloud
