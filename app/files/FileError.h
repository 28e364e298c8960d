#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mycloud {

// Why the file cache could not deliver a file, as a value: a network failure keeps the
// ApiError (with the certificate details of a TLS failure), the others are the cache's own.
class FileError final
{
    Q_DECLARE_TR_FUNCTIONS(FileError)

public:
    enum class Kind {
        Network, // reaching or asking the server failed, or the caller cancelled: see apiError()
        Integrity, // the bytes received are not the document's (sha256 or size mismatch)
        DiskFull, // not enough free space for the file: see neededBytes()
        Io, // the cache folder cannot be read or written
    };

    static FileError network(ApiError error);
    static FileError integrity(QString detail);
    static FileError diskFull(QString fileName, qint64 neededBytes, qint64 availableBytes,
                              QString detail = {});
    static FileError io(QString detail);

    Kind kind() const { return m_kind; }
    const std::optional<ApiError>& apiError() const { return m_apiError; }
    bool isCancelled() const { return m_apiError && m_apiError->kind() == ApiError::Kind::Cancelled; }
    qint64 neededBytes() const { return m_neededBytes; }
    qint64 availableBytes() const { return m_availableBytes; }
    const QString& detail() const { return m_detail; } // technical detail, for logs

    // A translated sentence for the user.
    QString message() const;

    bool operator==(const FileError&) const = default;

private:
    explicit FileError(Kind kind, QString detail = {});

    Kind m_kind;
    QString m_detail;
    QString m_fileName;
    qint64 m_neededBytes = 0;
    qint64 m_availableBytes = 0;
    std::optional<ApiError> m_apiError;
};

} // namespace mycloud
