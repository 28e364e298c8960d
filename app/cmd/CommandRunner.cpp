#include "CommandRunner.h"

#include "api/Endpoints.h"
#include "core/SessionVault.h"
#include "doe/DoeBuilder.h"
#include "doe/DoeOrder.h"
#include "doe/OfflineAffairs.h"
#include "domain/JsonFormat.h"
#include "files/DownloadJob.h"
#include "files/FileCache.h"
#include "qr/QrDecoder.h"
#include "qr/QrResolver.h"
#include "store/Outbox.h"
#include "store/Store.h"
#include "sync/Actions.h"
#include "sync/SyncEngine.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

// Waits for an object's signal in a local loop: a command line has nothing else to do meanwhile.
template <class Sender, class Signal> void waitFor(Sender* sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

QString column(const QString& text)
{
    QString flat = text;
    return flat.replace(u'\t', u' ').replace(u'\n', u' ');
}

// A scanned code is anyone's text: its control and format characters (terminal escapes, line
// breaks, tabs, bidi overrides) must not reach the terminal or split a column.
QString printable(const QString& text)
{
    QString out = text;
    for (QChar& c : out)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar::ReplacementCharacter;
    return out;
}

QString outcomeName(QrResolver::Outcome outcome)
{
    switch (outcome) {
    case QrResolver::Outcome::Found: return u"found"_s;
    case QrResolver::Outcome::NotOurs: return u"not-ours"_s;
    case QrResolver::Outcome::NotALabel: return u"not-a-label"_s;
    case QrResolver::Outcome::Unreachable: return u"unreachable"_s;
    case QrResolver::Outcome::Failed: return u"failed"_s;
    }
    return {};
}

QrResolver::Resolution resolveNow(QrResolver& resolver, const QrLink& link)
{
    QrResolver::Resolution resolution;
    QEventLoop loop;
    QObject::connect(&resolver, &QrResolver::resolved, &loop, [&](const QrResolver::Resolution& r) {
        resolution = r;
        loop.quit();
    });
    resolver.resolve(link);
    loop.exec();
    return resolution;
}

} // namespace

CommandRunner::CommandRunner() = default;
CommandRunner::~CommandRunner() = default;

void CommandRunner::say(const QString& line)
{
    std::fprintf(stdout, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stdout);
}

int CommandRunner::usage(const QString& message)
{
    std::fprintf(stderr, "mycloudcmd: %s\n%s\n", message.toLocal8Bit().constData(),
                 tr("Run mycloudcmd --help for the commands.").toLocal8Bit().constData());
    return Usage;
}

int CommandRunner::fail(const QString& message)
{
    std::fprintf(stderr, "mycloudcmd: %s\n", message.toLocal8Bit().constData());
    return Error;
}

