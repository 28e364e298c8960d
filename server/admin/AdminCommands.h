#pragma once

#include <QStringList>

namespace mycloud::server {

// `mycloud-server admin …`: what B2EI staff do by hand — create customer accounts, affairs and
// products, add a document file to a product, reset a password. Passwords come from
// MYCLOUD_PASSWORD or the first line of stdin, never from the command line (it shows in `ps`).
class AdminCommands final
{
public:
    AdminCommands() = delete;

    // `arguments` as given after the program name ("admin", the sub-command, its options).
    // Returns the process exit code: 0 done, 1 failed, 2 usage.
    static int run(const QStringList& arguments);
};

} // namespace mycloud::server
