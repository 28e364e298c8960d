#include "SessionService.h"

#include "repository/Database.h"
#include "repository/SqlValues.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <sodium.h>

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

QString SessionService::hashToken(const QString& token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

std::optional<SessionService::Created> SessionService::create(const QUuid& customerId)
{
    QByteArray random(32, Qt::Uninitialized);
    randombytes_buf(random.data(), static_cast<size_t>(random.size()));
    Created created;
    created.token = QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QDateTime now = SqlValues::now();
    created.expiresAt = now.addSecs(m_idleSeconds);

    QSqlQuery q(m_db.connection());
    q.prepare(
        u"INSERT INTO sessions (token_hash, customer_id, created_at, expires_at) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(hashToken(created.token));
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
    const QString tokenHash = hashToken(token);
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

void SessionService::revoke(const QString& tokenHash)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM sessions WHERE token_hash = ?"_s);
    q.addBindValue(tokenHash);
    q.exec();
}

} // namespace mycloud::server
