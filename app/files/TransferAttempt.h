#pragma once

#include "FileError.h"
#include "api/HttpStream.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <thread>

namespace mycloud {

class PartFile;

// One request of a ResumableTransfer, off the owner's thread: a network thread runs the HttpStream
// and decrypts the body straight into a BlockQueue's buffers, and a disk thread shows each block to
// the observer (a hash) and appends it to the part. The owner hears of the head, the progress and
// the end as queued signals, and says what becomes of the body once it has checked the head, so that
// nothing reaches the part before. On a 2-core machine this doubled the download speed of
// QNetworkAccessManager (bench_download).
class TransferAttempt final : public QObject
{
    Q_OBJECT

public:
    using Observer = std::function<void(QByteArrayView)>;
    struct Head
    {
        int status = 0;
        QByteArray contentRange;
        qint64 contentLength = -1;
        QByteArray etag;
    };
    struct Outcome
    {
        int status = 0; // 0: no answer
        std::optional<ApiError> error; // the stream's (connection, TLS, cut, timeout)
        bool writeFailed = false; // the part's append() failed: see its failure()
        bool tooLong = false; // more bytes than the total
        QByteArray problemBody;
    };

    explicit TransferAttempt(HttpStream::Request request, QObject* parent = nullptr);
    ~TransferAttempt() override;

    void start();
    // After head(): the body is appended to `part`, `total` bytes in all at most, each block shown to
    // `observer` (on the disk thread) just before. The part is the attempt's until finished().
    void streamInto(PartFile* part, qint64 total, Observer observer);
    // After head(): up to `maxBytes` of the body are kept for finished(), e.g. a problem document.
    void readProblem(qint64 maxBytes);
    // No signal after this. Waits for the threads only when they hold the part (a few milliseconds:
    // the socket is shut down under them); otherwise they end by themselves.
    void cancel();

signals:
    void head(const mycloud::TransferAttempt::Head& head);
    void progress(qint64 partSize);
    void finished(const mycloud::TransferAttempt::Outcome& outcome);

private:
    struct Shared;
    static void run(std::shared_ptr<Shared> shared, HttpStream::Request request);
    static Outcome pump(const std::shared_ptr<Shared>& shared, HttpStream& stream);
    void decide(const std::function<void(Shared&)>& decision);

    HttpStream::Request m_request;
    std::shared_ptr<Shared> m_shared;
    std::thread m_thread;
};

} // namespace mycloud
