#pragma once

#include "FileError.h"
#include "api/ApiError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>

#include <functional>
#include <optional>

namespace mycloud {

class PartFile;

// One request of a ResumableTransfer. The owner hears of the head, the progress and the end as
// signals on its own thread, and says what becomes of the body once it has checked the head, so
// that nothing reaches the part before. Two ways to make it: ThreadedAttempt (threads of its own,
// for large files) and ReplyAttempt (QNetworkAccessManager's kept-alive connections, for small ones).
class TransferAttempt : public QObject
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
        std::optional<ApiError> error; // the transport's (connection, TLS, cut, timeout)
        bool writeFailed = false; // the part's append() failed: see its failure()
        bool tooLong = false; // more bytes than the total
        QByteArray problemBody;
    };

    using QObject::QObject;

    virtual void start() = 0;
    // After head(): the body is appended to `part`, `total` bytes in all at most, each piece shown to
    // `observer` just before (on whichever thread writes). The part is the attempt's until finished().
    virtual void streamInto(PartFile* part, qint64 total, Observer observer) = 0;
    // After head(): up to `maxBytes` of the body are kept for finished(), e.g. a problem document.
    virtual void readProblem(qint64 maxBytes) = 0;
    // No signal after this, and the part is the owner's again.
    virtual void cancel() = 0;

signals:
    void head(const mycloud::TransferAttempt::Head& head);
    void progress(qint64 partSize);
    void finished(const mycloud::TransferAttempt::Outcome& outcome);
};

} // namespace mycloud
