// mycloudcmd: the client core without a GUI, for scripts, servers and CI.
#include "core/Identity.h"
#include "core/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    mycloud::identity::apply("mycloudcmd");
    mycloud::Translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("mycloudcmd", "MyCloud Desktop from the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    parser.showHelp(0);
}
