#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace mycloud {

// What the command line asks for before any window or network exists.
class CommandLine final
{
public:
    // What the desktop app was asked for.
    struct Options
    {
        QString profile; // the profile's directory: --profile, else the default one
        QString screenshots; // --screenshots: the directory to fill, or empty
        QStringList links; // the link to open (none or one): mycloud://…, a QR label's address
    };

    CommandLine() = delete;

    // True when the arguments only ask for --version or --help, which need no display: the GUI
    // checks this before creating a QApplication, so that `mycloud --version` works over SSH.
    static bool wantsInformationOnly(int argc, char** argv);

    // The desktop app's options and its one positional argument, the link.
    static void describe(QCommandLineParser& parser);
    // After parser.process(): the options, or a usage error (translated).
    static Result<Options, QString> read(const QCommandLineParser& parser);
};

} // namespace mycloud
