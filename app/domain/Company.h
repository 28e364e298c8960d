#pragma once

#include "DecodeError.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace mycloud {

// B2EI itself, for « Nous trouver »: address, phone, e-mail and where to put the map pin.
struct Company final
{
    QString name;
    QString address; // may span several lines
    QString phone;
    QString email;
    QString website;
    double latitude = 0;
    double longitude = 0;

    static Result<Company, DecodeError> fromJson(const QJsonValue& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const Company&) const = default;
};

} // namespace mycloud
