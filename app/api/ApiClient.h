#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"
#include "HttpStream.h"

#include <QList>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace mycloud {

// The one way to the MyCloud server: HTTPS with verification always on (a custom CA can be
// trusted explicitly, in addition to the system's), a timeout on every request, bounded retries
// with backoff for requests that are safe to repeat, at most a few redirects, and failures mapped
// to typed ApiErrors. A 401 on an authenticated request also says the session is over.
class ApiClient final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int timeoutMs = 30000; // without progress
        int maxRetries = 2;
        int firstBackoffMs = 500; // doubles at each retry
    };

    explicit ApiClient(QObject* parent = nullptr);

    void setServer(const QUrl& server); // e.g. https://mycloud.example.fr (the API is under /api/v1)
    QUrl server() const { return m_server; }
    void setTrustedCertificates(const QList<QSslCertificate>& certificates);
    void setToken(const QByteArray& token) { m_token = token; }
    const QByteArray& token() const { return m_token; }
    void setOptions(const Options& options) { m_options = options; }

    // Starts the call; the reply is parented to this client and the caller deletes it later.
    ApiReply* send(ApiRequest request);

    QUrl urlFor(const ApiRequest& request) const;
    // A GET for an HttpStream (a download on a worker thread) with the client's TLS, headers, token
    // and timeout.
    HttpStream::Request streamRequest(const QUrl& url) const;
    // The same for QNetworkAccessManager (small downloads: its connections are kept alive).
    QNetworkRequest networkRequest(const QUrl& url, bool authenticated) const;
    QNetworkAccessManager& network() { return m_network; }

    static CertificateDetails detailsOf(const QSslCertificate& certificate, const QList<QSslError>& errors);
    // What a failed handshake shows the user, from the chain the server sent and the errors.
    static CertificateDetails failureDetails(const QList<QSslCertificate>& chain,
                                             const QList<QSslError>& errors);
    // What a finished transfer's outcome means as an ApiError (nullopt: success). Shared by every
    // stream of the client, JSON calls and downloads alike.
    static std::optional<ApiError> errorOf(int status, QNetworkReply::NetworkError error,
                                           const QString& errorText, const QByteArray& body,
                                           const std::optional<CertificateDetails>& certificate);
    // Keeps the certificate of a failed handshake in `into` (never ignoring the errors).
    static void recordCertificate(QNetworkReply* reply, QObject* context,
                                  std::optional<CertificateDetails>* into);

signals:
    // An authenticated request answered 401: the token is no longer valid.
    void sessionExpired();

private:
    QSslConfiguration tlsConfiguration() const;
    void start(ApiReply* reply);
    void handle(ApiReply* reply, QNetworkReply* network);
    void finish(ApiReply* reply);
    static QByteArray userAgent();

    QNetworkAccessManager m_network;
    QUrl m_server;
    QList<QSslCertificate> m_trusted;
    QByteArray m_token;
    Options m_options;
};

} // namespace mycloud
