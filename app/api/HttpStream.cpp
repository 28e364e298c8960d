#include "HttpStream.h"

#include "ApiClient.h"

#include <QCoreApplication>
#include <QSslSocket>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

// What Qt may decrypt ahead of our reads.
constexpr qint64 kSocketBufferBytes = 1 << 20;
// How long a blocking wait lasts before the interrupt flag and the timeout are looked at again.
constexpr int kSliceMs = 50;
constexpr qsizetype kMaxHeadBytes = 64 << 10;
constexpr qsizetype kMaxLineBytes = 8 << 10;

QByteArray requestBytes(const HttpStream::Request& request)
{
    const QUrl& url = request.url;
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // IPv6
    if (url.port() != -1 && url.port() != 443)
        host += ':' + QByteArray::number(url.port());
    QByteArray bytes = "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto& [name, value] : request.headers)
        bytes += name + ": " + value + "\r\n";
    return bytes + "Connection: close\r\n\r\n";
}

} // namespace

bool HttpStream::isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool HttpStream::sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port(443) == b.port(443);
}

HttpStream::HttpStream() = default;

HttpStream::~HttpStream()
{
    closeSocket();
}

std::optional<ApiError> HttpStream::open(Request request)
{
    m_timeoutMs = request.timeoutMs;
    for (int redirects = 0;; ++redirects) {
        if (auto error = openOnce(request))
            return error;
        const QByteArray location = header("Location");
        if (!isRedirect(m_status) || location.isEmpty())
            return std::nullopt;
        if (redirects >= request.maxRedirects)
            return m_error
                = ApiError(ApiError::Kind::BadAnswer, u"more than %1 redirects"_s.arg(request.maxRedirects));
        const QUrl next = request.url.resolved(QUrl::fromEncoded(location));
        if (next.scheme() != u"https"_s)
            return m_error
                = ApiError(ApiError::Kind::BadAnswer,
                           u"refused a redirect to %1, which is not HTTPS"_s.arg(next.toDisplayString()));
        if (!sameOrigin(next, request.url))
            request.headers.removeIf([](const auto& header) {
                return header.first.compare("Authorization", Qt::CaseInsensitive) == 0;
            });
        request.url = next;
    }
}

std::optional<ApiError> HttpStream::openOnce(const Request& request)
{
    m_status = 0;
    m_headers.clear();
    m_pending.clear();
    m_lastChunk = false;
    m_ended = false;
    m_error.reset();
    if (!connectTo(request))
        return m_error;
    m_socket->write(requestBytes(request));
    while (m_socket->bytesToWrite() > 0)
        if (!waitForSocket(&QSslSocket::waitForBytesWritten))
            return m_error ? m_error
                           : ApiError(ApiError::Kind::Offline, u"the server closed the connection"_s);
    if (!readHead())
        return m_error;
    return std::nullopt;
}

bool HttpStream::connectTo(const Request& request)
{
    closeSocket();
    m_sslErrors.clear();
    m_socket = std::make_unique<QSslSocket>();
    m_socket->setSslConfiguration(request.tls);
    // Bounded (an unlimited buffer was slower and took 20 MiB): what does not fit stays encrypted
    // until readSocket() has Qt decrypt it.
    m_socket->setReadBufferSize(kSocketBufferBytes);
    // Recorded to explain the failure; never ignored, so the handshake fails.
    QObject::connect(m_socket.get(), &QSslSocket::sslErrors,
                     [this](const QList<QSslError>& errors) { m_sslErrors = errors; });
    m_sinceProgress.start();
    m_socket->connectToHostEncrypted(request.url.host(), quint16(request.url.port(443)));
    // One wait: Qt drops a connection whose connect wait times out, so it cannot be sliced.
    if (m_socket->state() != QAbstractSocket::ConnectedState && !m_interrupted)
        m_socket->waitForConnected(m_timeoutMs);
    while (!m_interrupted && m_socket->state() == QAbstractSocket::ConnectedState) {
        if (m_socket->waitForEncrypted(kSliceMs))
            return true;
        if (m_socket->error() != QAbstractSocket::SocketTimeoutError)
            break;
        if (m_sinceProgress.elapsed() >= m_timeoutMs) {
            fail(ApiError(ApiError::Kind::Timeout,
                          u"no TLS handshake with the server in %1 s"_s.arg(m_timeoutMs / 1000.0)));
            return false;
        }
    }
    if (m_socket->isEncrypted())
        return true;
    if (m_interrupted) {
        fail(ApiError(ApiError::Kind::Cancelled));
        return false;
    }
    const QString text = m_socket->errorString();
    switch (m_socket->error()) {
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        fail(ApiError::tls(ApiClient::failureDetails(m_socket->peerCertificateChain(), m_sslErrors), text));
        break;
    case QAbstractSocket::SocketTimeoutError: fail(ApiError(ApiError::Kind::Timeout, text)); break;
    default: fail(ApiError(m_sslErrors.isEmpty() ? ApiError::Kind::Offline : ApiError::Kind::Tls, text));
    }
    return false;
}

