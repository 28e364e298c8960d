#pragma once

#include "Contact.h"
#include "DecodeError.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace mycloud {

// A customer job (« affaire ») grouping the products B2EI built for it.
struct Affair final
{
    QUuid id;
    QString reference;
    QString name;
    QString client; // the customer's own client, when known
    QString site;
    Contact contact;
    bool remoteConsultation = false;
    bool locked = false;
    qint64 productCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0;

    static Result<Affair, DecodeError> fromJson(const QJsonValue& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const Affair&) const = default;
};

} // namespace mycloud
