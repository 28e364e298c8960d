// mycloud-server: the reference server of the MyCloud API (docs/openapi.yaml).
#include "admin/AdminCommands.h"
#include "core/Identity.h"
#include "demo/DemoData.h"
#include "files/FileStore.h"
#include "http/ApiServer.h"
#include "mail/Mailer.h"
#include "qr/QrRoutes.h"
#include "repository/AccountRepository.h"
#include "repository/CatalogRepository.h"
#include "repository/ChangeLog.h"
#include "repository/Database.h"
#include "repository/DoeRepository.h"
#include "repository/MaintenanceRepository.h"
#include "repository/QrUnlockRepository.h"
#include "routes/AuthRoutes.h"
#include "routes/CatalogRoutes.h"
#include "routes/ConsultationRoutes.h"
#include "routes/DoeRoutes.h"
#include "routes/MaintenanceRoutes.h"
#include "routes/SyncRoutes.h"
#include "services/ChangeFeed.h"
#include "services/DoeService.h"
#include "services/PasswordHasher.h"
#include "services/RateLimiter.h"
#include "services/SessionService.h"
#include "tls/DemoCertificates.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <csignal>
#include <cstdio>
#include <httplib.h>
#include <openssl/crypto.h>
#include <sodium.h>
#include <thread>

