#pragma once

#include "DecodeError.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace mycloud {

// The affair's B2EI contact (« interlocuteur B2EI »): someone to call or mail.
struct Contact final
{
    QString name;
    QString phone;
    QString email;

    static Result<Contact, DecodeError> fromJson(const QJsonValue& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const Contact&) const = default;
};

} // namespace mycloud
