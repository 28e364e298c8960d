#include "ConflictResolver.h"

#include "LockPasswords.h"
#include "store/Store.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

std::optional<Actions::Level> levelOf(const QJsonObject& payload)
{
    const QString name = payload.value(u"level"_s).toString();
    if (name == u"account")
        return Actions::Level::Account;
    if (name == u"affair")
        return Actions::Level::Affair;
    if (name == u"product")
        return Actions::Level::Product;
    return std::nullopt;
}

} // namespace

QString ConflictResolver::message(Error error)
{
    switch (error) {
    case Error::NotFound: return tr("This conflict has already been resolved.");
    case Error::Unreadable:
        return tr("Your change can no longer be read back: only the server's version can be kept.");
    case Error::StoreRefused: return tr("The offline copy could not be written. Try again.");
    }
    return {};
}

ConflictResolver::ConflictResolver(Store& store)
    : m_store(store)
    , m_outbox(store)
    , m_actions(store)
{ }

std::optional<ConflictResolver::Error> ConflictResolver::keepTheirs(qint64 conflictId)
{
    const auto conflict = find(conflictId);
    if (!conflict)
        return Error::NotFound;
    if (!discardUnsent(*conflict) || !m_outbox.dismissConflict(conflictId))
        return Error::StoreRefused;
    if (conflict->kind == Outbox::Kind::Lock) // its password will not be sent again
        LockPasswords::forget(conflict->local.value(u"passwordReference"_s).toString());
    return std::nullopt;
}

Result<QUuid, ConflictResolver::Error> ConflictResolver::keepMine(qint64 conflictId)
{
    const auto conflict = find(conflictId);
    if (!conflict)
        return Error::NotFound;
    if (!discardUnsent(*conflict))
        return Error::StoreRefused;
    // Queued before the conflict goes: a failure keeps the user's values in the conflict.
    auto queued = queueAgain(*conflict);
    if (queued && !m_outbox.dismissConflict(conflictId))
        return Error::StoreRefused;
    return queued;
}

std::optional<Outbox::Conflict> ConflictResolver::find(qint64 conflictId) const
{
    const QList<Outbox::Conflict> conflicts = m_outbox.conflicts();
    const auto found = std::find_if(conflicts.begin(), conflicts.end(),
                                    [conflictId](const Outbox::Conflict& c) { return c.id == conflictId; });
    return found == conflicts.end() ? std::nullopt : std::optional(*found);
}

Result<QUuid, ConflictResolver::Error> ConflictResolver::queueAgain(const Outbox::Conflict& conflict)
{
    const QUuid target = QUuid::fromString(conflict.target);
    const QJsonObject& local = conflict.local;
    std::optional<QUuid> queued;
    switch (conflict.kind) {
    case Outbox::Kind::CreateTask:
    case Outbox::Kind::UpdateTask: {
        auto task = Task::fromJson(local);
        if (!task)
            return Error::Unreadable;
        queued = putTask(std::move(task).value(), conflict.server);
        break;
    }
    case Outbox::Kind::ValidateTask: // the task is gone: the work done is kept as a note of its own
    case Outbox::Kind::CreateNote: {
        auto note = MaintenanceNote::fromJson(local);
        if (!note)
            return Error::Unreadable;
        note.value().taskId.reset();
        queued = m_actions.addNote(note.value());
        break;
    }
    case Outbox::Kind::DeleteTask: queued = m_actions.deleteTask(target); break;
    case Outbox::Kind::DeleteNote: queued = m_actions.deleteNote(target); break;
    case Outbox::Kind::SetRemoteConsultation:
    case Outbox::Kind::Lock:
    case Outbox::Kind::Unlock: {
        const auto level = levelOf(local);
        if (!level)
            return Error::Unreadable;
        if (conflict.kind == Outbox::Kind::SetRemoteConsultation)
            queued = m_actions.setRemoteConsultation(*level, target, local.value(u"enabled"_s).toBool());
        else if (const QJsonValue inClear = local.value(u"password"_s);
                 conflict.kind == Outbox::Kind::Lock && inClear.isString())
            queued
                = m_actions.lock(*level, target, inClear.toString()); // an earlier version's: to the keychain
        else if (conflict.kind == Outbox::Kind::Lock)
            queued = m_actions.lockWithKeptPassword(*level, target,
                                                    local.value(u"passwordReference"_s).toString());
        else
            queued = m_actions.unlock(*level, target);
        break;
    }
    }
    if (!queued)
        return Error::StoreRefused;
    return *queued;
}

std::optional<QUuid> ConflictResolver::putTask(Task task, const QJsonObject& server)
{
    const auto mirrored = m_store.task(task.id);
    if (!mirrored) // deleted on the server (or never created there)
        return m_actions.addTask(task.productId, task.description, task.priority, task.requester);
    // Against the newest version known: the mirror's, or the conflict's when no pull has run since.
    task.version = std::max(mirrored->version, server.value(u"version"_s).toInteger());
    return m_actions.editTask(task);
}

bool ConflictResolver::discardUnsent(const Outbox::Conflict& conflict)
{
    // A create the server never took leaves its optimistic copy in the store, where no sync would
    // ever remove it.
    switch (conflict.kind) {
    case Outbox::Kind::CreateTask:
        return m_store.remove(Change::Entity::Task, QUuid::fromString(conflict.target));
    case Outbox::Kind::CreateNote:
    case Outbox::Kind::ValidateTask: // the provisional note
        return m_store.remove(Change::Entity::Note,
                              QUuid::fromString(conflict.local.value(u"id"_s).toString()));
    default: return true;
    }
}

} // namespace mycloud
