#pragma once

#include "domain/Change.h"
#include "domain/MaintenanceNote.h"
#include "domain/Task.h"
#include "store/Outbox.h"

#include <QString>
#include <QUuid>

#include <optional>

namespace mycloud {

class Store;

// What the user changes, applied to the offline store at once (the UI shows it immediately,
// online or not) and queued in the outbox in the same transaction; the sync sends it later.
// Each returns the id of what it made or changed, or nullopt when the store refused.
class Actions final
{
public:
    explicit Actions(Store& store);

    std::optional<QUuid> addTask(const QUuid& productId, const QString& description, bool priority,
                                 const Person& requester);
    std::optional<QUuid> editTask(const Task& edited); // edited.version: the version the user saw
    std::optional<QUuid> deleteTask(const QUuid& taskId);
    // The task leaves the list and a provisional note takes its place until the server's arrives.
    std::optional<QUuid> validateTask(const QUuid& taskId, const Person& performer, const QDate& performedAt,
                                      const QString& workDone, const QString& comment);
    std::optional<QUuid> addNote(const MaintenanceNote& note); // note.id, createdAt and version are set here
    std::optional<QUuid> deleteNote(const QUuid& noteId);

    enum class Level { Account, Affair, Product };
    std::optional<QUuid> setRemoteConsultation(Level level, const QUuid& id, bool enabled);
    // The password goes to the keychain (LockPasswords), the outbox keeps a reference to it.
    std::optional<QUuid> lock(Level level, const QUuid& id, const QString& password);
    // The same with a password already kept: a conflict's, queued again.
    std::optional<QUuid> lockWithKeptPassword(Level level, const QUuid& id, const QString& passwordReference);
    std::optional<QUuid> unlock(Level level, const QUuid& id);

private:
    std::optional<QUuid> queueQrAccess(const std::optional<Change::Data>& changed, Outbox::Kind kind,
                                       const QUuid& id, const QJsonObject& payload);

    Store& m_store;
};

} // namespace mycloud
