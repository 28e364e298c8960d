#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <optional>

class QSqlQuery;

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
    static QVariant flag(bool value) { return value ? 1 : 0; }
    static QVariant date(const std::optional<QDate>& day);
    // Binds in order; a null QString binds as '' (text columns are NOT NULL), a null QVariant as NULL.
    static void bind(QSqlQuery& q, const QVariantList& values);
};

} // namespace mycloud::server