bool HttpStream::readHead()
{
    for (;;) {
        const qsizetype end = m_pending.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QByteArray head = m_pending.left(end);
            m_pending.remove(0, end + 4);
            if (!parseHead(head))
                return false;
            if (m_status >= 200)
                return true;
            continue; // an interim answer (100 Continue): the real one follows
        }
        if (m_pending.size() > kMaxHeadBytes) {
            fail(ApiError(ApiError::Kind::BadAnswer,
                          u"the answer's headers exceed %1 bytes"_s.arg(kMaxHeadBytes)));
            return false;
        }
        if (!fillPending(m_pending.size() + 1)) {
            if (!m_error)
                fail(ApiError(ApiError::Kind::Offline,
                              u"the server closed the connection without answering"_s));
            return false;
        }
    }
}

bool HttpStream::parseHead(QByteArrayView head)
{
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    // "HTTP/1.1 206 Partial Content"
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    bool number = false;
    m_status = statusLine.value(1).toInt(&number);
    if (!statusLine.value(0).startsWith("HTTP/1.") || !number || m_status < 100 || m_status > 599) {
        fail(ApiError(ApiError::Kind::BadAnswer,
                      u"not an HTTP answer: %1"_s.arg(QString::fromLatin1(lines.value(0).left(80)))));
        return false;
    }
    m_headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            m_headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    if (header("Transfer-Encoding").toLower().contains("chunked")) {
        m_framing = Framing::Chunked;
        m_remaining = 0;
    } else if (const QByteArray length = header("Content-Length"); !length.isEmpty()) {
        m_framing = Framing::Length;
        m_remaining = length.toLongLong(&number);
        if (!number || m_remaining < 0) {
            fail(ApiError(ApiError::Kind::BadAnswer,
                          u"invalid Content-Length: %1"_s.arg(QString::fromLatin1(length.left(40)))));
            return false;
        }
    } else if (m_status == 204 || m_status == 304 || m_status < 200) {
        m_framing = Framing::Length;
        m_remaining = 0;
    } else {
        m_framing = Framing::UntilClose;
    }
    return true;
}

