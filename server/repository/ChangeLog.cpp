#include "ChangeLog.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mycloud::server {

ChangeLog::ChangeLog(Database& db)
    : m_db(db)
{ }

bool ChangeLog::record(QSqlDatabase& connection, const QUuid& customer, const QString& entity,
                       const QUuid& id, Op op)
{
    QSqlQuery q(connection);
    q.prepare(u"DELETE FROM changes WHERE customer_id = ? AND entity = ? AND entity_id = ?"_s);
    q.addBindValue(SqlValues::uuid(customer));
    q.addBindValue(entity);
    q.addBindValue(SqlValues::uuid(id));
    if (!q.exec()) {
        qCWarning(lcDatabase) << "changes:" << q.lastError().text();
        return false;
    }
    q.prepare(u"INSERT INTO changes (customer_id, entity, entity_id, op) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(SqlValues::uuid(customer));
    q.addBindValue(entity);
    q.addBindValue(SqlValues::uuid(id));
    q.addBindValue(op == Op::Upsert ? u"upsert"_s : u"delete"_s);
    if (!q.exec()) {
        qCWarning(lcDatabase) << "changes:" << q.lastError().text();
        return false;
    }
    return true;
}

std::optional<std::vector<ChangeLog::Row>> ChangeLog::after(const QUuid& customer, qint64 since,
                                                            int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT seq, entity, entity_id, op FROM changes WHERE customer_id = ? AND seq > ? "
              u"ORDER BY seq LIMIT ?"_s);
    q.addBindValue(SqlValues::uuid(customer));
    q.addBindValue(since);
    q.addBindValue(limit);
    if (!q.exec())
        return std::nullopt;
    std::vector<Row> rows;
    while (q.next())
        rows.push_back({q.value(0).toLongLong(), q.value(1).toString(), SqlValues::uuid(q.value(2)),
                        q.value(3).toString() == u"delete" ? Op::Delete : Op::Upsert});
    return rows;
}

std::optional<qint64> ChangeLog::lastSeq() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT COALESCE(MAX(seq), 0) FROM changes"_s) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool ChangeLog::wasDeleted(const QUuid& customer, const QUuid& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT 1 FROM changes WHERE customer_id = ? AND entity_id = ? AND op = 'delete'"_s);
    q.addBindValue(SqlValues::uuid(customer));
    q.addBindValue(SqlValues::uuid(id));
    return q.exec() && q.next();
}

} // namespace mycloud::server
