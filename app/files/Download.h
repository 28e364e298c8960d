#pragma once

#include "FileError.h"
#include "PartFile.h"
#include "ResumableTransfer.h"
#include "Sha256.h"
#include "domain/Document.h"

#include <QObject>

#include <memory>
#include <optional>

namespace mycloud {

class ApiClient;

// One transfer of a document's content into the file cache, shared by every DownloadJob waiting
// for the same sha256 (FileCache's internal worker). The bytes are streamed into `<sha256>.part`
// and hashed as they arrive; after a cut the transfer resumes with `Range` + `If-Range`, and a
// part left by an earlier run is re-hashed (on a worker thread) before it is resumed. The file is
// renamed into place only once its size and sha256 are the document's; a mismatch or a write error
// deletes the part, so nothing corrupt is ever left where a reader could take it.
class Download final : public QObject
{
    Q_OBJECT

public:
    Download(ApiClient& client, Document document, QString partPath, QString finalPath,
             QObject* parent = nullptr);
    ~Download() override;

    void start();
    // Stops at once and finishes as Cancelled; the part stays, for a later resume.
    void abort();

    const Document& document() const { return m_document; }
    bool isFinished() const { return m_finished; }
    const std::optional<FileError>& error() const { return m_error; }
    qint64 received() const { return m_transfer.received(); } // bytes in the part, resumed bytes included
    // Where the last answer started: the part's size when the server resumed it (206), else 0.
    qint64 resumedFrom() const { return m_transfer.resumedFrom(); }

signals:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void onAnswered();
    void verifyAndCommit();
    void discardPart();
    void finish(std::optional<FileError> error);

    Document m_document;
    QString m_finalPath;
    PartFile m_part;
    ResumableTransfer m_transfer;
    // Shared with the worker thread that re-hashes an existing part, which may outlive us.
    std::shared_ptr<Sha256> m_hash;
    // The part holds bytes from before the current answer (an earlier run, or before a cut).
    bool m_continuesOldBytes = false;
    bool m_restartedAfterMismatch = false;
    bool m_finished = false;
    std::optional<FileError> m_error;
};

} // namespace mycloud
