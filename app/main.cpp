// mycloud: the desktop application. Wiring only; the work lives in mycloud_core and mycloud_ui.
#include "MainWindow.h"
#include "core/CommandLine.h"
#include "core/Identity.h"
#include "core/Translations.h"

#include <QApplication>
#include <QCommandLineParser>

namespace {

void describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "MyCloud Desktop: your B2EI affairs, products, schematics and maintenance, online or offline."));
    parser.addHelpOption();
    parser.addVersionOption();
}

} // namespace

int main(int argc, char** argv)
{
    // --version and --help need no display, so they must not create a QApplication.
    if (mycloud::CommandLine::wantsInformationOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        mycloud::identity::apply("MyCloud");
        mycloud::Translations::install();
        QCommandLineParser parser;
        describe(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    mycloud::identity::apply("MyCloud");
    QGuiApplication::setApplicationDisplayName(QString::fromLatin1(mycloud::identity::kName));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(mycloud::identity::kAppId));
    mycloud::Translations::install();

    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    mycloud::MainWindow window;
    window.show();
    return QApplication::exec();
}
