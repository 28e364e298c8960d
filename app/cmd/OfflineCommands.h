#pragma once

#include "CommandContext.h"

#include <QUuid>

#include <optional>

namespace mycloud {

// doe, pin and unpin: an affair's documents on this computer, and its DOE package built from them.
class OfflineCommands final
{
    Q_DECLARE_TR_FUNCTIONS(mycloud::CommandRunner) // see CommandContext

public:
    explicit OfflineCommands(CommandContext& context);

    int doe();
    int pin(bool keep); // false: unpin

private:
    using enum CommandContext::Exit;

    // The affair the first argument names, when the store has it (else says so).
    std::optional<QUuid> affairArgument();

    CommandContext& m_context;
};

} // namespace mycloud
