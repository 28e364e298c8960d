#include "MaintenanceRepository.h"

#include "ByIds.h"
#include "ChangeLog.h"
#include "Database.h"
#include "PageCursor.h"
#include "PageQuery.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

const QString kTaskColumns
    = u"id, product_id, description, priority, requester_company, requester_last_name, "
      u"requester_first_name, created_at, updated_at, version"_s;
const QString kNoteColumns
    = u"id, product_id, task_id, requester_company, requester_last_name, requester_first_name, "
      u"performer_company, performer_last_name, performer_first_name, requested_at, performed_at, "
      u"task_description, work_done, comment, created_at, version"_s;

Person personAt(const QSqlQuery& q, int first)
{
    return {q.value(first).toString(), q.value(first + 1).toString(), q.value(first + 2).toString()};
}

bool exec(QSqlQuery& q)
{
    if (q.exec())
        return true;
    qCWarning(lcDatabase) << q.lastQuery() << q.lastError().text();
    return false;
}

// The current version of a customer's row, or nullopt when there is none.
std::optional<qint64> currentVersion(QSqlDatabase& connection, const QString& table, const QUuid& customer,
                                     const QUuid& id)
{
    QSqlQuery q(connection);
    q.prepare(u"SELECT version FROM "_s + table + u" WHERE customer_id = ? AND id = ?"_s);
    SqlValues::bind(q, {SqlValues::uuid(customer), SqlValues::uuid(id)});
    if (!exec(q) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

// Deletes a customer's row under an optional If-Match, and records the tombstone.
WriteOutcome deleteRow(Database& db, const QString& table, const QString& entity, const QUuid& customer,
                       const QUuid& id, ExpectedVersion expected)
{
    WriteTransaction tx(db);
    if (!tx.isActive())
        return WriteOutcome::Failed;
    const auto version = currentVersion(tx.connection(), table, customer, id);
    if (!version)
        return WriteOutcome::NotFound;
    if (expected && *expected != *version)
        return WriteOutcome::Stale;
    QSqlQuery q(tx.connection());
    q.prepare(u"DELETE FROM "_s + table + u" WHERE id = ?"_s);
    q.addBindValue(SqlValues::uuid(id));
    if (!exec(q) || !ChangeLog::record(tx.connection(), customer, entity, id, ChangeLog::Op::Delete)
        || !tx.commit())
        return WriteOutcome::Failed;
    return WriteOutcome::Done;
}

bool insertNote(QSqlDatabase& connection, const QUuid& customer, const MaintenanceNote& n)
{
    QSqlQuery q(connection);
    q.prepare(u"INSERT INTO notes ("_s + kNoteColumns
              + u", customer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    SqlValues::bind(q,
                    {SqlValues::uuid(n.id), SqlValues::uuid(n.productId),
                     n.taskId ? QVariant(SqlValues::uuid(*n.taskId)) : QVariant(), n.requester.company,
                     n.requester.lastName, n.requester.firstName, n.performer.company, n.performer.lastName,
                     n.performer.firstName,
                     n.requestedAt ? QVariant(SqlValues::time(*n.requestedAt)) : QVariant(),
                     n.performedAt.toString(Qt::ISODate), n.taskDescription, n.workDone, n.comment,
                     SqlValues::time(n.createdAt), n.version, SqlValues::uuid(customer)});
    return exec(q) && ChangeLog::record(connection, customer, u"note"_s, n.id, ChangeLog::Op::Upsert);
}

} // namespace

MaintenanceRepository::MaintenanceRepository(Database& db)
    : m_db(db)
{ }

Task MaintenanceRepository::taskFromRow(const QSqlQuery& q)
{
    Task t;
    t.id = SqlValues::uuid(q.value(0));
    t.productId = SqlValues::uuid(q.value(1));
    t.description = q.value(2).toString();
    t.priority = q.value(3).toBool();
    t.requester = personAt(q, 4);
    t.createdAt = SqlValues::time(q.value(7));
    t.updatedAt = SqlValues::time(q.value(8));
    t.version = q.value(9).toLongLong();
    return t;
}

MaintenanceNote MaintenanceRepository::noteFromRow(const QSqlQuery& q)
{
    MaintenanceNote n;
    n.id = SqlValues::uuid(q.value(0));
    n.productId = SqlValues::uuid(q.value(1));
    if (!q.value(2).isNull())
        n.taskId = SqlValues::uuid(q.value(2));
    n.requester = personAt(q, 3);
    n.performer = personAt(q, 6);
    if (!q.value(9).isNull())
        n.requestedAt = SqlValues::time(q.value(9));
    n.performedAt = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    n.taskDescription = q.value(11).toString();
    n.workDone = q.value(12).toString();
    n.comment = q.value(13).toString();
    n.createdAt = SqlValues::time(q.value(14));
    n.version = q.value(15).toLongLong();
    return n;
}

std::optional<Page<Task>> MaintenanceRepository::tasks(const QUuid& customer, const QUuid& productId,
                                                       const PageRequest& page) const
{
    // Priority tasks first, then newest first.
    QString sql = u"SELECT "_s + kTaskColumns + u" FROM tasks WHERE customer_id = ? AND product_id = ?"_s;
    QVariantList binds{SqlValues::uuid(customer), SqlValues::uuid(productId)};
    if (!page.cursor.isEmpty()) {
        const auto keys
            = PageCursor::decode(page.cursor, u"tasks/"_s + SqlValues::uuid(productId),
                                 {PageCursor::Key::Flag, PageCursor::Key::Time, PageCursor::Key::Uuid});
        if (!keys)
            return std::nullopt;
        const int priority = keys->at(0).toInt();
        sql += u" AND (priority < ? OR (priority = ? AND (created_at < ? OR (created_at = ? AND id < ?))))"_s;
        binds << priority << priority << keys->at(1) << keys->at(1) << keys->at(2);
    }
    sql += u" ORDER BY priority DESC, created_at DESC, id DESC LIMIT ?"_s;
    binds << page.limit + 1;
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    SqlValues::bind(q, binds);
    return PageQuery::run<
        Task>(q, u"tasks/"_s + SqlValues::uuid(productId), page.limit, &taskFromRow, [](const Task& t) {
        return QStringList{t.priority ? u"1"_s : u"0"_s, SqlValues::time(t.createdAt), SqlValues::uuid(t.id)};
    });
}

std::optional<Page<MaintenanceNote>>
MaintenanceRepository::notes(const QUuid& customer, const QUuid& productId, const PageRequest& page) const
{
    // Newest execution first, then newest entry.
    QString sql = u"SELECT "_s + kNoteColumns + u" FROM notes WHERE customer_id = ? AND product_id = ?"_s;
    QVariantList binds{SqlValues::uuid(customer), SqlValues::uuid(productId)};
    if (!page.cursor.isEmpty()) {
        const auto keys
            = PageCursor::decode(page.cursor, u"notes/"_s + SqlValues::uuid(productId),
                                 {PageCursor::Key::Date, PageCursor::Key::Time, PageCursor::Key::Uuid});
        if (!keys)
            return std::nullopt;
        sql += u" AND (performed_at < ? OR (performed_at = ? AND (created_at < ? OR "
               u"(created_at = ? AND id < ?))))"_s;
        binds << keys->at(0) << keys->at(0) << keys->at(1) << keys->at(1) << keys->at(2);
    }
    sql += u" ORDER BY performed_at DESC, created_at DESC, id DESC LIMIT ?"_s;
    binds << page.limit + 1;
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    SqlValues::bind(q, binds);
    return PageQuery::run<MaintenanceNote>(
        q, u"notes/"_s + SqlValues::uuid(productId), page.limit, &noteFromRow, [](const MaintenanceNote& n) {
            return QStringList{n.performedAt.toString(Qt::ISODate), SqlValues::time(n.createdAt),
                               SqlValues::uuid(n.id)};
        });
}

std::optional<Task> MaintenanceRepository::task(const QUuid& customer, const QUuid& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + kTaskColumns + u" FROM tasks WHERE customer_id = ? AND id = ?"_s);
    SqlValues::bind(q, {SqlValues::uuid(customer), SqlValues::uuid(id)});
    if (!exec(q) || !q.next())
        return std::nullopt;
    return taskFromRow(q);
}

