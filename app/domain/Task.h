#pragma once

#include "DecodeError.h"
#include "Person.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace mycloud {

// A task to carry out on a product (« tâche à réaliser »); priority tasks are listed first.
struct Task final
{
    QUuid id;
    QUuid productId;
    QString description;
    bool priority = false;
    Person requester;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0;

    static Result<Task, DecodeError> fromJson(const QJsonValue& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const Task&) const = default;
};

} // namespace mycloud
