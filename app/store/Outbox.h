#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mycloud {

class Store;

// The user's writes waiting for the server, in the order they were made, kept in the store's
// database so that neither a lost network nor a killed process loses one. Each entry is written in
// the same transaction as its optimistic change to the mirror. Conflicts (a lost update, an object
// deleted on the server) are kept with both versions for the user to see.
class Outbox final
{
public:
    enum class Kind {
        CreateTask,
        UpdateTask,
        DeleteTask,
        ValidateTask,
        CreateNote,
        DeleteNote,
        SetRemoteConsultation,
        Lock,
        Unlock,
    };
    static QString kindToString(Kind kind);
    static std::optional<Kind> kindFromString(QStringView text);

    struct Entry
    {
        qint64 seq = 0;
        Kind kind = Kind::CreateTask;
        QString target; // the entity's id (or "account")
        QJsonObject payload;
        QDateTime createdAt;
        int attempts = 0;
        QString lastError;
    };
    struct Conflict
    {
        qint64 id = 0;
        Kind kind = Kind::UpdateTask;
        QString target;
        QJsonObject local; // what this client wanted
        QJsonObject server; // what the server has (empty when it was deleted there)
        QString message;
        QDateTime createdAt;
    };

    explicit Outbox(Store& store);

    // Inside the caller's transaction (see Store::transaction): the entry's sequence number, or 0.
    static qint64 enqueue(QSqlDatabase& db, Kind kind, const QString& target, const QJsonObject& payload);

    QList<Entry> pending() const;
    int count() const;
    bool remove(qint64 seq);
    bool recordFailure(qint64 seq, const QString& error);
    // Moves the entry from the queue to the conflicts, with what the server has.
    bool addConflict(const Entry& entry, const QJsonObject& server, const QString& message);
    QList<Conflict> conflicts() const;
    bool dismissConflict(qint64 id);

private:
    Store& m_store;
};

} // namespace mycloud
