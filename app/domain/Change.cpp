#include "Change.h"

#include "JsonFormat.h"
#include "JsonReader.h"
#include "Limits.h"

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

constexpr std::array kEntities{Change::Entity::Account,  Change::Entity::Affair, Change::Entity::Product,
                               Change::Entity::Document, Change::Entity::Task,   Change::Entity::Note};

std::optional<Change::Op> opFromString(QStringView text)
{
    if (text == u"upsert")
        return Change::Op::Upsert;
    if (text == u"delete")
        return Change::Op::Delete;
    return std::nullopt;
}

template <class T> Result<Change::Data, DecodeError> decodeAs(const QJsonObject& object, const QString& path)
{
    auto decoded = T::fromJson(object, path);
    if (!decoded)
        return decoded.error();
    return Change::Data(std::move(decoded).value());
}

Result<Change::Data, DecodeError> decodeData(Change::Entity entity, const QJsonObject& object,
                                             const QString& path)
{
    switch (entity) {
    case Change::Entity::Account: return decodeAs<Account>(object, path);
    case Change::Entity::Affair: return decodeAs<Affair>(object, path);
    case Change::Entity::Product: return decodeAs<Product>(object, path);
    case Change::Entity::Document: return decodeAs<Document>(object, path);
    case Change::Entity::Task: return decodeAs<Task>(object, path);
    case Change::Entity::Note: return decodeAs<MaintenanceNote>(object, path);
    }
    Q_UNREACHABLE();
}

} // namespace

QString Change::entityToString(Entity entity)
{
    switch (entity) {
    case Entity::Account: return u"account"_s;
    case Entity::Affair: return u"affair"_s;
    case Entity::Product: return u"product"_s;
    case Entity::Document: return u"document"_s;
    case Entity::Task: return u"task"_s;
    case Entity::Note: return u"note"_s;
    }
    Q_UNREACHABLE();
}

std::optional<Change::Entity> Change::entityFromString(QStringView text)
{
    for (const Entity entity : kEntities) {
        if (text == entityToString(entity))
            return entity;
    }
    return std::nullopt;
}

Result<Change, DecodeError> Change::fromJson(const QJsonValue& json, const QString& path)
{
    JsonReader r(json, path);
    Change v;
    v.seq = r.integer("seq"_L1, 1, limits::kMaxVersion);
    v.entity = r.enumeration("entity"_L1, &Change::entityFromString);
    v.op = r.enumeration("op"_L1, &opFromString);
    v.id = r.uuid("id"_L1);
    const std::optional<QJsonObject> data = r.optionalObject("data"_L1);
    if (!r.ok())
        return *r.error();
    const QString dataPath = r.childPath("data"_L1);
    if (v.op == Op::Delete) {
        if (data)
            return DecodeError(DecodeError::Kind::BadFormat, dataPath, u"a delete carries no data"_s);
        return v;
    }
    if (!data)
        return DecodeError(DecodeError::Kind::MissingField, dataPath);
    auto decoded = decodeData(v.entity, *data, dataPath);
    if (!decoded)
        return decoded.error();
    const QUuid dataId = std::visit([](const auto& entity) { return entity.id; }, decoded.value());
    if (dataId != v.id)
        return DecodeError(DecodeError::Kind::BadFormat, dataPath + u".id"_s,
                           u"differs from the change id"_s);
    v.data = std::move(decoded).value();
    return v;
}

QJsonObject Change::toJson() const
{
    QJsonObject object{{u"seq"_s, seq},
                       {u"entity"_s, entityToString(entity)},
                       {u"op"_s, op == Op::Upsert ? u"upsert"_s : u"delete"_s},
                       {u"id"_s, JsonFormat::formatUuid(id)}};
    if (data)
        object.insert(u"data"_s, std::visit([](const auto& value) { return value.toJson(); }, *data));
    return object;
}

} // namespace mycloud
