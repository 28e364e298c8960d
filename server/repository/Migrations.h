#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mycloud::server {

// Numbered schema migrations, applied in order inside transactions and recorded in
// schema_migrations. The same scripts serve SQLite and PostgreSQL; the few dialect words differ
// through placeholders.
class Migrations final
{
public:
    enum class Dialect { Sqlite, Postgres };

    Migrations() = delete;

    // Brings the schema up to date; returns an error message on failure (the failed step is rolled back).
    static std::optional<QString> apply(QSqlDatabase& db, Dialect dialect);

    static int latestVersion();
};

} // namespace mycloud::server
