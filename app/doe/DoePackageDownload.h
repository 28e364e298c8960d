#pragma once

#include "doe/DoeLog.h"
#include "domain/DoeExport.h"
#include "files/FileError.h"
#include "files/PartFile.h"
#include "files/ResumableTransfer.h"

#include <QByteArray>
#include <QObject>

#include <optional>

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
    qint64 received() const { return m_transfer.received(); }
    // Where the last answer started: the part's size when the server resumed it (206), else 0.
    qint64 resumedFrom() const { return m_transfer.resumedFrom(); }

signals:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void onAnswered(const QByteArray& etag);
    void commit();
    void rememberTag(const QByteArray& etag);
    void discardPart();
    void finish(std::optional<FileError> error);

    DoeExport m_export;
    QString m_target;
    QString m_tagPath;
    PartFile m_part;
    ResumableTransfer m_transfer;
    bool m_finished = false;
    std::optional<FileError> m_error;
};

} // namespace mycloud
