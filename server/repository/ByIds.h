#pragma once

#include "SqlValues.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace mycloud::server {

// Many rows of one customer by id in one query (`selectWhere` ends with "… WHERE <alias>customer_id
// = ? AND <alias>id"): the changes feed loads a page's entities this way rather than one by one.
template <class T, class FromRow>
QList<T> loadByIds(const QSqlDatabase& db, const QString& selectWhere, const QUuid& customer,
                   const QList<QUuid>& ids, FromRow fromRow)
{
    QList<T> found;
    if (ids.isEmpty())
        return found;
    QStringList marks;
    QVariantList binds{SqlValues::uuid(customer)};
    for (const QUuid& id : ids) {
        marks << QStringLiteral("?");
        binds << SqlValues::uuid(id);
    }
    QSqlQuery q(db);
    q.prepare(selectWhere + QStringLiteral(" IN (") + marks.join(u',') + u')');
    SqlValues::bind(q, binds);
    if (!q.exec())
        return found;
    while (q.next())
        found.append(fromRow(q));
    return found;
}

} // namespace mycloud::server
