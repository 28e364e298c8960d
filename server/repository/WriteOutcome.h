#pragma once

#include <optional>

namespace mycloud::server {

// What a repository write did, for the route to turn into a status code.
enum class WriteOutcome {
    Done, // changed (or created)
    Replayed, // an idempotent create that had already happened: nothing changed
    NotFound, // no such object for this customer
    Stale, // the If-Match version is not the current one
    Conflict, // a client id already used for something else
    Failed, // the database refused: a server error
};

// An optional If-Match version: nullopt means "no precondition".
using ExpectedVersion = std::optional<long long>;

} // namespace mycloud::server
