#pragma once

#include "DecodeError.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace mycloud {

// One manufactured item of an affair, reachable by the QR code on its label.
struct Product final
{
    QUuid id;
    QUuid affairId;
    QString reference;
    QString name;
    QString serialNumber;
    QString description;
    std::optional<QDate> manufacturedOn;
    QString qrToken; // random, URL-safe; the label encodes https://<server>/q/<qrToken>
    bool remoteConsultation = false;
    bool locked = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0;

    static Result<Product, DecodeError> fromJson(const QJsonValue& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const Product&) const = default;
};

} // namespace mycloud
