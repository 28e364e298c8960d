#include "SessionService.h"

#include "Tokens.h"
#include "repository/Database.h"
#include "repository/SqlValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

// Refresh the stored expiry at most this often, so that reads stay reads.
constexpr qint64 kSlideGranularitySeconds = 60;

} // namespace

SessionService::SessionService(Database& db, qint64 idleSeconds)
    : m_db(db)
    , m_idleSeconds(idleSeconds)
{ }

std::optional<SessionService::Created> SessionService::create(const QUuid& customerId)
{
    Created created;
    created.token = Tokens::random(32);
    const QDateTime now = SqlValues::now();
    created.expiresAt = now.addSecs(m_idleSeconds);

    QSqlQuery q(m_db.connection());
    q.prepare(
        u"INSERT INTO sessions (token_hash, customer_id, created_at, expires_at) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(Tokens::hash(created.token));
    q.addBindValue(SqlValues::uuid(customerId));
    q.addBindValue(SqlValues::time(now));
    q.addBindValue(SqlValues::time(created.expiresAt));
    if (!q.exec())
        return std::nullopt;
    return created;
}

std::optional<SessionService::Session> SessionService::authenticate(const QString& token)
{
    if (token.size() != 43)
        return std::nullopt;
    const QString tokenHash = Tokens::hash(token);
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT customer_id, expires_at FROM sessions WHERE token_hash = ?"_s);
    q.addBindValue(tokenHash);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QUuid customerId = SqlValues::uuid(q.value(0));
    const QDateTime expiresAt = SqlValues::time(q.value(1));
    const QDateTime now = SqlValues::now();
    if (expiresAt <= now) {
        revoke(tokenHash);
        return std::nullopt;
    }
    const QDateTime slid = now.addSecs(m_idleSeconds);
    if (expiresAt.secsTo(slid) >= kSlideGranularitySeconds) {
        QSqlQuery update(m_db.connection());
        update.prepare(u"UPDATE sessions SET expires_at = ? WHERE token_hash = ?"_s);
        update.addBindValue(SqlValues::time(slid));
        update.addBindValue(tokenHash);
        update.exec();
    }
    return Session{customerId, tokenHash};
}

void SessionService::revokeOthers(const QUuid& customerId, const QString& keptTokenHash)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM sessions WHERE customer_id = ? AND token_hash <> ?"_s);
    q.addBindValue(SqlValues::uuid(customerId));
    q.addBindValue(keptTokenHash);
    q.exec();
}

void SessionService::revoke(const QString& tokenHash)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM sessions WHERE token_hash = ?"_s);
    q.addBindValue(tokenHash);
    q.exec();
}

} // namespace mycloud::server
