#pragma once

#include "TransferAttempt.h"
#include "api/HttpStream.h"

#include <memory>
#include <thread>

namespace mycloud {

// A TransferAttempt off the owner's thread, for large files: a network thread runs the HttpStream
// and decrypts the body straight into a BlockQueue's buffers, and a disk thread shows each block to
// the observer (a hash) and appends it to the part. On a 2-core machine this doubled the download
// speed of QNetworkAccessManager (bench_download). One TLS connection per request.
class ThreadedAttempt final : public TransferAttempt
{
    Q_OBJECT

public:
    explicit ThreadedAttempt(HttpStream::Request request, QObject* parent = nullptr);
    ~ThreadedAttempt() override;

    void start() override;
    void streamInto(PartFile* part, qint64 total, Observer observer) override;
    void readProblem(qint64 maxBytes) override;
    // Waits for the threads only when they hold the part (a slice of their wait at most, 50 ms, and
    // the block being written); otherwise they end by themselves.
    void cancel() override;

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
