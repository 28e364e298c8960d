#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUuid>

// How tests spell ids in paths and bodies in requests, once for every test.
inline QString idOf(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

inline QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
