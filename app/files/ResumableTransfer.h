#pragma once

#include "FileError.h"
#include "TransferAttempt.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QObject>

#include <memory>

namespace mycloud {

class ApiClient;
class PartFile;

// The GET of a file's bytes into its PartFile, resumable: only what follows the part's bytes is asked
// for (`Range`, with `If-Range` so that another file's bytes are never appended: the server then sends
// all of it and the part starts over), the body goes into the part as it arrives, and a cut (a clean
// end before the last byte is one too) is resumed after a backoff, a bounded number of times. What
// the bytes are worth and what becomes of the finished part are the owner's: it hears of them
// through the signals, and stop()s the transfer when it gives up. Each request is a TransferAttempt:
// on threads of its own for a large file, through QNetworkAccessManager for a small one. While one
// streams, the part is the attempt's, and the owner leaves it alone.
class ResumableTransfer final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString path; // under /api/v1/
        QMessageLogger::CategoryFunction log;
        QString label; // the transfer, in the logs
        QString fileName; // what a DiskFull error names
        qint64 total = -1; // known in advance (a document's size); -1: as the server announces it
        int maxAttempts = 4; // the first request and the resumes
    };

    ResumableTransfer(ApiClient& client, PartFile& part, Options options, QObject* parent = nullptr);
    ~ResumableTransfer() override;

    // What the part's bytes are (their ETag): sent as `If-Range` with a `Range`.
    void setIfRange(QByteArray validator) { m_ifRange = std::move(validator); }
    // Shown each piece of the body just before it is appended to the part, on the thread that writes
    // it (a worker for a large file): what it uses must be left alone by the owner until
    // completed(), failed() or stop().
    void setObserver(TransferAttempt::Observer observer) { m_observer = std::move(observer); }

    // Asks for the bytes after the part's; again after the owner discarded it (the attempts add up).
    void start();
    // No further request, and no further signal; the part is closed, its bytes kept.
    void stop();
    // Deletes the part: the next request asks for all of the file.
    void discardPart();

    bool isStarted() const { return m_attempts > 0; }
    qint64 total() const { return m_total; }
    // The part's bytes, also while a request writes them.
    qint64 received() const;
    // Where the last answer started: the part's size when the server resumed it (206), else 0.
    qint64 resumedFrom() const { return m_resumedFrom; }

signals:
    // The headers of a 2xx answer: resumedFrom() tells a continued part from one started over. The
    // owner may stop() here, when the total() announced cannot be right.
    void answered(const QByteArray& etag);
    void progress(qint64 received, qint64 total);
    // The part holds all of the total() bytes.
    void completed();
    void failed(const FileError& error);

private:
    void onHead(const TransferAttempt::Head& head);
    bool acceptHead(const TransferAttempt::Head& head);
    void onFinished(const TransferAttempt::Outcome& outcome);
    void retryOrFail(const ApiError& error);
    void fail(const FileError& error);
    void failWrite();
    void dropAttempt();
    void reportProgress();

    ApiClient& m_client;
    PartFile& m_part;
    const Options m_options;
    QByteArray m_ifRange;
    qint64 m_total = -1;
    qint64 m_resumedFrom = 0;
    qint64 m_reported = -1;
    TransferAttempt::Observer m_observer;
    std::unique_ptr<TransferAttempt> m_attempt;
    bool m_streaming = false; // the attempt holds the part
    qint64 m_streamed = 0; // the part's size, as the attempt last told
    int m_attempts = 0;
    bool m_stopped = false;
};

} // namespace mycloud
