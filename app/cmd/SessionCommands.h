#pragma once

#include "CommandContext.h"

namespace mycloud {

// login, logout, sync and status: the session with the server, and what the last sync left behind.
class SessionCommands final
{
    Q_DECLARE_TR_FUNCTIONS(mycloud::CommandRunner) // see CommandContext

public:
    explicit SessionCommands(CommandContext& context);

    int login();
    int logout();
    int sync();
    int status();

private:
    using enum CommandContext::Exit;

    static QString password();

    CommandContext& m_context;
};

} // namespace mycloud
