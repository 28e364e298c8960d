#pragma once

#include "DecodeError.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mycloud {

// An RFC 9457 problem document (application/problem+json) with our stable `code`.
struct Problem final
{
    struct FieldError
    {
        QString field;
        QString message;
        bool operator==(const FieldError&) const = default;
    };

    QString type;
    QString title;
    int status = 500;
    QString code; // stable, e.g. "precondition_failed"; see docs/openapi.yaml
    QString detail;
    QList<FieldError> errors; // validation failures, field by field

    static Result<Problem, DecodeError> fromJson(const QJsonValue& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const Problem&) const = default;
};

} // namespace mycloud
