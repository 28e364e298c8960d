#include "Actions.h"

#include "LockPasswords.h"
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

namespace {

// The affair, product or account a QR-access change is about, changed the way the server will
// change it, so that every screen shows the new state at once; nullopt when it is not in the store.
template <class Mutate>
std::optional<Change::Data> mirrored(const Store& store, Actions::Level level, const QUuid& id, Mutate mutate)
{
    if (level == Actions::Level::Account) {
        if (auto account = store.account()) {
            mutate(*account);
            return *account;
        }
    } else if (level == Actions::Level::Affair) {
        if (auto affair = store.affair(id)) {
            mutate(*affair);
            return *affair;
        }
    } else if (auto product = store.product(id)) {
        mutate(*product);
        return *product;
    }
    return std::nullopt;
}

} // namespace

std::optional<QUuid> Actions::queueQrAccess(const std::optional<Change::Data>& changed, Outbox::Kind kind,
                                            const QUuid& id, const QJsonObject& payload)
{
    const bool stored = m_store.transaction([&](QSqlDatabase& db) {
        return (!changed || Store::upsertIn(db, *changed))
            && Outbox::enqueue(db, kind, id.toString(QUuid::WithoutBraces), payload);
    });
    return stored ? std::optional(id) : std::nullopt;
}

std::optional<QUuid> Actions::setRemoteConsultation(Level level, const QUuid& id, bool enabled)
{
    return queueQrAccess(
        mirrored(m_store, level, id, [enabled](auto& entity) { entity.remoteConsultation = enabled; }),
        Outbox::Kind::SetRemoteConsultation, id, {{u"level"_s, levelName(level)}, {u"enabled"_s, enabled}});
}

std::optional<QUuid> Actions::lock(Level level, const QUuid& id, const QString& password)
{
    const QString reference = LockPasswords::keep(password);
    const auto queued = lockWithKeptPassword(level, id, reference);
    if (!queued)
        LockPasswords::forget(reference);
    return queued;
}

std::optional<QUuid> Actions::lockWithKeptPassword(Level level, const QUuid& id,
                                                   const QString& passwordReference)
{
    return queueQrAccess(mirrored(m_store, level, id,
                                  [](auto& entity) {
                                      if constexpr (requires { entity.locked; })
                                          entity.locked = true;
                                  }),
                         Outbox::Kind::Lock, id,
                         {{u"level"_s, levelName(level)}, {u"passwordReference"_s, passwordReference}});
}

std::optional<QUuid> Actions::unlock(Level level, const QUuid& id)
{
    return queueQrAccess(mirrored(m_store, level, id,
                                  [](auto& entity) {
                                      if constexpr (requires { entity.locked; })
                                          entity.locked = false;
                                  }),
                         Outbox::Kind::Unlock, id, {{u"level"_s, levelName(level)}});
}

} // namespace mycloud
