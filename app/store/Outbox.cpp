#include "Outbox.h"

#include "Store.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

const std::pair<Outbox::Kind, const char*> kKinds[] = {
    {Outbox::Kind::CreateTask, "task.create"},
    {Outbox::Kind::UpdateTask, "task.update"},
    {Outbox::Kind::DeleteTask, "task.delete"},
    {Outbox::Kind::ValidateTask, "task.validate"},
    {Outbox::Kind::CreateNote, "note.create"},
    {Outbox::Kind::DeleteNote, "note.delete"},
    {Outbox::Kind::SetRemoteConsultation, "switch"},
    {Outbox::Kind::Lock, "lock"},
    {Outbox::Kind::Unlock, "unlock"},
};

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant& stored)
{
    return QJsonDocument::fromJson(stored.toString().toUtf8()).object();
}

} // namespace

QString Outbox::kindToString(Kind kind)
{
    for (const auto& [k, name] : kKinds)
        if (k == kind)
            return QString::fromLatin1(name);
    return {};
}

std::optional<Outbox::Kind> Outbox::kindFromString(QStringView text)
{
    for (const auto& [k, name] : kKinds)
        if (text == QLatin1StringView(name))
            return k;
    return std::nullopt;
}

Outbox::Outbox(Store& store)
    : m_store(store)
{ }

qint64 Outbox::enqueue(QSqlDatabase& db, Kind kind, const QString& target, const QJsonObject& payload)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO outbox (kind, target, payload, created_at) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(kindToString(kind));
    q.addBindValue(target);
    q.addBindValue(compact(payload));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        qCWarning(lcStore) << "outbox:" << q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

QList<Outbox::Entry> Outbox::pending() const
{
    QList<Entry> entries;
    QSqlQuery q(m_store.connection());
    if (!q.exec(
            u"SELECT seq, kind, target, payload, created_at, attempts, last_error FROM outbox ORDER BY seq"_s))
        return entries;
    while (q.next()) {
        const auto kind = kindFromString(q.value(1).toString());
        if (!kind)
            continue; // written by a newer version: left for it
        entries.append({q.value(0).toLongLong(), *kind, q.value(2).toString(), object(q.value(3)),
                        QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs), q.value(5).toInt(),
                        q.value(6).toString()});
    }
    return entries;
}

int Outbox::count() const
{
    QSqlQuery q(m_store.connection());
    return q.exec(u"SELECT count(*) FROM outbox"_s) && q.next() ? q.value(0).toInt() : 0;
}

bool Outbox::remove(qint64 seq)
{
    QSqlQuery q(m_store.connection());
    q.prepare(u"DELETE FROM outbox WHERE seq = ?"_s);
    q.addBindValue(seq);
    return q.exec();
}

bool Outbox::recordFailure(qint64 seq, const QString& error)
{
    QSqlQuery q(m_store.connection());
    q.prepare(u"UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?"_s);
    q.addBindValue(error);
    q.addBindValue(seq);
    return q.exec();
}

bool Outbox::addConflict(const Entry& entry, const QJsonObject& server, const QString& message)
{
    // The conflict is recorded and the entry leaves the queue together: never one without the other.
    return m_store.transaction([&](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.prepare(
            u"INSERT INTO conflicts (kind, target, local, server, message, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(kindToString(entry.kind));
        q.addBindValue(entry.target);
        q.addBindValue(compact(entry.payload));
        q.addBindValue(compact(server));
        q.addBindValue(message);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec())
            return false;
        q.prepare(u"DELETE FROM outbox WHERE seq = ?"_s);
        q.addBindValue(entry.seq);
        return q.exec();
    });
}

QList<Outbox::Conflict> Outbox::conflicts() const
{
    QList<Conflict> found;
    QSqlQuery q(m_store.connection());
    if (!q.exec(u"SELECT id, kind, target, local, server, message, created_at FROM conflicts ORDER BY id"_s))
        return found;
    while (q.next())
        found.append({q.value(0).toLongLong(),
                      kindFromString(q.value(1).toString()).value_or(Kind::UpdateTask), q.value(2).toString(),
                      object(q.value(3)), object(q.value(4)), q.value(5).toString(),
                      QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs)});
    return found;
}

bool Outbox::dismissConflict(qint64 conflictId)
{
    QSqlQuery q(m_store.connection());
    q.prepare(u"DELETE FROM conflicts WHERE id = ?"_s);
    q.addBindValue(conflictId);
    return q.exec();
}

} // namespace mycloud
