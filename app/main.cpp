// mycloud: the desktop application. Wiring only; the work lives in mycloud_core and mycloud_ui.
#include "MainWindow.h"
#include "core/ClientSession.h"
#include "core/CommandLine.h"
#include "core/Identity.h"
#include "core/SingleInstance.h"
#include "core/Translations.h"
#include "settings/PreferencesDialog.h"
#include "tour/ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char** argv)
{
    // --version and --help need no display, so they must not create a QApplication.
    if (mycloud::CommandLine::wantsInformationOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        mycloud::identity::apply("MyCloud");
        mycloud::Translations::install();
        QCommandLineParser parser;
        mycloud::CommandLine::describe(parser);
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
    mycloud::CommandLine::describe(parser);
    parser.process(app);
    const auto options = mycloud::CommandLine::read(parser);
    if (!options) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error()));
        return 2;
    }

    // One window per profile: a later launch (a mycloud:// link clicked in a browser) hands its
    // link to the window already open and quits. The screenshot tour keeps to itself.
    QDir().mkpath(options->profile); // named after its real path, the same before and after
    mycloud::SingleInstance instance(mycloud::SingleInstance::nameFor(options->profile));
    if (options->screenshots.isEmpty()) {
        const auto claimed = instance.claim(options->links);
        if (claimed && *claimed == mycloud::SingleInstance::Role::HandedOver)
            return 0;
        if (!claimed && claimed.error().kind() == mycloud::SingleInstanceError::Kind::CannotListen) {
            qCWarning(lcInstance).noquote() << claimed.error().message(); // runs, without hand-overs
        } else if (!claimed) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "MyCloud cannot start"),
                                  claimed.error().message());
            return 1;
        }
    }

    mycloud::ClientSession session(options->profile);
    // As for mycloudcmd: where no keychain keeps the session (a kiosk, the demo), the password can
    // come from the environment; never from the command line.
    session.setFallbackPassword(qEnvironmentVariable("MYCLOUD_PASSWORD"));
    if (const auto error = session.open()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "MyCloud cannot start"), *error);
        return 1;
    }
    mycloud::PreferencesDialog::applyCacheCapacity(session);
    mycloud::MainWindow window(session);
    QObject::connect(&instance, &mycloud::SingleInstance::activationRequested, &window,
                     &mycloud::MainWindow::bringToFront);
    QObject::connect(&instance, &mycloud::SingleInstance::linkReceived, &window,
                     &mycloud::MainWindow::openLink);
    window.show();
    std::unique_ptr<mycloud::ScreenshotTour> tour;
    if (!options->screenshots.isEmpty()) {
        tour = std::make_unique<mycloud::ScreenshotTour>(window, session, options->screenshots);
        // Once the demo data is in: the first sync after signing in.
        QObject::connect(&session, &mycloud::ClientSession::syncFinished, tour.get(),
                         &mycloud::ScreenshotTour::start, Qt::SingleShotConnection);
    }
    for (const QString& link : options->links)
        window.openLink(link); // once signed in
    window.start();
    return QApplication::exec();
}
