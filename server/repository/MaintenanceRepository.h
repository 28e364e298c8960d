#pragma once

#include "CatalogRepository.h"
#include "WriteOutcome.h"
#include "domain/MaintenanceNote.h"
#include "domain/Page.h"
#include "domain/Task.h"

#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace mycloud::server {

class Database;

// Tasks to perform and the maintenance log of products, scoped to one customer. Every write runs
// in one transaction together with its changes-feed record.
class MaintenanceRepository final
{
public:
    explicit MaintenanceRepository(Database& db);

    using PageRequest = CatalogRepository::PageRequest;
    std::optional<Page<Task>> tasks(const QUuid& customer, const QUuid& productId,
                                    const PageRequest& page) const;
    std::optional<Page<MaintenanceNote>> notes(const QUuid& customer, const QUuid& productId,
                                               const PageRequest& page) const;
    std::optional<Task> task(const QUuid& customer, const QUuid& id) const;
    std::optional<MaintenanceNote> note(const QUuid& customer, const QUuid& id) const;
    QList<Task> tasks(const QUuid& customer, const QList<QUuid>& ids) const; // unknown ids left out
    QList<MaintenanceNote> notes(const QUuid& customer, const QList<QUuid>& ids) const;

    template <class T> struct Written
    {
        WriteOutcome outcome = WriteOutcome::Failed;
        std::optional<T> value;
    };
    // `task.id` is the client id (or a fresh one); the product must be the customer's.
    Written<Task> createTask(const QUuid& customer, const Task& task);
    // Replaces description, priority and requester.
    Written<Task> updateTask(const QUuid& customer, const Task& edited, ExpectedVersion expected);
    WriteOutcome deleteTask(const QUuid& customer, const QUuid& id, ExpectedVersion expected);
    // Deletes the task and logs `note` (performer, date, work done, comment) in its place.
    Written<MaintenanceNote> validateTask(const QUuid& customer, const QUuid& taskId,
                                          const MaintenanceNote& note, ExpectedVersion expected);
    Written<MaintenanceNote> createNote(const QUuid& customer, const MaintenanceNote& note);
    WriteOutcome deleteNote(const QUuid& customer, const QUuid& id, ExpectedVersion expected);

private:
    static Task taskFromRow(const QSqlQuery& q);
    static MaintenanceNote noteFromRow(const QSqlQuery& q);
    // Why a client id cannot be used for a new object of `productId`, if it cannot.
    std::optional<WriteOutcome> checkNewId(QSqlDatabase& connection, const QUuid& customer, const QUuid& id,
                                           const QUuid& productId, const QString& table) const;

    Database& m_db;
};

} // namespace mycloud::server
