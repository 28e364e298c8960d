#include "CommandRunner.h"

#include "CatalogueCommands.h"
#include "CommandContext.h"
#include "MaintenanceCommands.h"
#include "OfflineCommands.h"
#include "ScanCommand.h"
#include "SessionCommands.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace mycloud {

CommandRunner::CommandRunner() = default;
CommandRunner::~CommandRunner() = default;

void CommandRunner::describe()
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
}

int CommandRunner::run(const QStringList& arguments)
{
    describe();
    if (!m_parser.parse(arguments))
        return CommandContext::usage(m_parser.errorText());
    if (m_parser.isSet(u"help"_s)) {
        std::fprintf(stdout, "%s", m_parser.helpText().toLocal8Bit().constData());
        return CommandContext::Ok;
    }
    if (m_parser.isSet(u"version"_s)) {
        m_parser.showVersion();
    }
    if (m_parser.positionalArguments().isEmpty())
        return CommandContext::usage(tr("Give a command."));
    // The profile folder is made here, for any command, known or not (Profile creates it).
    m_context = std::make_unique<CommandContext>(
        m_parser, m_parser.isSet(u"profile"_s) ? m_parser.value(u"profile"_s) : Profile::defaultDirectory());
    const QString command = m_context->argument(0);
    static const QStringList known{u"login"_s, u"logout"_s, u"sync"_s, u"status"_s, u"ls"_s,  u"get"_s,
                                   u"task"_s,  u"note"_s,   u"scan"_s, u"doe"_s,    u"pin"_s, u"unpin"_s};
    if (!known.contains(command))
        return CommandContext::usage(tr("Unknown command: %1").arg(command));
    if (command == u"login")
        return SessionCommands(*m_context).login();
    if (!m_context->profile().isConfigured())
        return CommandContext::fail(tr("Not signed in: run mycloudcmd login --server URL --email E first."));
    m_context->client().setServer(m_context->profile().server());
    m_context->client().setTrustedCertificates(m_context->profile().trustedCertificates());
    return dispatch(command);
}

// Every command but login, once the profile names a server.
int CommandRunner::dispatch(const QString& command)
{
    CommandContext& context = *m_context;
    if (command == u"logout")
        return SessionCommands(context).logout();
    if (command == u"sync")
        return SessionCommands(context).sync();
    if (command == u"status")
        return SessionCommands(context).status();
    if (command == u"ls")
        return CatalogueCommands(context).list();
    if (command == u"get")
        return CatalogueCommands(context).get();
    if (command == u"task")
        return MaintenanceCommands(context).task();
    if (command == u"scan")
        return ScanCommand(context).run();
    if (command == u"doe")
        return OfflineCommands(context).doe();
    if (command == u"pin" || command == u"unpin")
        return OfflineCommands(context).pin(command == u"pin");
    return MaintenanceCommands(context).note();
}

} // namespace mycloud
