#include "SessionCommands.h"

#include "api/Endpoints.h"
#include "core/SessionVault.h"
#include "doe/OfflineAffairs.h"
#include "domain/JsonFormat.h"
#include "store/Outbox.h"
#include "store/Store.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace mycloud {

SessionCommands::SessionCommands(CommandContext& context)
    : m_context(context)
{ }

QString SessionCommands::password()
{
    const QString fromEnvironment = qEnvironmentVariable("MYCLOUD_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QTextStream(stdin).readLine();
}

int SessionCommands::login()
{
    const QUrl server(m_context.option(u"server"_s));
    const QString email = m_context.option(u"email"_s).trimmed();
    if (!server.isValid() || server.scheme() != u"https" || email.isEmpty())
        return m_context.usage(tr("login needs --server https://… and --email."));
    QString error;
    if (!m_context.profile().remember(server, email, m_context.option(u"ca"_s), &error))
        return m_context.fail(error);
    ApiClient& client = m_context.client();
    client.setServer(server);
    client.setTrustedCertificates(m_context.profile().trustedCertificates());
    const auto token = m_context.signIn(password());
    if (!token)
        return Error;
    SessionVault vault(server.toString(), email);
    bool stored = false;
    bool persisted = false;
    vault.store(*token, [&](bool ok) {
        persisted = ok;
        stored = true;
    });
    CommandContext::waitUntil(stored);
    if (!persisted)
        m_context.warn(
            tr("No keychain answers on this machine: the session is not kept. Set MYCLOUD_PASSWORD "
               "for the next commands."));
    m_context.say(tr("Signed in as %1.").arg(email));
    client.setToken(*token);
    if (!m_context.openStore())
        return Error;
    return m_context.syncAndReport(false);
}

int SessionCommands::logout()
{
    SessionVault vault(m_context.profile().server().toString(), m_context.profile().email());
    const QByteArray token = CommandContext::storedToken(vault);
    if (!token.isEmpty()) {
        ApiClient& client = m_context.client();
        client.setToken(token);
        ApiReply* reply = client.send(Endpoints::logout()); // best effort: the token dies on the server
        CommandContext::waitFor(reply, &ApiReply::finished);
        reply->deleteLater();
    }
    bool erased = false;
    vault.erase([&] { erased = true; });
    CommandContext::waitUntil(erased);
    m_context.say(tr("Signed out."));
    return Ok;
}

int SessionCommands::sync()
{
    if (!m_context.openStore() || !m_context.ensureSession())
        return Error;
    return m_context.syncAndReport(false);
}

int SessionCommands::status()
{
    if (!m_context.openStore())
        return Error;
    Store& store = m_context.store();
    const Profile& profile = m_context.profile();
    Outbox outbox(store);
    const QString last = store.meta(QString::fromLatin1(Store::kLastSync));
    m_context.say(tr("Server: %1").arg(profile.server().toString()));
    m_context.say(tr("Account: %1").arg(profile.email()));
    m_context.say(tr("Last sync: %1").arg(last.isEmpty() ? tr("never") : last));
    m_context.say(tr("Queued changes: %1").arg(outbox.count()));
    const auto conflicts = outbox.conflicts();
    m_context.say(tr("Conflicts: %1").arg(conflicts.size()));
    for (const Outbox::Conflict& c : conflicts)
        m_context.say(
            u"  %1\t%2\t%3"_s.arg(Outbox::kindToString(c.kind), c.target, CommandContext::column(c.message)));
    const QList<QUuid> pinned = m_context.offline().pinned();
    m_context.say(tr("Available offline: %1").arg(pinned.size()));
    for (const QUuid& id : pinned) {
        const auto affair = store.affair(id);
        m_context.say(u"  %1\t%2"_s.arg(affair ? affair->reference : JsonFormat::formatUuid(id),
                                        affair ? CommandContext::column(affair->name) : QString()));
    }
    return Ok;
}

} // namespace mycloud