using namespace Qt::StringLiterals;
using namespace mycloud::server;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "mycloud-server: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    // SIGINT/SIGTERM are taken by one thread with sigwait (below) for a graceful stop; block them
    // before any other thread exists so that every thread inherits the mask.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    QCoreApplication app(argc, argv);
    mycloud::identity::apply("mycloud-server");

    // Administration has options of its own; it shares only --data and --database with serve.
    if (app.arguments().value(1) == u"admin") {
        if (!PasswordHasher::initialise())
            return fail(u"libsodium cannot initialise"_s);
        return AdminCommands::run(app.arguments());
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"MyCloud reference server (API %1), built with cpp-httplib %2, libsodium %3, %4.\n\n"
        u"Commands:\n  demo   create the demo data set and its TLS CA in --data\n"
        u"  serve  serve the API over HTTPS\n  admin  accounts, affairs, products, documents (admin --help)"_s
            .arg(QString::fromLatin1(mycloud::identity::kApiVersion), QString::fromLatin1(CPPHTTPLIB_VERSION),
                 QString::fromLatin1(sodium_version_string()),
                 QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, u"demo, serve or admin"_s);
    const QCommandLineOption dataOption(u"data"_s, u"Data directory (database, files, TLS)."_s, u"dir"_s,
                                        u"mycloud-data"_s);
    const QCommandLineOption sizeOption(
        u"size"_s, u"demo: small (2 customers, 14 affairs) or large (2,000 affairs, 100,000 products)."_s,
        u"size"_s, u"small"_s);
    const QCommandLineOption listenOption(u"listen"_s,
                                          u"serve: address and port (port 0 picks a free one)."_s,
                                          u"host:port"_s, u"127.0.0.1:8443"_s);
    const QCommandLineOption certOption(
        u"tls-cert"_s, u"serve: certificate chain (PEM), default DIR/tls/server.pem."_s, u"file"_s);
    const QCommandLineOption keyOption(u"tls-key"_s,
                                       u"serve: private key (PEM), default DIR/tls/server.key."_s, u"file"_s);
    const QCommandLineOption databaseOption(u"database"_s,
                                            u"postgresql://user:pass@host/db instead of SQLite."_s, u"url"_s);
    const QCommandLineOption mailOption(
        u"mail"_s, u"serve: where e-mail goes: smtp://host:port or maildir:DIR (default maildir:DIR/mail)."_s,
        u"spec"_s);
    const QCommandLineOption publicUrlOption(
        u"public-url"_s,
        u"serve: the address users reach, for links in e-mails (default https://HOST:PORT)."_s, u"url"_s);
    parser.addOptions({dataOption, sizeOption, listenOption, certOption, keyOption, databaseOption,
                       mailOption, publicUrlOption});
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (positional.size() != 1 || (command != u"demo" && command != u"serve"))
        return fail(u"give one command: demo or serve (see --help)"_s);
    if (!PasswordHasher::initialise())
        return fail(u"libsodium cannot initialise"_s);

    const QString dataDir = QDir(parser.value(dataOption)).absolutePath();
    if (!QDir().mkpath(dataDir))
        return fail(u"cannot create the data directory %1"_s.arg(dataDir));
    Database database(parser.value(databaseOption), dataDir + u"/mycloud.sqlite"_s);
    if (const auto error = database.open())
        return fail(*error);
    AccountRepository accounts(database);
    CatalogRepository catalog(database);
    FileStore files(dataDir + u"/files"_s);

    if (command == u"demo") {
        const QString size = parser.value(sizeOption);
        if (size != u"small" && size != u"large")
            return fail(u"--size is small or large, not %1"_s.arg(size));
        MaintenanceRepository demoMaintenance(database);
        DemoData demo({database, accounts, catalog, demoMaintenance, files}, dataDir + u"/tmp"_s);
        if (const auto error = demo.seed(size == u"large" ? DemoData::Size::Large : DemoData::Size::Small))
            return fail(u"demo data: %1"_s.arg(*error));
        const QString tlsDir = dataDir + u"/tls"_s;
        if (!QFile::exists(tlsDir + u"/server.pem"_s)) {
            if (const auto error = DemoCertificates::create(tlsDir))
                return fail(*error);
        }
        std::printf("demo data ready in %s: sign in as %s / %s (CA: %s/ca.pem)\n", qPrintable(dataDir),
                    DemoData::kEmail, DemoData::kPassword, qPrintable(tlsDir));
        return 0;
    }

    ApiServer::Options options;
    const QString listen = parser.value(listenOption);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    options.host = listen.left(colon);
    options.port = listen.mid(colon + 1).toInt(&portOk);
    if (colon <= 0 || !portOk || options.port < 0 || options.port > 65535)
        return fail(u"--listen wants host:port, e.g. 127.0.0.1:8443"_s);
    options.certificateChain
        = parser.isSet(certOption) ? parser.value(certOption) : dataDir + u"/tls/server.pem"_s;
    options.privateKey = parser.isSet(keyOption) ? parser.value(keyOption) : dataDir + u"/tls/server.key"_s;
    if (!QFile::exists(options.certificateChain) || !QFile::exists(options.privateKey))
        return fail(
            u"no TLS certificate: give --tls-cert and --tls-key, or run `mycloud-server demo --data %1`"_s
                .arg(dataDir));

    auto mailer = Mailer::create(parser.isSet(mailOption) ? parser.value(mailOption)
                                                          : u"maildir:"_s + dataDir + u"/mail"_s,
                                 u"MyCloud B2EI <no-reply@mycloud.b2ei.fr>"_s);
    if (const auto* error = std::get_if<QString>(&mailer))
        return fail(*error);
    Mailer& mail = *std::get<std::unique_ptr<Mailer>>(mailer);

    SessionService sessions(database, 14LL * 24 * 3600);
    MaintenanceRepository maintenance(database);
    ChangeLog changeLog(database);
    ChangeFeed feed(changeLog, accounts, catalog, maintenance);
    // Failed attempts allowed per quarter of an hour: per account (or QR token), per client address.
    RateLimiter perAccount(10, 15 * 60);
    RateLimiter perAddress(50, 15 * 60);

    Router router;
    AuthRoutes authRoutes(accounts, sessions, mail, {perAccount, perAddress});
    authRoutes.registerOn(router);
    CatalogRoutes catalogRoutes(accounts, catalog, files);
    catalogRoutes.registerOn(router);
    ConsultationRoutes consultationRoutes(accounts, catalog);
    consultationRoutes.registerOn(router);
    MaintenanceRoutes maintenanceRoutes(catalog, maintenance);
    maintenanceRoutes.registerOn(router);
    SyncRoutes syncRoutes(feed, catalog);
    syncRoutes.registerOn(router);
    QrUnlockRepository unlocks(database);
    RateLimiter perToken(10, 15 * 60);
    QrRoutes qrRoutes(catalog, maintenance, unlocks, files, {perToken, perAddress});
    qrRoutes.registerOn(router);
    DoeRepository exports(database);
    DoeService doe({accounts, catalog, exports, files}, mail, dataDir + u"/tmp"_s);
    DoeRoutes doeRoutes(doe, exports, catalog, files);
    doeRoutes.registerOn(router);

    ApiServer server(options, router, sessions);
    if (const auto error = server.bind())
        return fail(*error);
    QString publicUrl = parser.isSet(publicUrlOption)
        ? parser.value(publicUrlOption)
        : u"https://%1:%2"_s.arg(options.host).arg(server.port());
    while (publicUrl.endsWith(u'/'))
        publicUrl.chop(1);
    doe.start(publicUrl);
    std::printf("listening on https://%s:%d\n", qPrintable(options.host), server.port());
    std::fflush(stdout);

    std::thread signalWaiter([&server, stopSignals] {
        int signal = 0;
        sigwait(&stopSignals, &signal);
        server.stop();
    });
    server.run();
    // run() also returns on a listen failure: wake the waiter so that it can be joined.
    pthread_kill(signalWaiter.native_handle(), SIGTERM);
    signalWaiter.join();
    std::fprintf(stderr, "mycloud-server: stopped\n");
    return 0;
}
