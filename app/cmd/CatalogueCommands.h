#pragma once

#include "CommandContext.h"

namespace mycloud {

// ls and get: what the offline store holds, and a document's file (from the cache when it is there).
class CatalogueCommands final
{
    Q_DECLARE_TR_FUNCTIONS(mycloud::CommandRunner) // see CommandContext

public:
    explicit CatalogueCommands(CommandContext& context);

    int list();
    int get();

private:
    using enum CommandContext::Exit;

    CommandContext& m_context;
};

} // namespace mycloud
