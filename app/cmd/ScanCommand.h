#pragma once

#include "CommandContext.h"

namespace mycloud {

// scan IMAGE...: the codes in images and the products they open.
class ScanCommand final
{
    Q_DECLARE_TR_FUNCTIONS(mycloud::CommandRunner) // see CommandContext

public:
    explicit ScanCommand(CommandContext& context);

    int run();

private:
    using enum CommandContext::Exit;

    CommandContext& m_context;
};

} // namespace mycloud
