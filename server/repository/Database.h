#pragma once

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcDatabase)

namespace mycloud::server {

// Where the server keeps its data: SQLite by default (a file under the data directory), or
// PostgreSQL given a postgresql:// URL. Connections are per thread, as QtSql requires: every
// HTTP worker thread gets its own, opened on first use.
class Database final
{
public:
    // sqliteFile is used when url is empty.
    Database(QString url, QString sqliteFile);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens the first connection and applies pending migrations. Returns an error message on failure.
    std::optional<QString> open();

    // This thread's connection (opened on first use).
    QSqlDatabase connection() const;

    bool isSqlite() const { return m_url.isEmpty(); }

private:
    QSqlDatabase openConnection(const QString& name) const;

    QString m_url;
    QString m_sqliteFile;
    QString m_prefix; // connection names are <prefix>-<thread id>, unique per Database instance
};

} // namespace mycloud::server
