#include "Task.h"

#include "JsonFormat.h"
#include "JsonReader.h"
#include "Limits.h"

using namespace Qt::StringLiterals;

namespace mycloud {

Result<Task, DecodeError> Task::fromJson(const QJsonValue& json, const QString& path)
{
    JsonReader r(json, path);
    Task v;
    v.id = r.uuid("id"_L1);
    v.productId = r.uuid("productId"_L1);
    v.description = r.string("description"_L1, 1, limits::kText);
    v.priority = r.boolean("priority"_L1);
    v.requester = r.object<Person>("requester"_L1);
    v.createdAt = r.dateTime("createdAt"_L1);
    v.updatedAt = r.dateTime("updatedAt"_L1);
    v.version = r.integer("version"_L1, 1, limits::kMaxVersion);
    return r.finish(std::move(v));
}

QJsonObject Task::toJson() const
{
    return {{u"id"_s, JsonFormat::formatUuid(id)},
            {u"productId"_s, JsonFormat::formatUuid(productId)},
            {u"description"_s, description},
            {u"priority"_s, priority},
            {u"requester"_s, requester.toJson()},
            {u"createdAt"_s, JsonFormat::formatDateTime(createdAt)},
            {u"updatedAt"_s, JsonFormat::formatDateTime(updatedAt)},
            {u"version"_s, version}};
}

} // namespace mycloud
