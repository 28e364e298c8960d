#pragma once

#include "domain/Result.h"
#include "store/Outbox.h"
#include "sync/Actions.h"

#include <QCoreApplication>
#include <QUuid>

#include <optional>

namespace mycloud {

class Store;

// The user's answer to a conflict: a queued change the server could not take as it was. The sync
// already mirrored the server's state into the store, so keeping theirs forgets the conflict, and
// keeping mine queues the change again through Actions (in the store at once, sent by the next
// sync) against the server's current version, so that it wins this time. Either way the conflict
// is gone once the answer is in the store.
class ConflictResolver final
{
    Q_DECLARE_TR_FUNCTIONS(ConflictResolver)

public:
    enum class Error {
        NotFound, // no such conflict: already resolved
        Unreadable, // the change kept with it cannot be read back
        StoreRefused, // the offline store could not be written
    };
    static QString message(Error error); // translated, for the user

    explicit ConflictResolver(Store& store);

    std::optional<Error> keepTheirs(qint64 conflictId);
    // The id of what was queued: a task or note deleted on the server comes back under a new id.
    Result<QUuid, Error> keepMine(qint64 conflictId);

private:
    std::optional<Outbox::Conflict> find(qint64 conflictId) const;
    Result<QUuid, Error> queueAgain(const Outbox::Conflict& conflict);
    std::optional<QUuid> putTask(Task task, const QJsonObject& server);
    bool discardUnsent(const Outbox::Conflict& conflict);

    Store& m_store;
    Outbox m_outbox;
    Actions m_actions;
};

} // namespace mycloud
