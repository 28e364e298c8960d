#include "ApiServer.h"

#include "HttpReply.h"
#include "services/SessionService.h"

#include <httplib.h>
#include <openssl/ssl.h>
#include <variant>

Q_LOGGING_CATEGORY(lcHttp, "mycloud.server.http")

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

QString bearerToken(const httplib::Request& req)
{
    // The scheme name is case-insensitive (RFC 9110 §11.1).
    const QString header = QString::fromStdString(req.get_header_value("Authorization"));
    if (!header.startsWith(u"bearer "_s, Qt::CaseInsensitive))
        return {};
    return header.mid(7).trimmed();
}

// cpp-httplib 0.11 compresses with Brotli at its highest quality when a client accepts "br" (Qt
// does): 270 ms for a 250 KB page of the changes feed instead of 2 ms with gzip, which shrinks it
// six-fold anyway. The server offers gzip only; httplib reads the header after the handler ran.
void keepCompressionCheap(const httplib::Request& req)
{
    auto& headers = const_cast<httplib::Headers&>(req.headers);
    const auto accepted = headers.find("Accept-Encoding");
    if (accepted == headers.end() || accepted->second.find("br") == std::string::npos)
        return;
    const bool gzip = accepted->second.find("gzip") != std::string::npos;
    headers.erase(accepted);
    if (gzip)
        headers.emplace("Accept-Encoding", "gzip");
}

} // namespace

ApiServer::ApiServer(Options options, Router& router, SessionService& sessions)
    : m_options(std::move(options))
    , m_router(router)
    , m_sessions(sessions)
{ }

ApiServer::~ApiServer() = default;

std::optional<QString> ApiServer::bind()
{
    const QByteArray chain = m_options.certificateChain.toLocal8Bit();
    const QByteArray key = m_options.privateKey.toLocal8Bit();
    QString tlsError;
    m_server = std::make_unique<httplib::SSLServer>([&](SSL_CTX& ctx) {
        SSL_CTX_set_min_proto_version(&ctx, TLS1_2_VERSION);
        SSL_CTX_set_options(&ctx, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION);
        if (SSL_CTX_use_certificate_chain_file(&ctx, chain.constData()) != 1) {
            tlsError = u"cannot read the certificate chain %1"_s.arg(m_options.certificateChain);
            return false;
        }
        if (SSL_CTX_use_PrivateKey_file(&ctx, key.constData(), SSL_FILETYPE_PEM) != 1
            || SSL_CTX_check_private_key(&ctx) != 1) {
            tlsError = u"cannot use the private key %1 with that certificate"_s.arg(m_options.privateKey);
            return false;
        }
        return true;
    });
    if (!m_server->is_valid())
        return tlsError.isEmpty() ? u"TLS set-up failed"_s : tlsError;

    auto& server = *m_server;
    server.set_payload_max_length(m_options.maxBodyBytes);
    server.set_keep_alive_max_count(1000);
    // Small answers must leave at once: with Nagle on, each waits for the client's delayed ACK
    // (about 40 ms per request, measured by bench/server/run.sh).
    server.set_tcp_nodelay(true);
    // A keep-alive connection holds its worker thread: enough workers for a busy office behind a
    // few sync clients, each with a download in flight.
    server.new_task_queue = [] { return new httplib::ThreadPool(32); };
    server.set_read_timeout(30, 0);
    server.set_default_headers({{"X-Content-Type-Options", "nosniff"}});

    auto handler = [this](const httplib::Request& req, httplib::Response& res) {
        keepCompressionCheap(req);
        dispatch(req, res);
        // httplib applies a request's Range to whatever body goes back: an error must go whole.
        if (res.status >= 300)
            const_cast<httplib::Ranges&>(req.ranges).clear();
    };
    server.Get(".*", handler);
    server.Post(".*", handler);
    server.Put(".*", handler);
    server.Delete(".*", handler);
    server.Patch(".*", handler);
    configure(server);
    return listenOn(server);
}

void ApiServer::dispatch(const httplib::Request& req, httplib::Response& res)
{
    {
        const auto match
            = m_router.match(QString::fromStdString(req.method), QString::fromStdString(req.path));
        if (const auto* miss = std::get_if<Router::Miss>(&match)) {
            if (miss->methodNotAllowed) {
                res.set_header("Allow", miss->allowed.join(u", "_s).toStdString());
                HttpReply::problem(res, 405, u"bad_request"_s, u"This method is not allowed here."_s);
            } else {
                // Worded apart from a handler's 404 so that a test can tell an unrouted path.
                HttpReply::problem(res, 404, u"not_found"_s, u"There is no such route on this server."_s);
            }
            return;
        }
        const auto& found = std::get<Router::Match>(match);
        RouteContext context{found.params, {}, {}};
        if (found.access == Router::Access::Customer) {
            const auto session = m_sessions.authenticate(bearerToken(req));
            if (!session) {
                res.set_header("WWW-Authenticate", R"(Bearer realm="mycloud")");
                HttpReply::problem(res, 401, u"unauthorized"_s,
                                   u"Sign in again: the session is missing or expired."_s);
                return;
            }
            context.customerId = session->customerId;
            context.tokenHash = session->tokenHash;
        }
        (*found.handler)(req, res, context);
    }
}

void ApiServer::configure(httplib::Server& server)
{
    // Errors httplib produces itself (malformed request, body too large, bad range) get a problem body.
    server.set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
            if (!res.body.empty() || res.content_length_ > 0)
                return httplib::Server::HandlerResponse::Unhandled;
            switch (res.status) {
            case 413:
                HttpReply::problem(res, 413, u"payload_too_large"_s, u"The request body is too large."_s);
                break;
            case 416:
                HttpReply::problem(res, 416, u"range_not_satisfiable"_s,
                                   u"The requested range is not satisfiable."_s);
                break;
            case 404: HttpReply::problem(res, 404, u"not_found"_s, u"No such resource."_s); break;
            default:
                if (res.status >= 500)
                    HttpReply::problem(res, res.status, u"internal"_s, u"The server failed."_s);
                else
                    HttpReply::problem(res, res.status, u"bad_request"_s, u"The request is malformed."_s);
            }
            return httplib::Server::HandlerResponse::Handled;
        }));
    server.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr) {
        qCCritical(lcHttp) << "handler threw on" << req.method.c_str() << req.path.c_str();
        HttpReply::problem(res, 500, u"internal"_s, u"The server failed."_s);
    });
    server.set_logger([](const httplib::Request& req, const httplib::Response& res) {
        qCInfo(lcHttp).noquote() << QString::fromStdString(req.remote_addr)
                                 << QString::fromStdString(req.method) << QString::fromStdString(req.path)
                                 << res.status;
    });
}

std::optional<QString> ApiServer::listenOn(httplib::Server& server)
{
    const std::string host = m_options.host.toStdString();
    if (m_options.port == 0) {
        m_port = server.bind_to_any_port(host);
        if (m_port <= 0)
            return u"cannot listen on %1"_s.arg(m_options.host);
    } else {
        if (!server.bind_to_port(host, m_options.port))
            return u"cannot listen on %1:%2 (in use, or not allowed)"_s.arg(m_options.host)
                .arg(m_options.port);
        m_port = m_options.port;
    }
    return std::nullopt;
}

void ApiServer::run()
{
    m_server->listen_after_bind();
}

void ApiServer::stop()
{
    if (m_server)
        m_server->stop();
}

} // namespace mycloud::server