QString CommandRunner::password()
{
    const QString fromEnvironment = qEnvironmentVariable("MYCLOUD_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QTextStream(stdin).readLine();
}

int CommandRunner::run(const QStringList& arguments)
{
    m_parser.setApplicationDescription(
        tr("MyCloud Desktop from the command line.\n\n"
           "Commands:\n"
           "  login --server URL [--ca PEM] --email E   sign in (password from MYCLOUD_PASSWORD or stdin)\n"
           "  logout                                   sign out and forget the session\n"
           "  sync                                     send queued changes, then fetch the server's\n"
           "  status                                   last sync, queued changes, conflicts\n"
           "  ls affairs [--search Q]\n"
           "  ls products AFFAIR [--search Q]          AFFAIR: id or reference\n"
           "  ls documents PRODUCT                     PRODUCT: id or reference\n"
           "  get DOCUMENT --out PATH\n"
           "  task add PRODUCT --description D [--priority] [--requester-company C]\n"
           "           [--requester-last-name L] [--requester-first-name F]\n"
           "  task validate TASK --date YYYY-MM-DD [--performer-company C] [--performer-last-name L]\n"
           "           [--performer-first-name F] [--work-done W] [--comment C]\n"
           "  note add PRODUCT --date YYYY-MM-DD [--task-description T] [--work-done W] [--comment C]\n"
           "           [--performer-… as above] [--requester-… as above]\n"
           "  scan IMAGE...                            the codes in images and the products they open\n"
           "  doe AFFAIR --out FILE.zip [--kinds photo,schematic,quality,misc] [--products REF,...]\n"
           "           [--latest-only]                 build the affair's DOE package from the cache\n"
           "  pin AFFAIR                               keep every document of the affair offline\n"
           "  unpin AFFAIR                             stop keeping it offline\n\n"
           "Exit codes: 0 done, 1 error (scan: no code in any image), 2 usage, 3 offline with the change "
           "queued."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(u"command"_s, tr("What to do (see above)."));
    for (const auto& [name, value] :
         std::initializer_list<std::pair<QString, QString>>{{u"profile"_s, u"dir"_s},
                                                            {u"server"_s, u"url"_s},
                                                            {u"ca"_s, u"pem"_s},
                                                            {u"email"_s, u"e-mail"_s},
                                                            {u"search"_s, u"text"_s},
                                                            {u"out"_s, u"path"_s},
                                                            {u"description"_s, u"text"_s},
                                                            {u"requester-company"_s, u"name"_s},
                                                            {u"requester-last-name"_s, u"name"_s},
                                                            {u"requester-first-name"_s, u"name"_s},
                                                            {u"performer-company"_s, u"name"_s},
                                                            {u"performer-last-name"_s, u"name"_s},
                                                            {u"performer-first-name"_s, u"name"_s},
                                                            {u"date"_s, u"yyyy-mm-dd"_s},
                                                            {u"work-done"_s, u"text"_s},
                                                            {u"comment"_s, u"text"_s},
                                                            {u"task-description"_s, u"text"_s},
                                                            {u"kinds"_s, u"list"_s},
                                                            {u"products"_s, u"list"_s}})
        m_parser.addOption(QCommandLineOption(name, QString(), value));
    m_parser.addOption(QCommandLineOption(u"priority"_s, tr("A priority task.")));
    m_parser.addOption(
        QCommandLineOption(u"latest-only"_s, tr("Schematics: only the latest valid revision.")));
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(u"help"_s)) {
        std::fprintf(stdout, "%s", m_parser.helpText().toLocal8Bit().constData());
        return Ok;
    }
    if (m_parser.isSet(u"version"_s)) {
        m_parser.showVersion();
    }
    m_positional = m_parser.positionalArguments();
    if (m_positional.isEmpty())
        return usage(tr("Give a command."));
    m_profile = std::make_unique<Profile>(m_parser.isSet(u"profile"_s) ? m_parser.value(u"profile"_s)
                                                                       : Profile::defaultDirectory());
    const QString command = m_positional.first();
    static const QStringList known{u"login"_s, u"logout"_s, u"sync"_s, u"status"_s, u"ls"_s,  u"get"_s,
                                   u"task"_s,  u"note"_s,   u"scan"_s, u"doe"_s,    u"pin"_s, u"unpin"_s};
    if (!known.contains(command))
        return usage(tr("Unknown command: %1").arg(command));
    if (command == u"login")
        return login();
    if (!m_profile->isConfigured())
        return fail(tr("Not signed in: run mycloudcmd login --server URL --email E first."));
    m_client.setServer(m_profile->server());
    m_client.setTrustedCertificates(m_profile->trustedCertificates());
    if (command == u"logout")
        return logout();
    if (command == u"sync")
        return sync();
    if (command == u"status")
        return status();
    if (command == u"ls")
        return list();
    if (command == u"get")
        return get();
    if (command == u"task")
        return task();
    if (command == u"scan")
        return scan();
    if (command == u"doe")
        return doe();
    if (command == u"pin" || command == u"unpin")
        return pin(command == u"pin");
    return note();
}

bool CommandRunner::openStore()
{
    m_store = std::make_unique<Store>(m_profile->storePath());
    auto opened = m_store->open();
    if (!opened) {
        fail(opened.error());
        return false;
    }
    if (opened.value().rebuilt)
        std::fprintf(stderr, "mycloudcmd: %s\n",
                     tr("The offline store was damaged; it was set aside (%1) and will be filled again.")
                         .arg(opened.value().movedAsideTo)
                         .toLocal8Bit()
                         .constData());
    return true;
}

std::optional<QByteArray> CommandRunner::signIn(const QString& pass)
{
    ApiReply* reply = m_client.send(Endpoints::login(m_profile->email(), pass));
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

bool CommandRunner::ensureSession()
{
    SessionVault vault(m_profile->server().toString(), m_profile->email());
    QByteArray token;
    bool loaded = false;
    vault.load([&](QByteArray stored) {
        token = std::move(stored);
        loaded = true;
    });
    while (!loaded)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (token.isEmpty()) {
        const QString pass = qEnvironmentVariable("MYCLOUD_PASSWORD");
        if (pass.isEmpty()) {
            fail(tr("No session for %1: run mycloudcmd login, or set MYCLOUD_PASSWORD.")
                     .arg(m_profile->email()));
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

int CommandRunner::login()
{
    const QUrl server(m_parser.value(u"server"_s));
    const QString email = m_parser.value(u"email"_s).trimmed();
    if (!server.isValid() || server.scheme() != u"https" || email.isEmpty())
        return usage(tr("login needs --server https://… and --email."));
    QString error;
    if (!m_profile->remember(server, email, m_parser.value(u"ca"_s), &error))
        return fail(error);
    m_client.setServer(server);
    m_client.setTrustedCertificates(m_profile->trustedCertificates());
    const auto token = signIn(password());
    if (!token)
        return Error;
    SessionVault vault(server.toString(), email);
    bool stored = false;
    bool persisted = false;
    vault.store(*token, [&](bool ok) {
        persisted = ok;
        stored = true;
    });
    while (!stored)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!persisted)
        std::fprintf(
            stderr, "mycloudcmd: %s\n",
            tr("No keychain answers on this machine: the session is not kept. Set MYCLOUD_PASSWORD for "
               "the next commands.")
                .toLocal8Bit()
                .constData());
    say(tr("Signed in as %1.").arg(email));
    m_client.setToken(*token);
    if (!openStore())
        return Error;
    return syncAndReport(false);
}

int CommandRunner::logout()
{
    SessionVault vault(m_profile->server().toString(), m_profile->email());
    bool loaded = false;
    QByteArray token;
    vault.load([&](QByteArray stored) {
        token = std::move(stored);
        loaded = true;
    });
    while (!loaded)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!token.isEmpty()) {
        m_client.setToken(token);
        ApiReply* reply = m_client.send(Endpoints::logout()); // best effort: the token dies on the server
        waitFor(reply, &ApiReply::finished);
        reply->deleteLater();
    }
    bool erased = false;
    vault.erase([&] { erased = true; });
    while (!erased)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    say(tr("Signed out."));
    return Ok;
}

int CommandRunner::syncAndReport(bool wrote)
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
            std::fprintf(stderr, "mycloudcmd: %s\n",
                         tr("%n change(s) conflicted with the server: see mycloudcmd status.", nullptr,
                            report.conflicts)
                             .toLocal8Bit()
                             .constData());
        say(tr("Synchronised: %n change(s) received.", nullptr, int(report.changes)));
        return keepOffline();
    case SyncEngine::Status::Offline:
        std::fprintf(stderr, "mycloudcmd: %s\n", report.message.toLocal8Bit().constData());
        return queued > 0 || wrote ? OfflineQueued : Error;
    case SyncEngine::Status::SignedOut:
    case SyncEngine::Status::Failed: return fail(report.message);
    }
    return Error;
}

int CommandRunner::sync()
{
    if (!openStore() || !ensureSession())
        return Error;
    return syncAndReport(false);
}

int CommandRunner::status()
{
    if (!openStore())
        return Error;
    Outbox outbox(*m_store);
    const QString last = m_store->meta(QString::fromLatin1(Store::kLastSync));
    say(tr("Server: %1").arg(m_profile->server().toString()));
    say(tr("Account: %1").arg(m_profile->email()));
    say(tr("Last sync: %1").arg(last.isEmpty() ? tr("never") : last));
    say(tr("Queued changes: %1").arg(outbox.count()));
    const auto conflicts = outbox.conflicts();
    say(tr("Conflicts: %1").arg(conflicts.size()));
    for (const Outbox::Conflict& c : conflicts)
        say(u"  %1\t%2\t%3"_s.arg(Outbox::kindToString(c.kind), c.target, column(c.message)));
    const QList<QUuid> pinned = offline().pinned();
    say(tr("Available offline: %1").arg(pinned.size()));
    for (const QUuid& id : pinned) {
        const auto affair = m_store->affair(id);
        say(u"  %1\t%2"_s.arg(affair ? affair->reference : JsonFormat::formatUuid(id),
                              affair ? column(affair->name) : QString()));
    }
    return Ok;
}

std::optional<QUuid> CommandRunner::resolveAffair(const QString& idOrReference)
{
    if (const auto id = JsonFormat::parseUuid(idOrReference))
        return id;
    for (const Affair& a : m_store->affairs())
        if (a.reference.compare(idOrReference, Qt::CaseInsensitive) == 0)
            return a.id;
    return std::nullopt;
}

std::optional<QUuid> CommandRunner::resolveProduct(const QString& idOrReference)
{
    if (const auto id = JsonFormat::parseUuid(idOrReference))
        return id;
    for (const Product& p : m_store->searchProducts(idOrReference, 50))
        if (p.reference.compare(idOrReference, Qt::CaseInsensitive) == 0)
            return p.id;
    return std::nullopt;
}

int CommandRunner::list()
{
    if (!openStore())
        return Error;
    const QString what = m_positional.value(1);
    const QString search = m_parser.value(u"search"_s);
    if (what == u"affairs") {
        for (const Affair& a : m_store->affairs(search))
            say(u"%1\t%2\t%3\t%4\t%5"_s.arg(JsonFormat::formatUuid(a.id), column(a.reference), column(a.name),
                                            column(a.client), column(a.site)));
        return Ok;
    }
    if (what == u"products") {
        const auto affair = resolveAffair(m_positional.value(2));
        if (!affair)
            return usage(tr("ls products needs an affair id or reference."));
        for (const Product& p : m_store->products(*affair, search))
            say(u"%1\t%2\t%3\t%4"_s.arg(JsonFormat::formatUuid(p.id), column(p.reference), column(p.name),
                                        column(p.serialNumber)));
        return Ok;
    }
    if (what == u"documents") {
        const auto product = resolveProduct(m_positional.value(2));
        if (!product)
            return usage(tr("ls documents needs a product id or reference."));
        for (const Document& d : m_store->documents(*product))
            say(u"%1\t%2\t%3\t%4\t%5\t%6"_s.arg(JsonFormat::formatUuid(d.id), documentKindToString(d.kind))
                    .arg(d.revision)
                    .arg(d.valid ? u"valid"_s : u"-"_s, column(d.title), column(d.fileName)));
        return Ok;
    }
    return usage(tr("ls affairs, ls products AFFAIR or ls documents PRODUCT."));
}

int CommandRunner::get()
{
    if (!openStore())
        return Error;
    const auto id = JsonFormat::parseUuid(m_positional.value(1));
    const QString out = m_parser.value(u"out"_s);
    if (!id || out.isEmpty())
        return usage(tr("get needs a document id and --out PATH."));
    const auto document = m_store->document(*id);
    if (!document)
        return fail(tr("No document %1 in the offline store: sync first.").arg(m_positional.value(1)));
    FileCache& cache = files();
    DownloadJob* job = cache.fetch(*document);
    // Served from the cache without a session when it is there (offline included).
    if (!job->isFinished()) {
        job->deleteLater();
        if (!ensureSession())
            return Error;
        job = cache.fetch(*document);
    }
    if (!job->isFinished())
        waitFor(job, &DownloadJob::finished);
    if (job->error())
        return fail(job->error()->message());
    // A copy next to the target, then renamed: an interrupted copy never leaves half a file at PATH.
    const QString partial = out + u".part"_s;
    QFile::remove(partial);
    if (!QFile::copy(job->path(), partial) || (QFile::exists(out) && !QFile::remove(out))
        || !QFile::rename(partial, out)) {
        QFile::remove(partial);
        return fail(tr("Cannot write %1.").arg(out));
    }
    say(out);
    return Ok;
}

int CommandRunner::task()
{
    if (!openStore())
        return Error;
    Actions actions(*m_store);
    const QString sub = m_positional.value(1);
    if (sub == u"add") {
        const auto product = resolveProduct(m_positional.value(2));
        const QString description = m_parser.value(u"description"_s).trimmed();
        if (!product || description.isEmpty())
            return usage(tr("task add needs a product and --description."));
        if (!m_store->product(*product))
            return fail(tr("No product %1 in the offline store: sync first.").arg(m_positional.value(2)));
        const Person requester{m_parser.value(u"requester-company"_s),
                               m_parser.value(u"requester-last-name"_s),
                               m_parser.value(u"requester-first-name"_s)};
        const auto id = actions.addTask(*product, description, m_parser.isSet(u"priority"_s), requester);
        if (!id)
            return fail(tr("The task could not be stored."));
        say(JsonFormat::formatUuid(*id));
    } else if (sub == u"validate") {
        const auto id = JsonFormat::parseUuid(m_positional.value(2));
        const QDate date = QDate::fromString(m_parser.value(u"date"_s), Qt::ISODate);
        if (!id || !date.isValid())
            return usage(tr("task validate needs a task id and --date YYYY-MM-DD."));
        const Person performer{m_parser.value(u"performer-company"_s),
                               m_parser.value(u"performer-last-name"_s),
                               m_parser.value(u"performer-first-name"_s)};
        if (!actions.validateTask(*id, performer, date, m_parser.value(u"work-done"_s),
                                  m_parser.value(u"comment"_s)))
            return fail(tr("No task %1 in the offline store.").arg(m_positional.value(2)));
    } else {
        return usage(tr("task add or task validate."));
    }
    if (!ensureSession())
        return OfflineQueued; // stored and queued: the next command that reaches the server sends it
    return syncAndReport(true);
}

int CommandRunner::note()
{
    if (!openStore())
        return Error;
    if (m_positional.value(1) != u"add")
        return usage(tr("note add PRODUCT …"));
    const auto product = resolveProduct(m_positional.value(2));
    const QDate date = QDate::fromString(m_parser.value(u"date"_s), Qt::ISODate);
    if (!product || !date.isValid())
        return usage(tr("note add needs a product and --date YYYY-MM-DD."));
    MaintenanceNote n;
    n.productId = *product;
    n.requester = {m_parser.value(u"requester-company"_s), m_parser.value(u"requester-last-name"_s),
                   m_parser.value(u"requester-first-name"_s)};
    n.performer = {m_parser.value(u"performer-company"_s), m_parser.value(u"performer-last-name"_s),
                   m_parser.value(u"performer-first-name"_s)};
    n.performedAt = date;
    n.taskDescription = m_parser.value(u"task-description"_s);
    n.workDone = m_parser.value(u"work-done"_s);
    n.comment = m_parser.value(u"comment"_s);
    const auto id = Actions(*m_store).addNote(n);
    if (!id)
        return fail(tr("The note could not be stored."));
    say(JsonFormat::formatUuid(*id));
    if (!ensureSession())
        return OfflineQueued;
    return syncAndReport(true);
}

// One line per code: IMAGE, status, product id (when found), the code's text, a sentence. Labels
// resolve from the offline store first; the server is asked (with a session) only for the rest.
int CommandRunner::scan()
{
    const QStringList images = m_positional.mid(1);
    if (images.isEmpty())
        return usage(tr("scan needs one or more image files."));
    if (!openStore())
        return Error;
    QrResolver resolver(m_client, *m_store);
    const QStringList ourHosts{m_profile->server().host()};
    const QrDecoder decoder;
    bool sessionTried = false;
    bool anyCode = false;
    for (const QString& image : images) {
        const auto decoded = decoder.decodeFile(image);
        if (!decoded) {
            std::fprintf(stderr, "mycloudcmd: %s\n",
                         printable(decoded.error().message()).toLocal8Bit().constData());
            continue;
        }
        if (decoded->isEmpty())
            say(u"%1\tno-code\t\t\t%2"_s.arg(printable(image), tr("No code found.")));
        for (const QrCode& code : *decoded) {
            anyCode = true;
            const QrLink link = QrLink::parse(code.text, ourHosts);
            auto resolution = resolveNow(resolver, link);
            const bool signedOut = resolution.error && resolution.error->kind() == ApiError::Kind::Http
                && resolution.error->status() == 401;
            if (signedOut && !sessionTried) { // not in the store: now a session is worth getting
                sessionTried = true;
                if (ensureSession())
                    resolution = resolveNow(resolver, link);
            }
            const QString product = resolution.outcome == QrResolver::Outcome::Found
                ? JsonFormat::formatUuid(resolution.product.id)
                : QString();
            say(u"%1\t%2\t%3\t%4\t%5"_s.arg(printable(image), outcomeName(resolution.outcome), product,
                                            printable(code.text), printable(resolution.message())));
        }
    }
    return anyCode ? Ok : Error;
}

FileCache& CommandRunner::files()
{
    if (!m_files) {
        m_files = std::make_unique<FileCache>(m_client, m_profile->filesDirectory());
        if (const auto error = m_files->open())
            std::fprintf(stderr, "mycloudcmd: %s\n", error->message().toLocal8Bit().constData());
    }
    return *m_files;
}

OfflineAffairs& CommandRunner::offline()
{
    if (!m_offline)
        m_offline = std::make_unique<OfflineAffairs>(*m_store, files());
    return *m_offline;
}

int CommandRunner::keepOffline()
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

std::optional<QUuid> CommandRunner::affairArgument()
{
    const auto id = resolveAffair(m_positional.value(1));
    if (!id || !m_store->affair(*id)) {
        fail(tr("No affair %1 in the offline store: sync first.").arg(m_positional.value(1)));
        return std::nullopt;
    }
    return id;
}

int CommandRunner::doe()
{
    if (!openStore())
        return Error;
    const QString out = m_parser.value(u"out"_s);
    if (m_positional.size() < 2 || out.isEmpty())
        return usage(tr("doe needs an affair and --out FILE.zip."));
    const auto affairId = affairArgument();
    if (!affairId)
        return Error;
    DoeRequest request;
    request.latestValidOnly = m_parser.isSet(u"latest-only"_s);
    if (m_parser.isSet(u"kinds"_s)) {
        for (const QString& name : m_parser.value(u"kinds"_s).split(u',', Qt::SkipEmptyParts)) {
            const auto kind = documentKindFromString(name.trimmed());
            if (!kind)
                return usage(tr("Unknown kind %1: photo, schematic, quality or misc.").arg(name));
            if (!request.kinds.contains(*kind))
                request.kinds.append(*kind);
        }
    } else {
        request.kinds = QList<DocumentKind>(std::begin(kAllDocumentKinds), std::end(kAllDocumentKinds));
    }
    if (request.kinds.isEmpty())
        return usage(tr("--kinds needs at least one kind."));
    if (m_parser.isSet(u"products"_s)) {
        QList<QUuid> products;
        for (const QString& name : m_parser.value(u"products"_s).split(u',', Qt::SkipEmptyParts)) {
            const auto id = resolveProduct(name.trimmed());
            const auto product = id ? m_store->product(*id) : std::nullopt;
            if (!product || product->affairId != *affairId)
                return fail(tr("No product %1 in affair %2.").arg(name, m_positional.value(1)));
            products.append(*id);
        }
        request.productIds = products;
    }
    // Only what the cache lacks needs the server: a package of an affair kept offline needs nothing.
    const auto selection = DoeSelection::select(*m_store, *affairId, request);
    const bool complete = selection
        && std::all_of(selection->items.cbegin(), selection->items.cend(),
                       [this](const DoeSelection::Item& item) {
                           return files().contains(item.document.sha256);
                       });
    if (!complete && !ensureSession())
        return Error;
    DoeBuilder builder(*m_store, files(), *affairId, request, out, m_profile->doeHistoryDirectory());
    builder.setLanguage(QLocale().language() == QLocale::French ? DoePackageWriter::Language::French
                                                                : DoePackageWriter::Language::English);
    builder.start();
    if (!builder.isFinished())
        waitFor(&builder, &DoeBuilder::finished);
    if (builder.hasError())
        return fail(builder.errorMessage());
    say(out);
    say(tr("%n document(s), %1", nullptr, builder.fileCount()).arg(DoeOrder::sizeText(builder.bytes())));
    if (const QString changes = builder.changesText(); !changes.isEmpty())
        say(changes);
    return Ok;
}

int CommandRunner::pin(bool keep)
{
    if (!openStore())
        return Error;
    if (m_positional.size() < 2)
        return usage(tr("%1 needs an affair.").arg(m_positional.first()));
    const auto affairId = affairArgument();
    if (!affairId)
        return Error;
    const QString reference = m_store->affair(*affairId)->reference;
    if (!keep) {
        if (const auto error = offline().unpin(*affairId))
            return fail(error->message());
        say(tr("%1 is no longer kept offline.").arg(reference));
        return Ok;
    }
    if (!ensureSession())
        return Error;
    if (const auto error = offline().pin(*affairId))
        return fail(error->message());
    waitFor(&offline(), &OfflineAffairs::idle);
    const OfflineAffairs::Usage usage = offline().usage(*affairId);
    if (const auto& error = offline().lastError()) {
        fail(error->message());
        // Pinned all the same: the next sync that reaches the server fetches the rest.
        return error->kind() == FileError::Kind::Network ? OfflineQueued : Error;
    }
    say(tr("%1 is available offline: %n document(s), %2", nullptr, usage.files)
            .arg(reference, DoeOrder::sizeText(usage.bytes)));
    return Ok;
}

} // namespace mycloud
