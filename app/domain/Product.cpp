#include "Product.h"

#include "JsonFormat.h"
#include "JsonReader.h"
#include "Limits.h"

using namespace Qt::StringLiterals;

namespace mycloud {

Result<Product, DecodeError> Product::fromJson(const QJsonValue& json, const QString& path)
{
    JsonReader r(json, path);
    Product v;
    v.id = r.uuid("id"_L1);
    v.affairId = r.uuid("affairId"_L1);
    v.reference = r.string("reference"_L1, 0, limits::kReference);
    v.name = r.string("name"_L1, 1, limits::kName);
    v.serialNumber = r.string("serialNumber"_L1, 0, limits::kReference);
    v.description = r.string("description"_L1, 0, limits::kText);
    v.manufacturedOn = r.nullableDate("manufacturedOn"_L1);
    v.qrToken = r.token("qrToken"_L1, limits::kQrTokenMin, limits::kQrTokenMax);
    v.remoteConsultation = r.boolean("remoteConsultation"_L1);
    v.locked = r.boolean("locked"_L1);
    v.createdAt = r.dateTime("createdAt"_L1);
    v.updatedAt = r.dateTime("updatedAt"_L1);
    v.version = r.integer("version"_L1, 1, limits::kMaxVersion);
    return r.finish(std::move(v));
}

QJsonObject Product::toJson() const
{
    return {{u"id"_s, JsonFormat::formatUuid(id)},
            {u"affairId"_s, JsonFormat::formatUuid(affairId)},
            {u"reference"_s, reference},
            {u"name"_s, name},
            {u"serialNumber"_s, serialNumber},
            {u"description"_s, description},
            {u"manufacturedOn"_s,
             manufacturedOn ? QJsonValue(JsonFormat::formatDate(*manufacturedOn)) : QJsonValue()},
            {u"qrToken"_s, qrToken},
            {u"remoteConsultation"_s, remoteConsultation},
            {u"locked"_s, locked},
            {u"createdAt"_s, JsonFormat::formatDateTime(createdAt)},
            {u"updatedAt"_s, JsonFormat::formatDateTime(updatedAt)},
            {u"version"_s, version}};
}

} // namespace mycloud
