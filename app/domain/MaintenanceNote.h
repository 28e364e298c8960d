#pragma once

#include "DecodeError.h"
#include "Person.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace mycloud {

// An entry of a product's maintenance log (« suivi de maintenance »); a validated task becomes one.
struct MaintenanceNote final
{
    QUuid id;
    QUuid productId;
    std::optional<QUuid> taskId; // the task it came from, if any
    Person requester;
    Person performer;
    std::optional<QDateTime> requestedAt;
    QDate performedAt;
    QString taskDescription;
    QString workDone;
    QString comment;
    QDateTime createdAt;
    qint64 version = 0;

    static Result<MaintenanceNote, DecodeError> fromJson(const QJsonValue& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const MaintenanceNote&) const = default;
};

} // namespace mycloud
