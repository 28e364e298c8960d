#include "Company.h"

#include "JsonReader.h"
#include "Limits.h"

using namespace Qt::StringLiterals;

namespace mycloud {

Result<Company, DecodeError> Company::fromJson(const QJsonValue& json, const QString& path)
{
    JsonReader r(json, path);
    Company v;
    v.name = r.string("name"_L1, 1, limits::kName);
    v.address = r.string("address"_L1, 0, limits::kAddress);
    v.phone = r.string("phone"_L1, 0, limits::kPhone);
    v.email = r.email("email"_L1);
    v.website = r.string("website"_L1, 0, limits::kUrl);
    v.latitude = r.number("latitude"_L1, -90, 90);
    v.longitude = r.number("longitude"_L1, -180, 180);
    return r.finish(std::move(v));
}

QJsonObject Company::toJson() const
{
    return {{u"name"_s, name},          {u"address"_s, address}, {u"phone"_s, phone},
            {u"email"_s, email},        {u"website"_s, website}, {u"latitude"_s, latitude},
            {u"longitude"_s, longitude}};
}

} // namespace mycloud
