#include "Endpoints.h"

#include "domain/JsonFormat.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mycloud::Endpoints {

namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString id(const QUuid& uuid)
{
    return JsonFormat::formatUuid(uuid);
}

ApiRequest withVersion(ApiRequest request, std::optional<qint64> version)
{
    if (version)
        request.headers.append({"If-Match", '"' + QByteArray::number(*version) + '"'});
    return request;
}

QString levelPath(Level level, const QUuid& target)
{
    switch (level) {
    case Level::Account: return u"account"_s;
    case Level::Affair: return u"affairs/"_s + id(target);
    case Level::Product: return u"products/"_s + id(target);
    }
    return {};
}

} // namespace

ApiRequest login(const QString& email, const QString& password)
{
    ApiRequest r = ApiRequest::json("POST", u"auth/login"_s,
                                    json({{u"email"_s, email}, {u"password"_s, password}}), false);
    r.authenticated = false;
    return r;
}

ApiRequest logout()
{
    return ApiRequest::json("POST", u"auth/logout"_s, {}, true);
}

ApiRequest requestPasswordReset(const QString& email)
{
    ApiRequest r = ApiRequest::json("POST", u"auth/password-reset"_s, json({{u"email"_s, email}}), false);
    r.authenticated = false;
    return r;
}

ApiRequest confirmPasswordReset(const QString& code, const QString& newPassword)
{
    ApiRequest r = ApiRequest::json("POST", u"auth/password-reset/confirm"_s,
                                    json({{u"token"_s, code}, {u"newPassword"_s, newPassword}}), false);
    r.authenticated = false;
    return r;
}

ApiRequest changePassword(const QString& current, const QString& newPassword)
{
    return ApiRequest::json("POST", u"auth/change-password"_s,
                            json({{u"currentPassword"_s, current}, {u"newPassword"_s, newPassword}}), false);
}

ApiRequest account()
{
    return ApiRequest::get(u"account"_s);
}

ApiRequest company()
{
    return ApiRequest::get(u"company"_s);
}

ApiRequest changes(const QString& since, int limit)
{
    QUrlQuery query;
    if (!since.isEmpty())
        query.addQueryItem(u"since"_s, since);
    query.addQueryItem(u"limit"_s, QString::number(limit));
    return ApiRequest::get(u"changes"_s, query);
}

ApiRequest resolveQr(const QString& token)
{
    return ApiRequest::get(u"qr/"_s + QString::fromLatin1(QUrl::toPercentEncoding(token)));
}

ApiRequest createTask(const Task& task)
{
    return ApiRequest::json("POST", u"products/%1/tasks"_s.arg(id(task.productId)),
                            json({{u"id"_s, id(task.id)},
                                  {u"description"_s, task.description},
                                  {u"priority"_s, task.priority},
                                  {u"requester"_s, task.requester.toJson()}}),
                            true); // the client id makes a repeated create a no-op
}

ApiRequest updateTask(const Task& task, qint64 version)
{
    return withVersion(ApiRequest::json("PUT", u"tasks/"_s + id(task.id),
                                        json({{u"description"_s, task.description},
                                              {u"priority"_s, task.priority},
                                              {u"requester"_s, task.requester.toJson()}}),
                                        true),
                       version);
}

ApiRequest deleteTask(const QUuid& taskId, std::optional<qint64> version)
{
    ApiRequest r;
    r.verb = "DELETE";
    r.path = u"tasks/"_s + id(taskId);
    return withVersion(r, version);
}

ApiRequest validateTask(const QUuid& taskId, const MaintenanceNote& note, std::optional<qint64> version)
{
    // Not repeated automatically: a lost answer is settled by the changes feed, not by a retry.
    return withVersion(ApiRequest::json("POST", u"tasks/%1/validate"_s.arg(id(taskId)),
                                        json({{u"performer"_s, note.performer.toJson()},
                                              {u"performedAt"_s, JsonFormat::formatDate(note.performedAt)},
                                              {u"workDone"_s, note.workDone},
                                              {u"comment"_s, note.comment}}),
                                        false),
                       version);
}

ApiRequest createNote(const MaintenanceNote& note)
{
    return ApiRequest::json(
        "POST", u"products/%1/notes"_s.arg(id(note.productId)),
        json({{u"id"_s, id(note.id)},
              {u"requester"_s, note.requester.toJson()},
              {u"performer"_s, note.performer.toJson()},
              {u"requestedAt"_s,
               note.requestedAt ? QJsonValue(JsonFormat::formatDateTime(*note.requestedAt)) : QJsonValue()},
              {u"performedAt"_s, JsonFormat::formatDate(note.performedAt)},
              {u"taskDescription"_s, note.taskDescription},
              {u"workDone"_s, note.workDone},
              {u"comment"_s, note.comment}}),
        true);
}

ApiRequest deleteNote(const QUuid& noteId, std::optional<qint64> version)
{
    ApiRequest r;
    r.verb = "DELETE";
    r.path = u"notes/"_s + id(noteId);
    return withVersion(r, version);
}

ApiRequest setRemoteConsultation(Level level, const QUuid& target, bool enabled,
                                 std::optional<qint64> version)
{
    return withVersion(ApiRequest::json("PUT", levelPath(level, target) + u"/remote-consultation"_s,
                                        json({{u"enabled"_s, enabled}}), true),
                       version);
}

ApiRequest lock(Level level, const QUuid& target, const QString& password)
{
    return ApiRequest::json("POST", levelPath(level, target) + u"/lock"_s, json({{u"password"_s, password}}),
                            true);
}

ApiRequest unlock(Level level, const QUuid& target)
{
    return ApiRequest::json("POST", levelPath(level, target) + u"/unlock"_s, {}, true);
}

ApiRequest createDoe(const QUuid& affairId, const DoeRequest& request)
{
    return ApiRequest::json("POST", u"affairs/%1/doe"_s.arg(id(affairId)), json(request.toJson()), false);
}

ApiRequest doe(const QUuid& exportId)
{
    return ApiRequest::get(u"doe/"_s + id(exportId));
}

QString documentContentPath(const QUuid& documentId)
{
    return u"documents/%1/content"_s.arg(id(documentId));
}

} // namespace mycloud::Endpoints
