#include "SqlValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mycloud::server {

QString SqlValues::time(const QDateTime& when)
{
    return when.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QDateTime SqlValues::time(const QVariant& stored)
{
    QDateTime when = QDateTime::fromString(stored.toString(), Qt::ISODateWithMs);
    return when.toUTC();
}

QString SqlValues::uuid(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QUuid SqlValues::uuid(const QVariant& stored)
{
    return QUuid::fromString(stored.toString());
}

QVariant SqlValues::date(const std::optional<QDate>& day)
{
    return day ? QVariant(day->toString(Qt::ISODate)) : QVariant();
}

void SqlValues::bind(QSqlQuery& q, const QVariantList& values)
{
    for (const QVariant& v : values) {
        // An empty text is '' (columns are NOT NULL), never the NULL that QtSql makes of a null
        // QString; a NULL is asked for with a null QVariant.
        const bool nullText = !v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull();
        q.addBindValue(nullText ? QVariant(QStringLiteral("")) : v);
    }
}

QDateTime SqlValues::now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace mycloud::server
