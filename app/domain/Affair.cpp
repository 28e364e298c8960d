#include "Affair.h"

#include "JsonFormat.h"
#include "JsonReader.h"
#include "Limits.h"

using namespace Qt::StringLiterals;

namespace mycloud {

Result<Affair, DecodeError> Affair::fromJson(const QJsonValue& json, const QString& path)
{
    JsonReader r(json, path);
    Affair v;
    v.id = r.uuid("id"_L1);
    v.reference = r.string("reference"_L1, 0, limits::kReference);
    v.name = r.string("name"_L1, 1, limits::kName);
    v.client = r.string("client"_L1, 0, limits::kName);
    v.site = r.string("site"_L1, 0, limits::kName);
    v.contact = r.object<Contact>("contact"_L1);
    v.remoteConsultation = r.boolean("remoteConsultation"_L1);
    v.locked = r.boolean("locked"_L1);
    v.productCount = r.integer("productCount"_L1, 0, limits::kMaxVersion);
    v.createdAt = r.dateTime("createdAt"_L1);
    v.updatedAt = r.dateTime("updatedAt"_L1);
    v.version = r.integer("version"_L1, 1, limits::kMaxVersion);
    return r.finish(std::move(v));
}

QJsonObject Affair::toJson() const
{
    return {{u"id"_s, JsonFormat::formatUuid(id)},
            {u"reference"_s, reference},
            {u"name"_s, name},
            {u"client"_s, client},
            {u"site"_s, site},
            {u"contact"_s, contact.toJson()},
            {u"remoteConsultation"_s, remoteConsultation},
            {u"locked"_s, locked},
            {u"productCount"_s, productCount},
            {u"createdAt"_s, JsonFormat::formatDateTime(createdAt)},
            {u"updatedAt"_s, JsonFormat::formatDateTime(updatedAt)},
            {u"version"_s, version}};
}

} // namespace mycloud
