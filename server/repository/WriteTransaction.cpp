#include "WriteTransaction.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

// Connections are per thread, so nesting is tracked per thread: an inner transaction joins the
// outer one, and its failure dooms the whole (bulk loads wrap many repository writes in one).
thread_local int t_depth = 0;
thread_local bool t_doomed = false;

} // namespace

WriteTransaction::WriteTransaction(Database& db)
    : m_connection(db.connection())
{
    if (t_depth > 0) {
        m_nested = true;
        m_active = true;
        ++t_depth;
        return;
    }
    QSqlQuery q(m_connection);
    if (db.isSqlite()) {
        m_active = q.exec(u"BEGIN IMMEDIATE"_s);
    } else {
        m_active = q.exec(u"BEGIN"_s) && q.exec(u"LOCK TABLE changes IN EXCLUSIVE MODE"_s);
        if (!m_active)
            q.exec(u"ROLLBACK"_s);
    }
    if (m_active) {
        t_depth = 1;
        t_doomed = false;
    } else {
        qCWarning(lcDatabase) << "cannot start a transaction:" << q.lastError().text();
    }
}

WriteTransaction::~WriteTransaction()
{
    if (!m_active)
        return;
    if (m_nested) {
        t_doomed = true;
        --t_depth;
        return;
    }
    QSqlQuery(m_connection).exec(u"ROLLBACK"_s);
    t_depth = 0;
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_nested) {
        --t_depth;
        return !t_doomed;
    }
    t_depth = 0;
    QSqlQuery q(m_connection);
    if (!t_doomed && q.exec(u"COMMIT"_s))
        return true;
    qCWarning(lcDatabase) << "commit failed:"
                          << (t_doomed ? u"an inner write failed"_s : q.lastError().text());
    q.exec(u"ROLLBACK"_s);
    return false;
}

} // namespace mycloud::server
