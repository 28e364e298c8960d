#include "MaintenanceNote.h"

#include "JsonFormat.h"
#include "JsonReader.h"
#include "Limits.h"

using namespace Qt::StringLiterals;

namespace mycloud {

Result<MaintenanceNote, DecodeError> MaintenanceNote::fromJson(const QJsonValue& json, const QString& path)
{
    JsonReader r(json, path);
    MaintenanceNote v;
    v.id = r.uuid("id"_L1);
    v.productId = r.uuid("productId"_L1);
    v.taskId = r.nullableUuid("taskId"_L1);
    v.requester = r.object<Person>("requester"_L1);
    v.performer = r.object<Person>("performer"_L1);
    v.requestedAt = r.nullableDateTime("requestedAt"_L1);
    v.performedAt = r.date("performedAt"_L1);
    v.taskDescription = r.string("taskDescription"_L1, 0, limits::kText);
    v.workDone = r.string("workDone"_L1, 0, limits::kText);
    v.comment = r.string("comment"_L1, 0, limits::kText);
    v.createdAt = r.dateTime("createdAt"_L1);
    v.version = r.integer("version"_L1, 1, limits::kMaxVersion);
    return r.finish(std::move(v));
}

QJsonObject MaintenanceNote::toJson() const
{
    return {
        {u"id"_s, JsonFormat::formatUuid(id)},
        {u"productId"_s, JsonFormat::formatUuid(productId)},
        {u"taskId"_s, taskId ? QJsonValue(JsonFormat::formatUuid(*taskId)) : QJsonValue()},
        {u"requester"_s, requester.toJson()},
        {u"performer"_s, performer.toJson()},
        {u"requestedAt"_s, requestedAt ? QJsonValue(JsonFormat::formatDateTime(*requestedAt)) : QJsonValue()},
        {u"performedAt"_s, JsonFormat::formatDate(performedAt)},
        {u"taskDescription"_s, taskDescription},
        {u"workDone"_s, workDone},
        {u"comment"_s, comment},
        {u"createdAt"_s, JsonFormat::formatDateTime(createdAt)},
        {u"version"_s, version}};
}

} // namespace mycloud
