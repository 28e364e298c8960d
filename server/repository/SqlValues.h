#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace mycloud::server {

// How values are spelled in the database: fixed-width UTC text for times (text order = time
// order), canonical lowercase text for UUIDs.
class SqlValues final
{
public:
    SqlValues() = delete;

    static QString time(const QDateTime& when);
    static QDateTime time(const QVariant& stored);
    static QString uuid(const QUuid& id);
    static QUuid uuid(const QVariant& stored);
    static QDateTime now(); // UTC, millisecond precision
};

} // namespace mycloud::server
