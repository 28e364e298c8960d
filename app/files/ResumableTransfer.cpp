#include "ResumableTransfer.h"

#include "FileCache.h"
#include "PartFile.h"
#include "ReplyAttempt.h"
#include "ThreadedAttempt.h"
#include "api/ApiClient.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

// Below this, QNetworkAccessManager's kept-alive connections save more (no TLS handshake per file)
// than threads of their own gain (twice the speed, which only shows on large files).
constexpr qint64 kThreadedFromBytes = 4 << 20;
constexpr qint64 kProgressStepBytes = 256 << 10;
constexpr qint64 kMaxProblemBytes = 64 << 10;
constexpr int kFirstBackoffMs = 500; // doubles at each retry

} // namespace

ResumableTransfer::ResumableTransfer(ApiClient& client, PartFile& part, Options options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_part(part)
    , m_options(std::move(options))
    , m_total(m_options.total)
{ }

ResumableTransfer::~ResumableTransfer()
{
    dropAttempt();
}

qint64 ResumableTransfer::received() const
{
    return m_streaming ? m_streamed : m_part.size();
}

void ResumableTransfer::stop()
{
    m_stopped = true;
    dropAttempt();
    m_part.close();
}

void ResumableTransfer::discardPart()
{
    m_part.discard();
    m_resumedFrom = 0;
}

void ResumableTransfer::start()
{
    if (m_stopped)
        return;
    ++m_attempts;
    dropAttempt();

    HttpStream::Request request = m_client.streamRequest(m_client.urlFor(ApiRequest::get(m_options.path)));
    request.addHeader("Accept", "*/*");
    // An explicit identity encoding: byte offsets must be the file's, never a compressed stream's.
    request.addHeader("Accept-Encoding", "identity");
    const qint64 from = m_part.size();
    if (from > 0) {
        request.addHeader("Range", "bytes=" + QByteArray::number(from) + '-');
        if (!m_ifRange.isEmpty())
            request.addHeader("If-Range", m_ifRange);
    }
    qCDebug(m_options.log).noquote() << "GET" << m_options.label << "from byte" << from << "attempt"
                                     << m_attempts;
    if (m_total >= 0 && m_total - from < kThreadedFromBytes)
        m_attempt = std::make_unique<ReplyAttempt>(m_client, std::move(request));
    else
        m_attempt = std::make_unique<ThreadedAttempt>(std::move(request));
    connect(m_attempt.get(), &TransferAttempt::head, this, &ResumableTransfer::onHead);
    connect(m_attempt.get(), &TransferAttempt::progress, this, [this](qint64 partSize) {
        m_streamed = partSize;
        reportProgress();
    });
    connect(m_attempt.get(), &TransferAttempt::finished, this, &ResumableTransfer::onFinished);
    m_attempt->start();
}

void ResumableTransfer::onHead(const TransferAttempt::Head& head)
{
    if (head.status < 200 || head.status >= 300) {
        m_attempt->readProblem(kMaxProblemBytes); // to read the error from
        return;
    }
    if (!acceptHead(head))
        return;
    m_streamed = m_part.size();
    m_streaming = true;
    m_attempt->streamInto(&m_part, m_total, m_observer);
}

// Decides what the body is: the rest of the part (206), or the whole file (200, also when the server
// would not resume); the part is then ready for it.
bool ResumableTransfer::acceptHead(const TransferAttempt::Head& head)
{
    const bool totalKnown = m_options.total >= 0;
    if (head.status == 206) {
        // "bytes <first>-<last>/<total>"
        const QByteArray expected = "bytes " + QByteArray::number(m_part.size()) + '-';
        const qsizetype slash = head.contentRange.indexOf('/');
        bool announced = false;
        const qint64 total = slash > 0 ? head.contentRange.mid(slash + 1).toLongLong(&announced) : -1;
        if (!head.contentRange.startsWith(expected) || !(announced || totalKnown)) {
            discardPart();
            fail(FileError::network(
                ApiError(ApiError::Kind::BadAnswer,
                         u"unexpected Content-Range %1"_s.arg(QString::fromLatin1(head.contentRange)))));
            return false;
        }
        if (!totalKnown)
            m_total = total;
        m_resumedFrom = m_part.size();
    } else {
        if (m_part.size() > 0)
            qCInfo(m_options.log).noquote()
                << "the server sent all of" << m_options.label << "instead of a range: starting over";
        m_part.keep(0);
        m_resumedFrom = 0;
        if (!totalKnown)
            m_total = head.contentLength;
    }
    emit answered(head.etag);
    if (m_stopped)
        return false;
    if (!m_part.open()) {
        failWrite();
        return false;
    }
    m_part.reserve(m_total);
    return true;
}

void ResumableTransfer::onFinished(const TransferAttempt::Outcome& outcome)
{
    if (m_stopped)
        return;
    dropAttempt(); // its threads are done: the part is ours again
    if (outcome.writeFailed) {
        failWrite();
        return;
    }
    if (outcome.tooLong) {
        discardPart();
        fail(FileError::integrity(
            u"the server sent more than the %1 bytes of %2"_s.arg(m_total).arg(m_options.label)));
        return;
    }
    // An error status says more than how its body ended.
    const std::optional<ApiError> error = outcome.status >= 300
        ? ApiClient::errorOf(outcome.status, QNetworkReply::NoError, {}, outcome.problemBody, std::nullopt)
        : outcome.error;
    if (error) {
        retryOrFail(*error);
        return;
    }
    if (m_part.size() < m_total) {
        // A clean end before the last byte is a cut all the same: resume it.
        retryOrFail(ApiError(ApiError::Kind::Offline,
                             u"the transfer ended after %1 of %2 bytes"_s.arg(m_part.size()).arg(m_total)));
        return;
    }
    reportProgress();
    emit completed();
}

void ResumableTransfer::retryOrFail(const ApiError& error)
{
    const bool rangeRefused = error.kind() == ApiError::Kind::Http && error.status() == 416;
    if (rangeRefused)
        discardPart(); // the part does not fit the server's file: only a fresh start can help
    if ((rangeRefused || error.isTransient()) && m_attempts < m_options.maxAttempts) {
        const int delay = rangeRefused ? 0 : kFirstBackoffMs << (m_attempts - 1);
        qCInfo(m_options.log).noquote() << u"%1 stopped at %2 bytes (%3), resuming in %4 ms"_s.arg(
            m_options.label, QString::number(m_part.size()), error.detail(), QString::number(delay));
        QTimer::singleShot(delay, this, &ResumableTransfer::start);
        return;
    }
    if (error.kind() == ApiError::Kind::Http && error.status() == 401)
        emit m_client.sessionExpired(); // as for any authenticated call: the UI signs out
    if (error.kind() == ApiError::Kind::Http && (error.status() == 404 || error.status() == 410))
        discardPart(); // the file is gone: its part will never be resumed
    fail(FileError::network(error));
}

void ResumableTransfer::fail(const FileError& error)
{
    stop();
    emit failed(error);
}

void ResumableTransfer::failWrite()
{
    const FileError error = m_part.failure(m_options.fileName, m_total + FileCache::kFreeSpaceMargin);
    if (m_part.size() == 0)
        m_resumedFrom = 0; // discarded
    fail(error);
}

void ResumableTransfer::dropAttempt()
{
    if (m_attempt) {
        disconnect(m_attempt.get(), nullptr, this, nullptr);
        m_attempt->cancel();
        // Not deleted here: this may run inside its finished() signal.
        m_attempt.release()->deleteLater();
    }
    m_streaming = false;
}

void ResumableTransfer::reportProgress()
{
    // A signal per network chunk would flood the UI on a gigabyte file.
    const qint64 received = this->received();
    if (m_reported >= 0 && received - m_reported < kProgressStepBytes && received != m_total)
        return;
    m_reported = received;
    emit progress(received, m_total);
}

} // namespace mycloud
