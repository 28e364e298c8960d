#include "WriteTransaction.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mycloud::server {

WriteTransaction::WriteTransaction(Database& db)
    : m_connection(db.connection())
{
    QSqlQuery q(m_connection);
    if (db.isSqlite()) {
        m_active = q.exec(u"BEGIN IMMEDIATE"_s);
    } else {
        m_active = q.exec(u"BEGIN"_s) && q.exec(u"LOCK TABLE changes IN EXCLUSIVE MODE"_s);
        if (!m_active)
            q.exec(u"ROLLBACK"_s);
    }
    if (!m_active)
        qCWarning(lcDatabase) << "cannot start a transaction:" << q.lastError().text();
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        QSqlQuery(m_connection).exec(u"ROLLBACK"_s);
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_connection);
    m_active = false;
    if (q.exec(u"COMMIT"_s))
        return true;
    qCWarning(lcDatabase) << "commit failed:" << q.lastError().text();
    q.exec(u"ROLLBACK"_s);
    return false;
}

} // namespace mycloud::server
