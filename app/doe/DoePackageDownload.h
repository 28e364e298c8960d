#pragma once

#include "domain/DoeExport.h"
#include "files/FileError.h"

#include <QByteArray>
#include <QFile>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkReply;

Q_DECLARE_LOGGING_CATEGORY(lcDoeClient)

namespace mycloud {

class ApiClient;

// The zip of a built DOE export, saved where the user chose. It is streamed into `<target>.part`,
// resumed with `Range` after a cut (a few times, with backoff) or from the part a cancel left,
// checked against the size the server announced (never smaller than the export's documents:
// they are stored uncompressed), synced to disk and renamed into place off the UI thread.
// A DOE has no checksum known in advance, so the part keeps the server's ETag of its bytes beside
// it (`<target>.part.etag`, sent as `If-Range`): another export's package is never appended to it.
class DoePackageDownload final : public QObject
{
    Q_OBJECT

public:
    DoePackageDownload(ApiClient& client, DoeExport exported, QString targetPath, QObject* parent = nullptr);
    ~DoePackageDownload() override;

    // Refuses at once (DiskFull) when the target's disk cannot hold the package.
    void start();
    // Stops at once and finishes as cancelled; the part stays, for a later resume.
    void cancel();

    bool isFinished() const { return m_finished; }
    const std::optional<FileError>& error() const { return m_error; }
    QString errorMessage() const; // translated; empty when there is no error
    const QString& targetPath() const { return m_target; }
    qint64 received() const { return m_written; }
    // Where the last answer started: the part's size when the server resumed it (206), else 0.
    qint64 resumedFrom() const { return m_resumedFrom; }

signals:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void send();
    bool checkHeaders();
    void readBody();
    void onReplyFinished();
    void retryOrFail(const ApiError& error);
    void commit();
    bool openPart();
    void rememberTag(const QByteArray& etag);
    void discardPart();
    void failWrite();
    void finish(std::optional<FileError> error);
    void dropReply();
    qint64 total() const { return m_total >= 0 ? m_total : m_export.size; }

    ApiClient& m_client;
    DoeExport m_export;
    QString m_target;
    QString m_partPath;
    QString m_tagPath;
    QFile m_part;
    QByteArray m_etag; // of the bytes in the part
    qint64 m_written = 0;
    qint64 m_total = -1; // the package's size, once the server said it
    qint64 m_resumedFrom = 0;
    qint64 m_reported = -1;
    QPointer<QNetworkReply> m_reply;
    bool m_headersChecked = false;
    bool m_bodyIsProblem = false;
    QByteArray m_problemBody;
    std::optional<CertificateDetails> m_certificate;
    int m_attempts = 0;
    bool m_finished = false;
    std::optional<FileError> m_error;
};

} // namespace mycloud
