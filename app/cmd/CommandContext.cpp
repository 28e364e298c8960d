#include "CommandContext.h"

#include "api/Endpoints.h"
#include "core/SessionVault.h"
#include "doe/OfflineAffairs.h"
#include "domain/JsonFormat.h"
#include "files/FileCache.h"
#include "store/Outbox.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace mycloud {

CommandContext::CommandContext(const QCommandLineParser& parser, const QString& profileDirectory)
    : m_parser(parser)
    , m_positional(parser.positionalArguments())
    , m_profile(profileDirectory)
{ }

CommandContext::~CommandContext() = default;

void CommandContext::say(const QString& line)
{
    std::fprintf(stdout, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stdout);
}

void CommandContext::warn(const QString& message)
{
    std::fprintf(stderr, "mycloudcmd: %s\n", message.toLocal8Bit().constData());
}

int CommandContext::fail(const QString& message)
{
    warn(message);
    return Error;
}

int CommandContext::usage(const QString& message)
{
    std::fprintf(stderr, "mycloudcmd: %s\n%s\n", message.toLocal8Bit().constData(),
                 tr("Run mycloudcmd --help for the commands.").toLocal8Bit().constData());
    return Usage;
}

QString CommandContext::column(const QString& text)
{
    QString flat = text;
    return flat.replace(u'\t', u' ').replace(u'\n', u' ');
}

void CommandContext::waitUntil(const bool& done)
{
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

QByteArray CommandContext::storedToken(SessionVault& vault)
{
    QByteArray token;
    bool loaded = false;
    vault.load([&](QByteArray stored) {
        token = std::move(stored);
        loaded = true;
    });
    waitUntil(loaded);
    return token;
}

bool CommandContext::openStore()
{
    m_store = std::make_unique<Store>(m_profile.storePath());
    auto opened = m_store->open();
    if (!opened) {
        fail(opened.error());
        return false;
    }
    if (opened.value().rebuilt)
        warn(tr("The offline store was damaged; it was set aside (%1) and will be filled again.")
                 .arg(opened.value().movedAsideTo));
    return true;
}

std::optional<QByteArray> CommandContext::signIn(const QString& pass)
{
    ApiReply* reply = m_client.send(Endpoints::login(m_profile.email(), pass));
    waitFor(reply, &ApiReply::finished);
    reply->deleteLater();
    if (reply->error()) {
        fail(reply->error()->message());
        if (const auto& certificate = reply->error()->certificate()) {
            std::fprintf(stderr, "%s\n",
                         tr("Certificate: %1\nIssued by: %2\nValid: %3 to %4\nSHA-256: %5\nTrust its CA with "
                            "--ca PEM.")
                             .arg(certificate->subject, certificate->issuer,
                                  certificate->notBefore.toString(Qt::ISODate),
                                  certificate->notAfter.toString(Qt::ISODate), certificate->sha256Fingerprint)
                             .toLocal8Bit()
                             .constData());
        }
        return std::nullopt;
    }
    const QByteArray token
        = QJsonDocument::fromJson(reply->body()).object().value(u"token"_s).toString().toLatin1();
    if (token.isEmpty()) {
        fail(tr("The server sent no session."));
        return std::nullopt;
    }
    return token;
}

bool CommandContext::ensureSession()
{
    SessionVault vault(m_profile.server().toString(), m_profile.email());
    QByteArray token = storedToken(vault);
    if (token.isEmpty()) {
        const QString pass = qEnvironmentVariable("MYCLOUD_PASSWORD");
        if (pass.isEmpty()) {
            fail(tr("No session for %1: run mycloudcmd login, or set MYCLOUD_PASSWORD.")
                     .arg(m_profile.email()));
            return false;
        }
        const auto signedIn = signIn(pass); // for this run only
        if (!signedIn)
            return false;
        token = *signedIn;
    }
    m_client.setToken(token);
    return true;
}

int CommandContext::syncAndReport(bool wrote)
{
    SyncEngine engine(m_client, *m_store);
    engine.start();
    if (engine.isRunning())
        waitFor(&engine, &SyncEngine::finished);
    auto report = engine.report();
    if (report.status == SyncEngine::Status::SignedOut
        && !qEnvironmentVariable("MYCLOUD_PASSWORD").isEmpty()) {
        if (const auto token = signIn(qEnvironmentVariable("MYCLOUD_PASSWORD"))) {
            m_client.setToken(*token);
            engine.start();
            if (engine.isRunning())
                waitFor(&engine, &SyncEngine::finished);
            report = engine.report();
        }
    }
    const int queued = Outbox(*m_store).count();
    switch (report.status) {
    case SyncEngine::Status::Ok:
        if (report.conflicts > 0)
            warn(tr("%n change(s) conflicted with the server: see mycloudcmd status.", nullptr,
                    report.conflicts));
        say(tr("Synchronised: %n change(s) received.", nullptr, int(report.changes)));
        return keepOffline();
    case SyncEngine::Status::Offline:
        warn(report.message);
        return queued > 0 || wrote ? OfflineQueued : Error;
    case SyncEngine::Status::SignedOut:
    case SyncEngine::Status::Failed: return fail(report.message);
    }
    return Error;
}

int CommandContext::keepOffline()
{
    if (offline().pinned().isEmpty())
        return Ok;
    offline().refresh();
    waitFor(&offline(), &OfflineAffairs::idle);
    if (const auto& error = offline().lastError())
        return fail(tr("Some documents of the affairs available offline could not be downloaded: %1")
                        .arg(error->message()));
    return Ok;
}

std::optional<QUuid> CommandContext::resolveAffair(const QString& idOrReference)
{
    if (const auto id = JsonFormat::parseUuid(idOrReference))
        return id;
    for (const Affair& a : m_store->affairs())
        if (a.reference.compare(idOrReference, Qt::CaseInsensitive) == 0)
            return a.id;
    return std::nullopt;
}

std::optional<QUuid> CommandContext::resolveProduct(const QString& idOrReference)
{
    if (const auto id = JsonFormat::parseUuid(idOrReference))
        return id;
    for (const Product& p : m_store->searchProducts(idOrReference, 50))
        if (p.reference.compare(idOrReference, Qt::CaseInsensitive) == 0)
            return p.id;
    return std::nullopt;
}

FileCache& CommandContext::files()
{
    if (!m_files) {
        m_files = std::make_unique<FileCache>(m_client, m_profile.filesDirectory());
        if (const auto error = m_files->open())
            warn(error->message());
    }
    return *m_files;
}

OfflineAffairs& CommandContext::offline()
{
    if (!m_offline)
        m_offline = std::make_unique<OfflineAffairs>(*m_store, files());
    return *m_offline;
}

} // namespace mycloud
