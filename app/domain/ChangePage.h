#pragma once

#include "Change.h"
#include "DecodeError.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mycloud {

// One page of the delta feed. Store `cursor` and pass it as `since` next time; `next` is set when more pages
// follow.
struct ChangePage final
{
    QList<Change> items;
    std::optional<QString> next;
    QString cursor;

    static Result<ChangePage, DecodeError> fromJson(const QJsonValue& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const ChangePage&) const = default;
};

} // namespace mycloud