std::optional<MaintenanceNote> MaintenanceRepository::note(const QUuid& customer, const QUuid& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + kNoteColumns + u" FROM notes WHERE customer_id = ? AND id = ?"_s);
    SqlValues::bind(q, {SqlValues::uuid(customer), SqlValues::uuid(id)});
    if (!exec(q) || !q.next())
        return std::nullopt;
    return noteFromRow(q);
}

QList<Task> MaintenanceRepository::tasks(const QUuid& customer, const QList<QUuid>& ids) const
{
    return loadByIds<Task>(m_db.connection(),
                           u"SELECT "_s + kTaskColumns + u" FROM tasks WHERE customer_id = ? AND id"_s,
                           customer, ids, &taskFromRow);
}

QList<MaintenanceNote> MaintenanceRepository::notes(const QUuid& customer, const QList<QUuid>& ids) const
{
    return loadByIds<MaintenanceNote>(
        m_db.connection(), u"SELECT "_s + kNoteColumns + u" FROM notes WHERE customer_id = ? AND id"_s,
        customer, ids, &noteFromRow);
}

std::optional<WriteOutcome> MaintenanceRepository::checkNewId(QSqlDatabase& connection, const QUuid& customer,
                                                              const QUuid& id, const QUuid& productId,
                                                              const QString& table) const
{
    // The id as a live object: a replay when it is this customer's object of the same kind and
    // product; anything else (other product, other kind, other customer) is a conflict.
    for (const QString& candidate : {u"tasks"_s, u"notes"_s}) {
        QSqlQuery q(connection);
        q.prepare(u"SELECT customer_id, product_id FROM "_s + candidate + u" WHERE id = ?"_s);
        q.addBindValue(SqlValues::uuid(id));
        if (!exec(q))
            return WriteOutcome::Failed;
        if (q.next()) {
            const bool same = candidate == table && SqlValues::uuid(q.value(0)) == customer
                && SqlValues::uuid(q.value(1)) == productId;
            return same ? WriteOutcome::Replayed : WriteOutcome::Conflict;
        }
    }
    if (ChangeLog(m_db).wasDeleted(customer, id))
        return WriteOutcome::Conflict; // a client id is never given a second life
    return std::nullopt;
}

