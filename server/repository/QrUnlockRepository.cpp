#include "QrUnlockRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mycloud::server {

QrUnlockRepository::QrUnlockRepository(Database& db)
    : m_db(db)
{ }

bool QrUnlockRepository::store(const QUuid& productId, const QString& cookieHash, const QDateTime& expiresAt)
{
    QSqlQuery q(m_db.connection());
    // Expired cookies go as new ones come, so the table stays as small as the live ones.
    q.prepare(u"DELETE FROM qr_unlocks WHERE expires_at <= ?"_s);
    q.addBindValue(SqlValues::time(SqlValues::now()));
    q.exec();
    q.prepare(u"INSERT INTO qr_unlocks (cookie_hash, product_id, expires_at) VALUES (?, ?, ?)"_s);
    SqlValues::bind(q, {cookieHash, SqlValues::uuid(productId), SqlValues::time(expiresAt)});
    return q.exec();
}

bool QrUnlockRepository::isValid(const QUuid& productId, const QString& cookieHash) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT 1 FROM qr_unlocks WHERE cookie_hash = ? AND product_id = ? AND expires_at > ?"_s);
    SqlValues::bind(q, {cookieHash, SqlValues::uuid(productId), SqlValues::time(SqlValues::now())});
    return q.exec() && q.next();
}

} // namespace mycloud::server
