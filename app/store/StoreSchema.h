#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mycloud {

// The offline store's numbered migrations. Entities are kept whole (their JSON as the API sends
// it, decoded by the shared codec) next to the few columns that are sorted, filtered or searched.
class StoreSchema final
{
public:
    StoreSchema() = delete;

    static int latestVersion();
    // Applies what is missing; an error message on failure.
    static std::optional<QString> migrate(QSqlDatabase& db);
};

} // namespace mycloud