MaintenanceRepository::Written<Task> MaintenanceRepository::createTask(const QUuid& customer,
                                                                       const Task& task)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return {};
    if (const auto refused = checkNewId(tx.connection(), customer, task.id, task.productId, u"tasks"_s)) {
        if (*refused == WriteOutcome::Replayed)
            return {WriteOutcome::Replayed, this->task(customer, task.id)};
        return {*refused, std::nullopt};
    }
    QSqlQuery q(tx.connection());
    q.prepare(u"INSERT INTO tasks ("_s + kTaskColumns
              + u", customer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    SqlValues::bind(q,
                    {SqlValues::uuid(task.id), SqlValues::uuid(task.productId), task.description,
                     SqlValues::flag(task.priority), task.requester.company, task.requester.lastName,
                     task.requester.firstName, SqlValues::time(task.createdAt),
                     SqlValues::time(task.updatedAt), task.version, SqlValues::uuid(customer)});
    if (!exec(q) || !ChangeLog::record(tx.connection(), customer, u"task"_s, task.id, ChangeLog::Op::Upsert)
        || !tx.commit())
        return {};
    return {WriteOutcome::Done, task};
}

MaintenanceRepository::Written<Task>
MaintenanceRepository::updateTask(const QUuid& customer, const Task& edited, ExpectedVersion expected)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return {};
    const auto version = currentVersion(tx.connection(), u"tasks"_s, customer, edited.id);
    if (!version)
        return {WriteOutcome::NotFound, std::nullopt};
    if (expected && *expected != *version)
        return {WriteOutcome::Stale, std::nullopt};
    QSqlQuery q(tx.connection());
    q.prepare(u"UPDATE tasks SET description = ?, priority = ?, requester_company = ?, "
              u"requester_last_name = ?, requester_first_name = ?, updated_at = ?, version = version + 1 "
              u"WHERE id = ?"_s);
    SqlValues::bind(q,
                    {edited.description, SqlValues::flag(edited.priority), edited.requester.company,
                     edited.requester.lastName, edited.requester.firstName, SqlValues::time(SqlValues::now()),
                     SqlValues::uuid(edited.id)});
    if (!exec(q) || !ChangeLog::record(tx.connection(), customer, u"task"_s, edited.id, ChangeLog::Op::Upsert)
        || !tx.commit())
        return {};
    return {WriteOutcome::Done, task(customer, edited.id)};
}

WriteOutcome MaintenanceRepository::deleteTask(const QUuid& customer, const QUuid& id,
                                               ExpectedVersion expected)
{
    return deleteRow(m_db, u"tasks"_s, u"task"_s, customer, id, expected);
}

WriteOutcome MaintenanceRepository::deleteNote(const QUuid& customer, const QUuid& id,
                                               ExpectedVersion expected)
{
    return deleteRow(m_db, u"notes"_s, u"note"_s, customer, id, expected);
}

MaintenanceRepository::Written<MaintenanceNote>
MaintenanceRepository::validateTask(const QUuid& customer, const QUuid& taskId, const MaintenanceNote& done,
                                    ExpectedVersion expected)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return {};
    const auto found = task(customer, taskId);
    if (!found)
        return {WriteOutcome::NotFound, std::nullopt};
    if (expected && *expected != found->version)
        return {WriteOutcome::Stale, std::nullopt};
    MaintenanceNote note = done;
    note.productId = found->productId;
    note.taskId = found->id;
    note.requester = found->requester;
    note.requestedAt = found->createdAt;
    note.taskDescription = found->description;
    QSqlQuery q(tx.connection());
    q.prepare(u"DELETE FROM tasks WHERE id = ?"_s);
    q.addBindValue(SqlValues::uuid(taskId));
    if (!exec(q) || !ChangeLog::record(tx.connection(), customer, u"task"_s, taskId, ChangeLog::Op::Delete)
        || !insertNote(tx.connection(), customer, note) || !tx.commit())
        return {};
    return {WriteOutcome::Done, note};
}

MaintenanceRepository::Written<MaintenanceNote> MaintenanceRepository::createNote(const QUuid& customer,
                                                                                  const MaintenanceNote& note)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return {};
    if (const auto refused = checkNewId(tx.connection(), customer, note.id, note.productId, u"notes"_s)) {
        if (*refused == WriteOutcome::Replayed)
            return {WriteOutcome::Replayed, this->note(customer, note.id)};
        return {*refused, std::nullopt};
    }
    if (!insertNote(tx.connection(), customer, note) || !tx.commit())
        return {};
    return {WriteOutcome::Done, note};
}

} // namespace mycloud::server
