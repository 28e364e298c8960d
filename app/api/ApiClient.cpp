#include "ApiClient.h"

#include "core/Identity.h"
#include "domain/Problem.h"

#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "mycloud.api")

namespace mycloud {

namespace {

constexpr int kMaxRedirects = 3;

} // namespace

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
{
    // Redirects within the server's origin only, and a handful at most: Qt would send every header,
    // the token included, to whatever host a redirect names (downloads follow those themselves,
    // without the token: HttpStream, ReplyAttempt).
    m_network.setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

void ApiClient::setServer(const QUrl& server)
{
    m_server = server;
    m_network.clearConnectionCache();
}

void ApiClient::setTrustedCertificates(const QList<QSslCertificate>& certificates)
{
    m_trusted = certificates;
    // Connections made under the old trust must not be reused (nor a failed handshake's state).
    m_network.clearConnectionCache();
    m_network.clearAccessCache();
}

QUrl ApiClient::urlFor(const ApiRequest& request) const
{
    QUrl url = m_server;
    QString base = url.path();
    if (!base.endsWith(u'/'))
        base += u'/';
    url.setPath(base + u"api/v1/"_s + request.path);
    url.setQuery(request.query);
    return url;
}

QSslConfiguration ApiClient::tlsConfiguration() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_trusted.isEmpty())
        tls.addCaCertificates(m_trusted); // in addition to the system's, never instead of verification
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

QNetworkRequest ApiClient::networkRequest(const QUrl& url, bool authenticated) const
{
    QNetworkRequest request(url);
    request.setSslConfiguration(tlsConfiguration());
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept", "application/json, application/problem+json");
    if (authenticated && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    return request;
}

HttpStream::Request ApiClient::streamRequest(const QUrl& url) const
{
    HttpStream::Request request{.url = url,
                                .headers = {{"User-Agent", userAgent()}},
                                .tls = tlsConfiguration(),
                                .timeoutMs = m_options.timeoutMs,
                                .maxRedirects = kMaxRedirects};
    if (!m_token.isEmpty())
        request.addHeader("Authorization", "Bearer " + m_token);
    return request;
}

QByteArray ApiClient::userAgent()
{
    return "MyCloud/" + QByteArray(identity::kVersion);
}

CertificateDetails ApiClient::detailsOf(const QSslCertificate& certificate, const QList<QSslError>& errors)
{
    CertificateDetails details;
    details.subject = certificate.subjectDisplayName();
    details.issuer = certificate.issuerDisplayName();
    details.notBefore = certificate.effectiveDate().toUTC();
    details.notAfter = certificate.expiryDate().toUTC();
    details.sha256Fingerprint
        = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    details.pem = certificate.toPem();
    for (const QSslError& error : errors)
        details.errors.append(error.errorString());
    return details;
}

std::optional<ApiError> ApiClient::errorOf(int status, QNetworkReply::NetworkError error,
                                           const QString& errorText, const QByteArray& body,
                                           const std::optional<CertificateDetails>& certificate)
{
    if (status >= 300) {
        auto problem = JsonCodec::decode<Problem>(body);
        return problem ? ApiError::http(status, problem->code, problem->detail)
                       : ApiError::http(status, QString(), QString::fromUtf8(body.left(200)));
    }
    switch (error) {
    case QNetworkReply::NoError:
        if (status >= 200)
            return std::nullopt;
        return ApiError(ApiError::Kind::BadAnswer, u"unexpected status %1"_s.arg(status));
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::tls(certificate.value_or(CertificateDetails{}), errorText);
    case QNetworkReply::OperationCanceledError: // the transfer timeout fired (our own aborts are told apart)
    case QNetworkReply::TimeoutError: return ApiError(ApiError::Kind::Timeout, errorText);
    default:
        // Refused, unknown host, reset, cut mid-body, no network: the server cannot be reached.
        return ApiError(ApiError::Kind::Offline, errorText);
    }
}

void ApiClient::recordCertificate(QNetworkReply* reply, QObject* context,
                                  std::optional<CertificateDetails>* into)
{
    connect(reply, &QNetworkReply::sslErrors, context, [reply, into](const QList<QSslError>& errors) {
        // Recorded to explain the failure; never ignored, so the handshake fails.
        *into = failureDetails(reply->sslConfiguration().peerCertificateChain(), errors);
    });
}

CertificateDetails ApiClient::failureDetails(const QList<QSslCertificate>& chain,
                                             const QList<QSslError>& errors)
{
    const QSslCertificate certificate = !chain.isEmpty() ? chain.first()
        : errors.isEmpty()                               ? QSslCertificate()
                                                         : errors.first().certificate();
    CertificateDetails details = detailsOf(certificate, errors);
    // What "trust it" stores: the authority at the top of the chain the server sent (a self-hosted
    // server's own CA), so that its next certificates verify too.
    if (!chain.isEmpty())
        details.pem = chain.last().toPem();
    return details;
}

ApiReply* ApiClient::send(ApiRequest request)
{
    auto* reply = new ApiReply(std::move(request), this);
    start(reply);
    return reply;
}

void ApiClient::start(ApiReply* reply)
{
    const ApiRequest& r = reply->m_request;
    QNetworkRequest request = networkRequest(urlFor(r), r.authenticated);
    if (!r.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto& [name, value] : r.headers)
        request.setRawHeader(name, value);
    ++reply->m_attempts;
    QNetworkReply* network = r.verb == "GET" ? m_network.get(request)
        : r.verb == "HEAD"                   ? m_network.head(request)
                                             : m_network.sendCustomRequest(request, r.verb, r.body);
    reply->m_network = network;
    recordCertificate(network, reply, &reply->m_certificate);
    connect(network, &QNetworkReply::finished, reply, [this, reply, network] { handle(reply, network); });
}

void ApiClient::handle(ApiReply* reply, QNetworkReply* network)
{
    network->deleteLater();
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = network->error();
    reply->m_status = status;
    reply->m_body = network->isOpen() ? network->readAll() : QByteArray(); // closed by an abort
    reply->m_headers.clear();
    for (const auto& [name, value] : network->rawHeaderPairs())
        reply->m_headers.insert(name.toLower(), value);

    std::optional<ApiError> failure = reply->m_aborted
        ? ApiError(ApiError::Kind::Cancelled)
        : errorOf(status, error, network->errorString(), reply->m_body, reply->m_certificate);
    if (failure && failure->kind() == ApiError::Kind::Http && status == 401 && reply->m_request.authenticated)
        emit sessionExpired();
    if (failure && failure->kind() == ApiError::Kind::Tls)
        m_network.clearConnectionCache();

    if (failure && failure->isTransient() && reply->m_request.idempotent
        && reply->m_attempts <= m_options.maxRetries) {
        const int delay = m_options.firstBackoffMs << (reply->m_attempts - 1);
        qCInfo(lcApi).noquote() << reply->m_request.verb << reply->m_request.path << "failed ("
                                << failure->detail() << "), retry in" << delay << "ms";
        QTimer::singleShot(delay, reply, [this, reply] {
            if (!reply->m_aborted)
                start(reply);
            else
                finish(reply);
        });
        return;
    }
    reply->m_error = failure;
    if (failure)
        qCInfo(lcApi).noquote() << reply->m_request.verb << reply->m_request.path
                                << "failed:" << failure->detail();
    finish(reply);
}

void ApiClient::finish(ApiReply* reply)
{
    if (reply->m_aborted && !reply->m_error)
        reply->m_error = ApiError(ApiError::Kind::Cancelled);
    reply->m_finished = true;
    emit reply->finished();
}

} // namespace mycloud
