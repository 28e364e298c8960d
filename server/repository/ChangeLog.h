#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <optional>
#include <vector>

namespace mycloud::server {

class Database;

// The per-customer changes feed. Every write records (entity, id, upsert|delete) inside its own
// transaction; only the latest row per entity is kept, so the feed from zero is exactly the live
// data plus tombstones, and a client that syncs rarely downloads each entity once.
class ChangeLog final
{
public:
    explicit ChangeLog(Database& db);

    enum class Op { Upsert, Delete };
    static bool record(QSqlDatabase& connection, const QUuid& customer, const QString& entity,
                       const QUuid& id, Op op);

    struct Row
    {
        qint64 seq = 0;
        QString entity;
        QUuid id;
        Op op = Op::Upsert;
    };
    // Rows after `since`, at most `limit`; nullopt on a database error.
    std::optional<std::vector<Row>> after(const QUuid& customer, qint64 since, int limit) const;
    // The highest sequence number handed out so far (any customer): a larger cursor was not ours.
    std::optional<qint64> lastSeq() const;
    // Whether a deleted entity of this kind once had this id (client ids are never reused).
    bool wasDeleted(const QUuid& customer, const QUuid& id) const;

private:
    Database& m_db;
};

} // namespace mycloud::server
