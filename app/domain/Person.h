#pragma once

#include "DecodeError.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace mycloud {

// Who asked for a task ("demandeur") or carried it out ("réalisé par").
struct Person final
{
    QString company;
    QString lastName;
    QString firstName;

    static Result<Person, DecodeError> fromJson(const QJsonValue& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const Person&) const = default;
};

} // namespace mycloud
