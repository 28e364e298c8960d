#include "ResumableTransfer.h"

#include "FileCache.h"
#include "PartFile.h"
#include "api/ApiClient.h"

#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

// What Qt may hold in memory ahead of the disk: bounds the RSS of a gigabyte download.
constexpr qint64 kReadBufferBytes = 1 << 20;
// What is written, then hashed, in one go: small enough to stay in the CPU's cache between the two,
// so that the bytes cross memory once rather than twice (the 1 GiB download went 15 % faster).
constexpr qsizetype kSliceBytes = 128 << 10;
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
    dropReply();
}

void ResumableTransfer::stop()
{
    m_stopped = true;
    dropReply();
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
    m_headersChecked = false;
    m_bodyIsProblem = false;
    m_problemBody.clear();
    m_certificate.reset();

    QNetworkRequest request = m_client.networkRequest(m_client.urlFor(ApiRequest::get(m_options.path)), true);
    request.setRawHeader("Accept", "*/*");
    // An explicit identity encoding: byte offsets must be the file's, never a compressed stream's.
    request.setRawHeader("Accept-Encoding", "identity");
    const qint64 from = m_part.size();
    if (from > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(from) + '-');
        if (!m_ifRange.isEmpty())
            request.setRawHeader("If-Range", m_ifRange);
    }
    qCDebug(m_options.log).noquote() << "GET" << m_options.label << "from byte" << from << "attempt"
                                     << m_attempts;
    QNetworkReply* reply = m_client.network().get(request);
    reply->setReadBufferSize(kReadBufferBytes);
    m_reply = reply;
    ApiClient::recordCertificate(reply, this, &m_certificate);
    connect(reply, &QNetworkReply::readyRead, this, &ResumableTransfer::readBody);
    connect(reply, &QNetworkReply::finished, this, &ResumableTransfer::onReplyFinished);
}

// Decides, once the status is known, what the body is: the rest of the part (206), the whole file
// (200, also when the server would not resume), or a problem document to read the error from.
bool ResumableTransfer::checkHeaders()
{
    m_headersChecked = true;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool totalKnown = m_options.total >= 0;
    if (status == 206) {
        // "bytes <first>-<last>/<total>"
        const QByteArray range = m_reply->rawHeader("Content-Range");
        const QByteArray expected = "bytes " + QByteArray::number(m_part.size()) + '-';
        const qsizetype slash = range.indexOf('/');
        bool announced = false;
        const qint64 total = slash > 0 ? range.mid(slash + 1).toLongLong(&announced) : -1;
        if (!range.startsWith(expected) || !(announced || totalKnown)) {
            discardPart();
            fail(FileError::network(
                ApiError(ApiError::Kind::BadAnswer,
                         u"unexpected Content-Range %1"_s.arg(QString::fromLatin1(range)))));
            return false;
        }
        if (!totalKnown)
            m_total = total;
        m_resumedFrom = m_part.size();
    } else if (status >= 200 && status < 300) {
        if (m_part.size() > 0)
            qCInfo(m_options.log).noquote()
                << "the server sent all of" << m_options.label << "instead of a range: starting over";
        m_part.keep(0);
        m_resumedFrom = 0;
        if (!totalKnown)
            m_total = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    } else {
        m_bodyIsProblem = true;
        return true;
    }
    emit answered(m_reply->rawHeader("ETag"));
    if (m_stopped)
        return false;
    if (!m_part.open()) {
        failWrite();
        return false;
    }
    m_part.reserve(m_total);
    return true;
}

void ResumableTransfer::readBody()
{
    // A reply closed by an abort (ours, or the transfer timeout's) has nothing left to read.
    if (m_stopped || !m_reply || !m_reply->isOpen())
        return;
    if (!m_headersChecked && !checkHeaders())
        return;
    if (m_bodyIsProblem) {
        m_problemBody += m_reply->read(std::max<qint64>(0, kMaxProblemBytes - m_problemBody.size()));
        m_reply->skip(m_reply->bytesAvailable());
        return;
    }
    while (m_reply->bytesAvailable() > 0) {
        // readAll() hands over the reply's own buffers (at most kReadBufferBytes) without a copy.
        const QByteArray bytes = m_reply->readAll();
        if (bytes.isEmpty())
            break;
        if (m_part.size() + bytes.size() > m_total) {
            discardPart();
            fail(FileError::integrity(
                u"the server sent more than the %1 bytes of %2"_s.arg(m_total).arg(m_options.label)));
            return;
        }
        for (qsizetype at = 0; at < bytes.size(); at += kSliceBytes) {
            const QByteArray slice
                = QByteArray::fromRawData(bytes.constData() + at, std::min(kSliceBytes, bytes.size() - at));
            if (!m_part.append(slice)) {
                failWrite();
                return;
            }
            emit appended(slice);
        }
    }
    reportProgress();
}

void ResumableTransfer::onReplyFinished()
{
    if (m_stopped || !m_reply)
        return;
    readBody(); // what arrived with the end (and the status of an empty body)
    if (m_stopped || !m_reply)
        return;
    QNetworkReply* reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString errorText = reply->errorString();
    dropReply();

    if (auto error = ApiClient::errorOf(status, networkError, errorText, m_problemBody, m_certificate)) {
        retryOrFail(*error);
        return;
    }
    if (m_part.size() < m_total) {
        // A clean end before the last byte is a cut all the same: resume it.
        retryOrFail(ApiError(ApiError::Kind::Offline,
                             u"the transfer ended after %1 of %2 bytes"_s.arg(m_part.size()).arg(m_total)));
        return;
    }
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

void ResumableTransfer::dropReply()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void ResumableTransfer::reportProgress()
{
    // A signal per network chunk would flood the UI on a gigabyte file.
    const qint64 received = m_part.size();
    if (m_reported >= 0 && received - m_reported < kProgressStepBytes && received != m_total)
        return;
    m_reported = received;
    emit progress(received, m_total);
}

} // namespace mycloud
