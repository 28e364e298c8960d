#pragma once

#include "CommandContext.h"
#include "domain/Person.h"

namespace mycloud {

// task add, task validate and note add: stored and queued first, then sent when the server answers
// (exit 3 when it does not: the next command that reaches it sends them).
class MaintenanceCommands final
{
    Q_DECLARE_TR_FUNCTIONS(mycloud::CommandRunner) // see CommandContext

public:
    explicit MaintenanceCommands(CommandContext& context);

    int task();
    int note();

private:
    using enum CommandContext::Exit;

    // From --ROLE-company, --ROLE-last-name and --ROLE-first-name.
    Person person(const QString& role) const;
    int send();

    CommandContext& m_context;
};

} // namespace mycloud
