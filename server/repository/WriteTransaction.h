#pragma once

#include <QSqlDatabase>

namespace mycloud::server {

class Database;

// One write transaction on this thread's connection, rolled back unless commit() succeeds.
// SQLite starts it IMMEDIATE (the write lock is taken up front, so a read-then-write never fails
// half-way with SQLITE_BUSY); PostgreSQL also takes the changes-feed lock so that feed sequence
// numbers become visible in commit order and a client cursor never skips a late commit.
// Transactions nest: an inner one joins the outer, and the outer commits only if all succeeded.
class WriteTransaction final
{
public:
    explicit WriteTransaction(Database& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool isActive() const { return m_active; }
    QSqlDatabase& connection() { return m_connection; }
    bool commit();

private:
    QSqlDatabase m_connection;
    bool m_active = false;
    bool m_nested = false;
};

} // namespace mycloud::server
