#include "Person.h"

#include "JsonReader.h"
#include "Limits.h"

using namespace Qt::StringLiterals;

namespace mycloud {

Result<Person, DecodeError> Person::fromJson(const QJsonValue& json, const QString& path)
{
    JsonReader r(json, path);
    Person p;
    p.company = r.string("company"_L1, 0, limits::kName);
    p.lastName = r.string("lastName"_L1, 0, limits::kName);
    p.firstName = r.string("firstName"_L1, 0, limits::kName);
    return r.finish(std::move(p));
}

QJsonObject Person::toJson() const
{
    return {{u"company"_s, company}, {u"lastName"_s, lastName}, {u"firstName"_s, firstName}};
}

} // namespace mycloud
