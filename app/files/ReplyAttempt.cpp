#include "ReplyAttempt.h"

#include "PartFile.h"
#include "api/ApiClient.h"

#include <QNetworkReply>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

// What Qt may hold in memory ahead of the disk.
constexpr qint64 kReadBufferBytes = 1 << 20;
constexpr int kMaxRedirects = 3;

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
    send(m_request.url, true);
}

void ReplyAttempt::send(const QUrl& url, bool authorized)
{
    m_authorized = authorized;
    QNetworkRequest request = m_client.networkRequest(url, authorized);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto& [name, value] : m_request.headers)
        if (authorized || name.compare("Authorization", Qt::CaseInsensitive) != 0)
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

// Over https only, a few times at most, and Authorization only to the same origin. False when the
// answer is not a redirect.
bool ReplyAttempt::followRedirect()
{
    const QUrl location = m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (!HttpStream::isRedirect(m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())
        || location.isEmpty())
        return false;
    const QUrl from = m_reply->url();
    const QUrl next = from.resolved(location);
    cancel(); // this answer's body is of no use
    if (next.scheme() != u"https" || ++m_redirects > kMaxRedirects) {
        Outcome refused;
        refused.error
            = ApiError(ApiError::Kind::BadAnswer,
                       m_redirects > kMaxRedirects
                           ? u"more than %1 redirects"_s.arg(kMaxRedirects)
                           : u"refused a redirect to %1, which is not HTTPS"_s.arg(next.toDisplayString()));
        emit finished(refused);
        return true;
    }
    send(next, m_authorized && HttpStream::sameOrigin(next, from));
    return true;
}

void ReplyAttempt::onReadyRead()
{
    if (m_reply && !m_headSent) {
        if (followRedirect())
            return;
        sendHead(); // the owner decides within it, or cancels
    }
    drain();
}

void ReplyAttempt::onFinished()
{
    if (m_reply && !m_headSent && m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()) {
        if (followRedirect())
            return;
        sendHead(); // an empty body
    }
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
