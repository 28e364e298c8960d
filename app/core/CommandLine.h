#pragma once

#include <QStringList>

namespace mycloud {

// What the command line asks for before any window or network exists.
class CommandLine final
{
public:
    CommandLine() = delete;

    // True when the arguments only ask for --version or --help, which need no display: the GUI
    // checks this before creating a QApplication, so that `mycloud --version` works over SSH.
    static bool wantsInformationOnly(int argc, char** argv);
};

} // namespace mycloud
