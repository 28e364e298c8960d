#pragma once

#include "Account.h"
#include "Affair.h"
#include "Document.h"
#include "MaintenanceNote.h"
#include "Product.h"
#include "Task.h"

#include <optional>
#include <variant>

namespace mycloud {

// One entry of the /changes delta feed: an entity upserted (with its full new state) or deleted.
struct Change final
{
    enum class Entity { Account, Affair, Product, Document, Task, Note };
    enum class Op { Upsert, Delete };
    using Data = std::variant<Account, Affair, Product, Document, Task, MaintenanceNote>;

    qint64 seq = 0;
    Entity entity = Entity::Affair;
    Op op = Op::Upsert;
    QUuid id;
    std::optional<Data> data; // set exactly when op is Upsert; its type matches `entity`

    static Result<Change, DecodeError> fromJson(const QJsonValue& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const Change&) const = default;

    static QString entityToString(Entity entity);
    static std::optional<Entity> entityFromString(QStringView text);
};

} // namespace mycloud
