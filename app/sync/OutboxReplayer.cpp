#include "OutboxReplayer.h"

#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "store/Store.h"
#include "sync/LockPasswords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOutbox, "mycloud.sync.outbox")

namespace mycloud {

namespace {

Endpoints::Level level(const QJsonObject& payload)
{
    const QString name = payload.value(u"level"_s).toString();
    return name == u"account" ? Endpoints::Level::Account
        : name == u"affair"   ? Endpoints::Level::Affair
                              : Endpoints::Level::Product;
}

// The request of an entry, or nullopt when its payload is unreadable (a conflict, never a crash).
// A lock's password comes from the keychain, not from the outbox.
std::optional<ApiRequest> requestFor(const Outbox::Entry& entry, const QString& lockPassword)
{
    const QUuid target = QUuid::fromString(entry.target);
    switch (entry.kind) {
    case Outbox::Kind::CreateTask: {
        auto task = Task::fromJson(entry.payload);
        return task ? std::optional(Endpoints::createTask(task.value())) : std::nullopt;
    }
    case Outbox::Kind::UpdateTask: {
        auto task = Task::fromJson(entry.payload);
        return task ? std::optional(
                   Endpoints::updateTask(task.value(), entry.payload.value(u"baseVersion"_s).toInteger()))
                    : std::nullopt;
    }
    case Outbox::Kind::DeleteTask: return Endpoints::deleteTask(target, std::nullopt);
    case Outbox::Kind::ValidateTask: {
        auto note = MaintenanceNote::fromJson(entry.payload);
        return note ? std::optional(Endpoints::validateTask(target, note.value(), std::nullopt))
                    : std::nullopt;
    }
    case Outbox::Kind::CreateNote: {
        auto note = MaintenanceNote::fromJson(entry.payload);
        return note ? std::optional(Endpoints::createNote(note.value())) : std::nullopt;
    }
    case Outbox::Kind::DeleteNote: return Endpoints::deleteNote(target, std::nullopt);
    case Outbox::Kind::SetRemoteConsultation:
        return Endpoints::setRemoteConsultation(level(entry.payload), target,
                                                entry.payload.value(u"enabled"_s).toBool(), std::nullopt);
    case Outbox::Kind::Lock: return Endpoints::lock(level(entry.payload), target, lockPassword);
    case Outbox::Kind::Unlock: return Endpoints::unlock(level(entry.payload), target);
    }
    return std::nullopt;
}

bool isDelete(Outbox::Kind kind)
{
    return kind == Outbox::Kind::DeleteTask || kind == Outbox::Kind::DeleteNote;
}

} // namespace

OutboxReplayer::OutboxReplayer(ApiClient& client, Store& store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_outbox(store)
{ }

void OutboxReplayer::start()
{
    m_queue = m_outbox.pending();
    m_sent = 0;
    m_conflicts = 0;
    m_requests = 0;
    m_error.reset();
    next();
}

void OutboxReplayer::next()
{
    if (m_queue.isEmpty()) {
        emit finished(Outcome::Done);
        return;
    }
    const Outbox::Entry entry = m_queue.takeFirst();
    if (entry.kind != Outbox::Kind::Lock) {
        send(entry, requestFor(entry, {}));
        return;
    }
    if (const QJsonValue inClear = entry.payload.value(u"password"_s); inClear.isString()) {
        send(entry, requestFor(entry, inClear.toString())); // queued by an earlier version
        return;
    }
    m_passwords.read(entry.payload.value(u"passwordReference"_s).toString(),
                     [this, entry](const std::optional<QString>& password) {
                         if (password) {
                             send(entry, requestFor(entry, *password));
                             return;
                         }
                         m_outbox.addConflict(
                             entry, {},
                             tr("The password of this lock was not kept on this computer (no "
                                "keychain answered): lock it again."));
                         ++m_conflicts;
                         next();
                     });
}

void OutboxReplayer::send(const Outbox::Entry& entry, const std::optional<ApiRequest>& request)
{
    if (!request) {
        m_outbox.addConflict(entry, {}, tr("This change could not be read back and was not sent."));
        ++m_conflicts;
        next();
        return;
    }
    ApiReply* reply = m_client.send(*request);
    ++m_requests;
    connect(reply, &ApiReply::finished, this, [this, entry, reply] { handle(entry, reply); });
}

void OutboxReplayer::handle(const Outbox::Entry& entry, ApiReply* reply)
{
    reply->deleteLater();
    const std::optional<ApiError>& error = reply->error();
    if (error && error->isUnreachable()) {
        m_outbox.recordFailure(entry.seq, error->detail());
        m_error = error;
        emit finished(Outcome::Unreachable);
        return;
    }
    if (error && error->kind() == ApiError::Kind::Http && error->status() == 401) {
        m_error = error;
        emit finished(Outcome::SignedOut);
        return;
    }
    if (error && (error->kind() != ApiError::Kind::Http || error->status() >= 500)) {
        m_outbox.recordFailure(entry.seq, error->detail()); // kept for the next sync
        m_error = error;
        emit finished(Outcome::Failed);
        return;
    }
    // A lost answer (the process killed after the server applied the change) looks like a 404 for a
    // validation and a 412 for an edit on replay: look at the server's side before calling it a conflict.
    if (error
        && ((entry.kind == Outbox::Kind::ValidateTask && error->status() == 404)
            || (entry.kind == Outbox::Kind::UpdateTask && error->status() == 412))) {
        lookUp(entry, *error);
        return;
    }
    if (!settle(entry, *reply)) {
        m_error = ApiError(ApiError::Kind::BadAnswer, u"cannot store the server's answer"_s);
        emit finished(Outcome::Failed);
        return;
    }
    if (entry.kind == Outbox::Kind::Lock && !error) // a conflict keeps it, for "keep mine"
        LockPasswords::forget(entry.payload.value(u"passwordReference"_s).toString());
    ++m_sent;
    next();
}

void OutboxReplayer::lookUp(const Outbox::Entry& entry, const ApiError& original)
{
    const QString productId = entry.payload.value(u"productId"_s).toString();
    const bool validation = entry.kind == Outbox::Kind::ValidateTask;
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"500"_s);
    ++m_requests;
    ApiReply* reply = m_client.send(
        ApiRequest::get(u"products/%1/%2"_s.arg(productId, validation ? u"notes"_s : u"tasks"_s), query));
    connect(reply, &ApiReply::finished, this, [this, entry, original, reply, validation] {
        reply->deleteLater();
        const QJsonArray items = QJsonDocument::fromJson(reply->body()).object().value(u"items"_s).toArray();
        QJsonObject server;
        for (const QJsonValue& item : items) {
            const QJsonObject object = item.toObject();
            const QString key
                = validation ? object.value(u"taskId"_s).toString() : object.value(u"id"_s).toString();
            if (key == entry.target)
                server = object;
        }
        // Ours already went through when the server holds exactly what we sent.
        const bool ours = validation
            ? !server.isEmpty()
            : !server.isEmpty() && server.value(u"description"_s) == entry.payload.value(u"description"_s)
                && server.value(u"priority"_s) == entry.payload.value(u"priority"_s)
                && server.value(u"requester"_s) == entry.payload.value(u"requester"_s);
        bool stored = false;
        if (reply->error()) {
            m_outbox.recordFailure(entry.seq, reply->error()->detail());
            m_error = reply->error();
            emit finished(reply->error()->isUnreachable() ? Outcome::Unreachable : Outcome::Failed);
            return;
        }
        if (ours) {
            stored = m_store.transaction([&](QSqlDatabase& db) {
                bool ok = true;
                if (validation) {
                    auto note = MaintenanceNote::fromJson(server);
                    ok = note
                        && Store::removeIn(db, Change::Entity::Note,
                                           QUuid::fromString(entry.payload.value(u"id"_s).toString()))
                        && Store::upsertIn(db, note.value());
                } else if (auto task = Task::fromJson(server)) {
                    ok = Store::upsertIn(db, task.value());
                }
                QSqlQuery q(db);
                q.prepare(u"DELETE FROM outbox WHERE seq = ?"_s);
                q.addBindValue(entry.seq);
                return ok && q.exec();
            });
        } else {
            ++m_conflicts;
            stored = m_outbox.addConflict(
                entry, server,
                original.status() == 412
                    ? tr("Someone changed this task on the server before your change arrived.")
                    : tr("This task was deleted on the server."));
        }
        if (!stored) {
            m_error = ApiError(ApiError::Kind::BadAnswer, u"cannot store the server's answer"_s);
            emit finished(Outcome::Failed);
            return;
        }
        ++m_sent;
        next();
    });
}

bool OutboxReplayer::settle(const Outbox::Entry& entry, const ApiReply& reply)
{
    const std::optional<ApiError>& error = reply.error();
    if (error) {
        // Deleting what is already gone is what was wanted.
        if (error->status() == 404 && isDelete(entry.kind))
            return m_outbox.remove(entry.seq);
        // A lost update, an object deleted on the server, a refused value: kept for the user with
        // the server's side; the next pull puts the server's state in the mirror.
        const QString message = error->status() == 412
            ? tr("Someone changed this item on the server before your change arrived.")
            : error->status() == 404 ? tr("This item was deleted on the server.")
                                     : error->message();
        ++m_conflicts;
        qCInfo(lcOutbox) << "conflict on" << Outbox::kindToString(entry.kind) << entry.target
                         << error->status();
        return m_outbox.addConflict(entry, {}, message);
    }
    // The server's answer replaces the optimistic copy (a validation's provisional note included).
    return m_store.transaction([&](QSqlDatabase& db) {
        bool ok = true;
        switch (entry.kind) {
        case Outbox::Kind::CreateTask:
        case Outbox::Kind::UpdateTask:
            if (auto task = reply.decoded<Task>())
                ok = Store::upsertIn(db, task.value());
            break;
        case Outbox::Kind::ValidateTask:
            if (auto note = reply.decoded<MaintenanceNote>()) {
                const QUuid provisional = QUuid::fromString(entry.payload.value(u"id"_s).toString());
                ok = Store::removeIn(db, Change::Entity::Note, provisional)
                    && Store::upsertIn(db, note.value());
            }
            break;
        case Outbox::Kind::CreateNote:
            if (auto note = reply.decoded<MaintenanceNote>())
                ok = Store::upsertIn(db, note.value());
            break;
        default: break; // switches and locks: the next pull brings the new versions
        }
        QSqlQuery q(db);
        q.prepare(u"DELETE FROM outbox WHERE seq = ?"_s);
        q.addBindValue(entry.seq);
        return ok && q.exec();
    });
}

} // namespace mycloud
