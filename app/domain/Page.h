#pragma once

#include "JsonReader.h"
#include "Limits.h"

#include <QJsonArray>
#include <QList>

#include <optional>

namespace mycloud {

// One page of a list answer: {"items": [...], "next": <cursor or null>}.
template <class T> struct Page final
{
    QList<T> items;
    std::optional<QString> next; // opaque cursor of the following page; nullopt on the last page

    static Result<Page, DecodeError> fromJson(const QJsonValue& json, const QString& path = {})
    {
        JsonReader r(json, path);
        Page page;
        page.items = r.objectArray<T>(QLatin1StringView("items"), limits::kPageItems);
        page.next = r.nullableString(QLatin1StringView("next"), 1, limits::kCursor);
        return r.finish(std::move(page));
    }

    QJsonObject toJson() const
    {
        QJsonArray array;
        for (const T& item : items)
            array.append(item.toJson());
        return {{QStringLiteral("items"), array},
                {QStringLiteral("next"), next ? QJsonValue(*next) : QJsonValue()}};
    }

    bool operator==(const Page&) const = default;
};

} // namespace mycloud
