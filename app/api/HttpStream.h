#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>
#include <utility>

class QSslSocket;

namespace mycloud {

// One HTTP/1.1 GET over its own TLS socket, read with blocking calls on a worker thread: for a large
// body streamed to disk. QNetworkAccessManager hands every chunk from its thread to the caller's as
// an event, which cost as much CPU as decrypting it (bench_download); here the body is decrypted
// straight into the caller's buffer. The same verification as ApiClient's (its QSslConfiguration;
// errors never ignored), redirects only to https and at most a few, Authorization only to the same
// origin; a body framed by Content-Length, chunked, or the end of the connection. Made, used and
// destroyed on one thread; only interrupt() may be called from another.
class HttpStream final
{
public:
    struct Request
    {
        QUrl url;
        QList<std::pair<QByteArray, QByteArray>> headers; // Host and Connection are the stream's
        QSslConfiguration tls;
        int timeoutMs = 30000; // without progress
        int maxRedirects = 3;

        void addHeader(QByteArray name, QByteArray value)
        {
            headers.append({std::move(name), std::move(value)});
        }
    };

    HttpStream();
    ~HttpStream();
    HttpStream(const HttpStream&) = delete;
    HttpStream& operator=(const HttpStream&) = delete;

    // Connects, sends the request and reads the answer's status and headers (after redirects).
    std::optional<ApiError> open(Request request);
    int status() const { return m_status; }
    // The first header of that name (case-insensitive), empty when there is none.
    QByteArray header(QByteArrayView name) const;
    // Up to `max` bytes of the body into `into`: how many, 0 at its end, -1 on an error (error()).
    qint64 read(char* into, qint64 max);
    // What read() can return at once, without waiting (about: a chunked body's framing included).
    qint64 bytesAvailable() const;
    const std::optional<ApiError>& error() const { return m_error; }

    // What a redirect may be followed by anyone who sends the token: shared with ReplyAttempt.
    static bool isRedirect(int status);
    static bool sameOrigin(const QUrl& a, const QUrl& b);

    // From any thread: the blocking call under way fails as Cancelled within a slice (50 ms), and every
    // later one; a first connect or name lookup only once it ends (or times out).
    void interrupt();

private:
    enum class Framing { Length, Chunked, UntilClose };

    std::optional<ApiError> openOnce(const Request& request);
    bool connectTo(const Request& request);
    bool readHead();
    bool parseHead(QByteArrayView head);
    bool fillPending(qsizetype wanted);
    qint64 readRaw(char* into, qint64 max);
    qint64 readSocket(char* into, qint64 max);
    qint64 readChunked(char* into, qint64 max);
    bool readLine(QByteArray* line);
    bool waitForSocket(bool (QSslSocket::*wait)(int));
    void closeSocket();
    qint64 fail(ApiError error);

    std::unique_ptr<QSslSocket> m_socket;
    std::atomic_bool m_interrupted = false;
    QList<QSslError> m_sslErrors;
    QElapsedTimer m_sinceProgress;
    int m_timeoutMs = 30000;

    int m_status = 0;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QByteArray m_pending; // read past the head (or a chunk's size line), not handed out yet
    Framing m_framing = Framing::UntilClose;
    qint64 m_remaining = 0; // of the body (Length) or of the current chunk (Chunked)
    bool m_lastChunk = false;
    bool m_ended = false;
    std::optional<ApiError> m_error;
};

} // namespace mycloud
