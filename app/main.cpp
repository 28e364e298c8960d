// mycloud: the desktop application. Wiring only; the work lives in mycloud_core and mycloud_ui.
#include "MainWindow.h"
#include "core/ClientSession.h"
#include "core/CommandLine.h"
#include "core/Identity.h"
#include "core/Translations.h"
#include "settings/PreferencesDialog.h"
#include "tour/ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace {

void describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "MyCloud Desktop: your B2EI affairs, products, schematics and maintenance, online or offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("screenshots"),
         QCoreApplication::translate("main", "Save a picture of every screen into DIR, then quit."),
         QStringLiteral("dir")});
    parser.addOption(
        {QStringLiteral("profile"),
         QCoreApplication::translate("main", "Use the profile in DIR (offline copy, file cache, settings)."),
         QStringLiteral("dir")});
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
    // The language chosen in the preferences, else the system's; dates and numbers follow it.
    const QLocale locale = mycloud::PreferencesDialog::chosenLocale();
    QLocale::setDefault(locale);
    mycloud::Translations::install(locale);

    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    const QString profile = parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile"))
                                                                    : mycloud::Profile::defaultDirectory();
    mycloud::ClientSession session(profile);
    // As for mycloudcmd: where no keychain keeps the session (a kiosk, the demo), the password can
    // come from the environment; never from the command line.
    session.setFallbackPassword(qEnvironmentVariable("MYCLOUD_PASSWORD"));
    if (const auto error = session.open()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "MyCloud cannot start"), *error);
        return 1;
    }
    mycloud::PreferencesDialog::applyCacheCapacity(session);
    mycloud::MainWindow window(session);
    window.show();
    std::unique_ptr<mycloud::ScreenshotTour> tour;
    if (parser.isSet(QStringLiteral("screenshots"))) {
        tour = std::make_unique<mycloud::ScreenshotTour>(window, session,
                                                         parser.value(QStringLiteral("screenshots")));
        // Once the demo data is in: the first sync after signing in.
        QObject::connect(&session, &mycloud::ClientSession::syncFinished, tour.get(),
                         &mycloud::ScreenshotTour::start, Qt::SingleShotConnection);
    }
    window.start();
    return QApplication::exec();
}
