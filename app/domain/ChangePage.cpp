#include "ChangePage.h"

#include "JsonReader.h"
#include "Limits.h"

using namespace Qt::StringLiterals;

namespace mycloud {

Result<ChangePage, DecodeError> ChangePage::fromJson(const QJsonValue& json, const QString& path)
{
    JsonReader r(json, path);
    ChangePage v;
    v.items = r.objectArray<Change>("items"_L1, limits::kPageItems);
    v.next = r.nullableString("next"_L1, 1, limits::kCursor);
    v.cursor = r.string("cursor"_L1, 1, limits::kCursor);
    return r.finish(std::move(v));
}

QJsonObject ChangePage::toJson() const
{
    QJsonArray array;
    for (const Change& change : items)
        array.append(change.toJson());
    return {{u"items"_s, array}, {u"next"_s, next ? QJsonValue(*next) : QJsonValue()}, {u"cursor"_s, cursor}};
}

} // namespace mycloud