QByteArray HttpStream::header(QByteArrayView name) const
{
    for (const auto& [key, value] : m_headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

qint64 HttpStream::read(char* into, qint64 max)
{
    if (m_error)
        return -1;
    if (m_ended || max <= 0)
        return 0;
    switch (m_framing) {
    case Framing::Length: {
        if (m_remaining == 0) {
            m_ended = true;
            return 0;
        }
        const qint64 got = readRaw(into, std::min(max, m_remaining));
        if (got == 0)
            return fail(
                ApiError(ApiError::Kind::Offline,
                         u"the connection closed %1 bytes before the end of the answer"_s.arg(m_remaining)));
        if (got > 0)
            m_remaining -= got;
        return got;
    }
    case Framing::Chunked: return readChunked(into, max);
    case Framing::UntilClose: {
        const qint64 got = readRaw(into, max);
        m_ended = got == 0;
        return got;
    }
    }
    return -1;
}

qint64 HttpStream::bytesAvailable() const
{
    return m_pending.size() + (m_socket ? m_socket->bytesAvailable() : 0);
}

qint64 HttpStream::readChunked(char* into, qint64 max)
{
    while (m_remaining == 0) {
        QByteArray line;
        if (!readLine(&line))
            return -1;
        if (m_lastChunk) {
            if (line.isEmpty()) { // the end of the (ignored) trailers
                m_ended = true;
                return 0;
            }
            continue;
        }
        if (line.isEmpty())
            continue; // the CRLF that ends the previous chunk's data
        bool number = false;
        const qsizetype extension = line.indexOf(';'); // "1a;name=value"
        const qint64 size = (extension >= 0 ? line.left(extension) : line).trimmed().toLongLong(&number, 16);
        if (!number || size < 0)
            return fail(ApiError(ApiError::Kind::BadAnswer,
                                 u"invalid chunk size: %1"_s.arg(QString::fromLatin1(line.left(40)))));
        m_lastChunk = size == 0;
        m_remaining = size;
    }
    const qint64 got = readRaw(into, std::min(max, m_remaining));
    if (got == 0)
        return fail(ApiError(ApiError::Kind::Offline, u"the connection closed inside a chunk"_s));
    if (got > 0)
        m_remaining -= got;
    return got;
}

bool HttpStream::readLine(QByteArray* line)
{
    for (;;) {
        if (const qsizetype end = m_pending.indexOf('\n'); end >= 0) {
            *line = m_pending.left(end).trimmed();
            m_pending.remove(0, end + 1);
            return true;
        }
        if (m_pending.size() > kMaxLineBytes) {
            fail(ApiError(ApiError::Kind::BadAnswer,
                          u"a line of the answer exceeds %1 bytes"_s.arg(kMaxLineBytes)));
            return false;
        }
        if (!fillPending(m_pending.size() + 1)) {
            if (!m_error)
                fail(ApiError(ApiError::Kind::Offline, u"the connection closed inside the answer"_s));
            return false;
        }
    }
}

// Reads from the socket until m_pending holds `wanted` bytes or more; false when it ended first.
bool HttpStream::fillPending(qsizetype wanted)
{
    char buffer[16 << 10];
    while (m_pending.size() < wanted) {
        const qint64 got = readSocket(buffer, sizeof buffer);
        if (got <= 0)
            return false;
        m_pending.append(buffer, got);
    }
    return true;
}

// What m_pending holds first, then the socket's bytes: 0 only when the connection ended.
qint64 HttpStream::readRaw(char* into, qint64 max)
{
    if (m_pending.isEmpty())
        return readSocket(into, max);
    const qint64 got = std::min<qint64>(max, m_pending.size());
    std::memcpy(into, m_pending.constData(), size_t(got));
    m_pending.remove(0, got);
    return got;
}

qint64 HttpStream::readSocket(char* into, qint64 max)
{
    for (;;) {
        if (m_interrupted)
            return fail(ApiError(ApiError::Kind::Cancelled));
        const qint64 got = m_socket->read(into, max);
        if (got > 0) {
            m_sinceProgress.start();
            return got;
        }
        // Qt queues the decryption of what its full buffer left encrypted for an event loop, which
        // this thread has not: run it now, so that such bytes never wait for more from the network
        // and the queued calls do not pile up for the whole download.
        QCoreApplication::sendPostedEvents(m_socket.get(), QEvent::MetaCall);
        if (m_socket->bytesAvailable() > 0)
            continue;
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return 0;
        if (got < 0)
            return fail(ApiError(ApiError::Kind::Offline, m_socket->errorString()));
        if (!waitForSocket(&QSslSocket::waitForReadyRead) && m_error)
            return -1;
    }
}

// One slice of a blocking wait: false when it failed (m_error set, or the connection closed), true
// when the socket moved or the slice ended within the timeout.
bool HttpStream::waitForSocket(bool (QSslSocket::*wait)(int))
{
    if (m_interrupted) {
        fail(ApiError(ApiError::Kind::Cancelled));
        return false;
    }
    if ((m_socket.get()->*wait)(kSliceMs)) {
        m_sinceProgress.start();
        return true;
    }
    if (m_interrupted) {
        fail(ApiError(ApiError::Kind::Cancelled));
        return false;
    }
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    if (m_socket->error() != QAbstractSocket::SocketTimeoutError) {
        fail(ApiError(ApiError::Kind::Offline, m_socket->errorString()));
        return false;
    }
    if (m_sinceProgress.elapsed() >= m_timeoutMs) {
        fail(ApiError(ApiError::Kind::Timeout,
                      u"no data from the server for %1 s"_s.arg(m_timeoutMs / 1000.0)));
        return false;
    }
    return true;
}

void HttpStream::interrupt()
{
    m_interrupted = true; // seen within a slice of the wait under way
}

void HttpStream::closeSocket()
{
    if (m_socket)
        m_socket->abort();
    m_socket.reset();
}

qint64 HttpStream::fail(ApiError error)
{
    if (!m_error)
        m_error = std::move(error);
    return -1;
}

} // namespace mycloud
