#pragma once

#include "DecodeError.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace mycloud {

// The signed-in customer (« Mon compte ») and its global remote-consultation switch.
struct Account final
{
    QUuid id;
    QString email;
    QString name;
    QString company;
    QString address;
    QString phone;
    bool remoteConsultation = false;
    qint64 version = 0;

    static Result<Account, DecodeError> fromJson(const QJsonValue& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const Account&) const = default;
};

} // namespace mycloud
