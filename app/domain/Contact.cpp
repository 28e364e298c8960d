#include "Contact.h"

#include "JsonReader.h"
#include "Limits.h"

using namespace Qt::StringLiterals;

namespace mycloud {

Result<Contact, DecodeError> Contact::fromJson(const QJsonValue& json, const QString& path)
{
    JsonReader r(json, path);
    Contact v;
    v.name = r.string("name"_L1, 1, limits::kName);
    v.phone = r.string("phone"_L1, 0, limits::kPhone);
    v.email = r.email("email"_L1);
    return r.finish(std::move(v));
}

QJsonObject Contact::toJson() const
{
    return {{u"name"_s, name}, {u"phone"_s, phone}, {u"email"_s, email}};
}

} // namespace mycloud
