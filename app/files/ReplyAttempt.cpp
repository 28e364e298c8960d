#include "ReplyAttempt.h"

#include "PartFile.h"
#include "api/ApiClient.h"

#include <QNetworkReply>

#include <algorithm>

namespace mycloud {

namespace {

// What Qt may hold in memory ahead of the disk.
constexpr qint64 kReadBufferBytes = 1 << 20;

} // namespace

ReplyAttempt::ReplyAttempt(ApiClient& client, HttpStream::Request request, QObject* parent)
    : TransferAttempt(parent)
    , m_client(client)
    , m_request(std::move(request))
{ }

ReplyAttempt::~ReplyAttempt()
{
    cancel();
}

void ReplyAttempt::start()
{
    QNetworkRequest request = m_client.networkRequest(m_request.url, true);
    for (const auto& [name, value] : m_request.headers)
        request.setRawHeader(name, value);
    m_reply = m_client.network().get(request);
    m_reply->setReadBufferSize(kReadBufferBytes);
    ApiClient::recordCertificate(m_reply, this, &m_certificate);
    connect(m_reply, &QNetworkReply::readyRead, this, &ReplyAttempt::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ReplyAttempt::onFinished);
}

void ReplyAttempt::streamInto(PartFile* part, qint64 total, Observer observer)
{
    if (m_mode != Mode::Wait)
        return;
    m_part = part;
    m_total = total;
    m_observer = std::move(observer);
    m_mode = Mode::Body;
    drain();
}

void ReplyAttempt::readProblem(qint64 maxBytes)
{
    if (m_mode != Mode::Wait)
        return;
    m_maxProblemBytes = maxBytes;
    m_mode = Mode::Problem;
    drain();
}

void ReplyAttempt::cancel()
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

void ReplyAttempt::sendHead()
{
    m_headSent = true;
    bool known = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    emit head({.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
               .contentRange = m_reply->rawHeader("Content-Range"),
               .contentLength = known ? length : -1,
               .etag = m_reply->rawHeader("ETag")});
}

void ReplyAttempt::onReadyRead()
{
    if (m_reply && !m_headSent)
        sendHead(); // the owner decides within it, or cancels
    drain();
}

void ReplyAttempt::onFinished()
{
    if (m_reply && !m_headSent && m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        sendHead(); // an empty body
    drain();
    if (m_reply)
        finish();
}

// What the reply holds, where the owner said; nothing before it said (it stays in the reply).
void ReplyAttempt::drain()
{
    if (!m_reply || m_mode == Mode::Wait)
        return;
    if (m_mode == Mode::Problem) {
        m_outcome.problemBody
            += m_reply->read(std::max<qint64>(0, m_maxProblemBytes - m_outcome.problemBody.size()));
        m_reply->skip(m_reply->bytesAvailable());
        return;
    }
    if (m_reply->bytesAvailable() == 0)
        return;
    while (m_reply->bytesAvailable() > 0) {
        // readAll() hands over the reply's own buffers (at most kReadBufferBytes) without a copy.
        const QByteArray bytes = m_reply->readAll();
        if (m_part->size() + bytes.size() > m_total) {
            m_outcome.tooLong = true;
            finish();
            return;
        }
        if (m_observer)
            m_observer(bytes);
        if (!m_part->append(bytes)) {
            m_outcome.writeFailed = true;
            finish();
            return;
        }
    }
    emit progress(m_part->size());
}

void ReplyAttempt::finish()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    m_outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && !m_outcome.writeFailed && !m_outcome.tooLong)
        m_outcome.error = ApiClient::errorOf(0, reply->error(), reply->errorString(), {}, m_certificate);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
    emit finished(m_outcome);
}

} // namespace mycloud
