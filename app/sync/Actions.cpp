#include "Actions.h"

#include "store/Store.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

QString levelName(Actions::Level level)
{
    switch (level) {
    case Actions::Level::Account: return u"account"_s;
    case Actions::Level::Affair: return u"affair"_s;
    case Actions::Level::Product: return u"product"_s;
    }
    return {};
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

Actions::Actions(Store& store)
    : m_store(store)
{ }

std::optional<QUuid> Actions::addTask(const QUuid& productId, const QString& description, bool priority,
                                      const Person& requester)
{
    Task task;
    task.id = QUuid::createUuid(); // the client id: a replayed create is a no-op on the server
    task.productId = productId;
    task.description = description;
    task.priority = priority;
    task.requester = requester;
    task.createdAt = task.updatedAt = now();
    task.version = 1;
    const bool stored = m_store.transaction([&](QSqlDatabase& db) {
        return Store::upsertIn(db, task)
            && Outbox::enqueue(db, Outbox::Kind::CreateTask, task.id.toString(QUuid::WithoutBraces),
                               task.toJson());
    });
    return stored ? std::optional(task.id) : std::nullopt;
}

std::optional<QUuid> Actions::editTask(const Task& edited)
{
    const auto current = m_store.task(edited.id);
    if (!current)
        return std::nullopt;
    Task task = *current;
    task.description = edited.description;
    task.priority = edited.priority;
    task.requester = edited.requester;
    task.updatedAt = now();
    QJsonObject payload = task.toJson();
    payload.insert(u"baseVersion"_s, edited.version); // sent as If-Match: a lost update is a conflict
    const bool stored = m_store.transaction([&](QSqlDatabase& db) {
        return Store::upsertIn(db, task)
            && Outbox::enqueue(db, Outbox::Kind::UpdateTask, task.id.toString(QUuid::WithoutBraces), payload);
    });
    return stored ? std::optional(task.id) : std::nullopt;
}

std::optional<QUuid> Actions::deleteTask(const QUuid& taskId)
{
    const bool stored = m_store.transaction([&](QSqlDatabase& db) {
        return Store::removeIn(db, Change::Entity::Task, taskId)
            && Outbox::enqueue(db, Outbox::Kind::DeleteTask, taskId.toString(QUuid::WithoutBraces), {});
    });
    return stored ? std::optional(taskId) : std::nullopt;
}

std::optional<QUuid> Actions::validateTask(const QUuid& taskId, const Person& performer,
                                           const QDate& performedAt, const QString& workDone,
                                           const QString& comment)
{
    const auto task = m_store.task(taskId);
    if (!task)
        return std::nullopt;
    MaintenanceNote note;
    note.id = QUuid::createUuid(); // provisional: replaced by the server's note once validated
    note.productId = task->productId;
    note.taskId = task->id;
    note.requester = task->requester;
    note.performer = performer;
    note.requestedAt = task->createdAt;
    note.performedAt = performedAt;
    note.taskDescription = task->description;
    note.workDone = workDone;
    note.comment = comment;
    note.createdAt = now();
    note.version = 1;
    const bool stored = m_store.transaction([&](QSqlDatabase& db) {
        return Store::removeIn(db, Change::Entity::Task, taskId) && Store::upsertIn(db, note)
            && Outbox::enqueue(db, Outbox::Kind::ValidateTask, taskId.toString(QUuid::WithoutBraces),
                               note.toJson());
    });
    return stored ? std::optional(note.id) : std::nullopt;
}

std::optional<QUuid> Actions::addNote(const MaintenanceNote& input)
{
    MaintenanceNote note = input;
    note.id = QUuid::createUuid();
    note.createdAt = now();
    note.version = 1;
    const bool stored = m_store.transaction([&](QSqlDatabase& db) {
        return Store::upsertIn(db, note)
            && Outbox::enqueue(db, Outbox::Kind::CreateNote, note.id.toString(QUuid::WithoutBraces),
                               note.toJson());
    });
    return stored ? std::optional(note.id) : std::nullopt;
}

std::optional<QUuid> Actions::deleteNote(const QUuid& noteId)
{
    const bool stored = m_store.transaction([&](QSqlDatabase& db) {
        return Store::removeIn(db, Change::Entity::Note, noteId)
            && Outbox::enqueue(db, Outbox::Kind::DeleteNote, noteId.toString(QUuid::WithoutBraces), {});
    });
    return stored ? std::optional(noteId) : std::nullopt;
}

std::optional<QUuid> Actions::setRemoteConsultation(Level level, const QUuid& id, bool enabled)
{
    // The mirror changes with it, so that every screen shows the new state at once.
    std::optional<Change::Data> changed;
    if (level == Level::Account) {
        if (auto account = m_store.account()) {
            account->remoteConsultation = enabled;
            changed = *account;
        }
    } else if (level == Level::Affair) {
        if (auto affair = m_store.affair(id)) {
            affair->remoteConsultation = enabled;
            changed = *affair;
        }
    } else if (auto product = m_store.product(id)) {
        product->remoteConsultation = enabled;
        changed = *product;
    }
    const bool stored = m_store.transaction([&](QSqlDatabase& db) {
        return (!changed || Store::upsertIn(db, *changed))
            && Outbox::enqueue(db, Outbox::Kind::SetRemoteConsultation, id.toString(QUuid::WithoutBraces),
                               {{u"level"_s, levelName(level)}, {u"enabled"_s, enabled}});
    });
    return stored ? std::optional(id) : std::nullopt;
}

std::optional<QUuid> Actions::lock(Level level, const QUuid& id, const QString& password)
{
    return m_store.transaction([&](QSqlDatabase& db) {
        return Outbox::enqueue(db, Outbox::Kind::Lock, id.toString(QUuid::WithoutBraces),
                               {{u"level"_s, levelName(level)}, {u"password"_s, password}});
    })
        ? std::optional(id)
        : std::nullopt;
}

std::optional<QUuid> Actions::unlock(Level level, const QUuid& id)
{
    return m_store.transaction([&](QSqlDatabase& db) {
        return Outbox::enqueue(db, Outbox::Kind::Unlock, id.toString(QUuid::WithoutBraces),
                               {{u"level"_s, levelName(level)}});
    })
        ? std::optional(id)
        : std::nullopt;
}

} // namespace mycloud
