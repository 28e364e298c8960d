#include "CommandLine.h"

#include "Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

using namespace Qt::StringLiterals;

namespace mycloud {

bool CommandLine::wantsInformationOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        for (const char* option : {"--version", "-v", "--help", "-h", "-?", "--help-all"}) {
            if (std::strcmp(arg, option) == 0)
                return true;
        }
    }
    return false;
}

void CommandLine::describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "MyCloud Desktop: your B2EI affairs, products, schematics and maintenance, online or offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {u"screenshots"_s,
         QCoreApplication::translate("main", "Save a picture of every screen into DIR, then quit."),
         u"dir"_s});
    parser.addOption(
        {u"profile"_s,
         QCoreApplication::translate("main", "Use the profile in DIR (offline copy, file cache, settings)."),
         u"dir"_s});
    parser.addPositionalArgument(
        u"link"_s,
        QCoreApplication::translate(
            "main",
            "A mycloud://product/… or mycloud://affair/… link, or the address on a "
            "product's QR label: opens it, in the window already open if there is one."),
        u"[link]"_s);
}

Result<CommandLine::Options, QString> CommandLine::read(const QCommandLineParser& parser)
{
    Options options;
    options.profile = parser.isSet(u"profile"_s) ? parser.value(u"profile"_s) : Profile::defaultDirectory();
    options.screenshots = parser.value(u"screenshots"_s);
    options.links = parser.positionalArguments();
    if (options.links.size() > 1)
        return QCoreApplication::translate("main", "Give one link at most.");
    return options;
}

} // namespace mycloud
