#include "Account.h"

#include "JsonFormat.h"
#include "JsonReader.h"
#include "Limits.h"

using namespace Qt::StringLiterals;

namespace mycloud {

Result<Account, DecodeError> Account::fromJson(const QJsonValue& json, const QString& path)
{
    JsonReader r(json, path);
    Account v;
    v.id = r.uuid("id"_L1);
    v.email = r.email("email"_L1);
    v.name = r.string("name"_L1, 1, limits::kName);
    v.company = r.string("company"_L1, 0, limits::kName);
    v.address = r.string("address"_L1, 0, limits::kAddress);
    v.phone = r.string("phone"_L1, 0, limits::kPhone);
    v.remoteConsultation = r.boolean("remoteConsultation"_L1);
    v.version = r.integer("version"_L1, 1, limits::kMaxVersion);
    return r.finish(std::move(v));
}

QJsonObject Account::toJson() const
{
    return {{u"id"_s, JsonFormat::formatUuid(id)},
            {u"email"_s, email},
            {u"name"_s, name},
            {u"company"_s, company},
            {u"address"_s, address},
            {u"phone"_s, phone},
            {u"remoteConsultation"_s, remoteConsultation},
            {u"version"_s, version}};
}

} // namespace mycloud
