#pragma once

#include "Router.h"

#include <QLoggingCategory>
#include <QString>

#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace httplib {
class Server;
class SSLServer;
struct Request;
struct Response;
} // namespace httplib

namespace mycloud::server {

class SessionService;

// The HTTPS front: TLS 1.2+ with the given certificate chain, one dispatch into our Router,
// bearer authentication for customer routes, problem+json for every error, an access log.
class ApiServer final
{
public:
    struct Options
    {
        QString host = QStringLiteral("127.0.0.1");
        int port = 8443; // 0 picks a free port
        QString certificateChain;
        QString privateKey;
        size_t maxBodyBytes = 1 << 20;
    };

    ApiServer(Options options, Router& router, SessionService& sessions);
    ~ApiServer();

    std::optional<QString> bind(); // error message, or nullopt when listening
    int port() const { return m_port; }
    void run(); // serves until stop(); blocking
    void stop(); // thread-safe

private:
    void dispatch(const httplib::Request& req, httplib::Response& res);
    void configure(httplib::Server& server); // error pages, exceptions, access log
    std::optional<QString> listenOn(httplib::Server& server);

    Options m_options;
    Router& m_router;
    SessionService& m_sessions;
    std::unique_ptr<httplib::SSLServer> m_server;
    int m_port = 0;
};

} // namespace mycloud::server
