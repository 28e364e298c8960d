#include "AccountRepository.h"

#include "ChangeLog.h"
#include "Database.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mycloud::server {

AccountRepository::AccountRepository(Database& db)
    : m_db(db)
{ }

std::optional<AccountRepository::Credentials>
AccountRepository::credentialsByEmail(const QString& email) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, password_hash FROM customers WHERE email = ?"_s);
    q.addBindValue(email.trimmed().toLower());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Credentials{SqlValues::uuid(q.value(0)), q.value(1).toString()};
}

std::optional<Account> AccountRepository::account(const QUuid& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT email, name, company, address, phone, remote_consultation, version "
              u"FROM customers WHERE id = ?"_s);
    q.addBindValue(SqlValues::uuid(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    Account a;
    a.id = id;
    a.email = q.value(0).toString();
    a.name = q.value(1).toString();
    a.company = q.value(2).toString();
    a.address = q.value(3).toString();
    a.phone = q.value(4).toString();
    a.remoteConsultation = q.value(5).toBool();
    a.version = q.value(6).toLongLong();
    return a;
}

std::optional<QString> AccountRepository::passwordHash(const QUuid& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT password_hash FROM customers WHERE id = ?"_s);
    q.addBindValue(SqlValues::uuid(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool AccountRepository::setPasswordHash(const QUuid& id, const QString& passwordHash)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE customers SET password_hash = ? WHERE id = ?"_s);
    SqlValues::bind(q, {passwordHash, SqlValues::uuid(id)});
    return q.exec() && q.numRowsAffected() == 1;
}

WriteOutcome AccountRepository::setRemoteConsultation(const QUuid& id, bool enabled, ExpectedVersion expected)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return WriteOutcome::Failed;
    const auto current = account(id);
    if (!current)
        return WriteOutcome::NotFound;
    if (expected && *expected != current->version)
        return WriteOutcome::Stale;
    if (current->remoteConsultation == enabled)
        return WriteOutcome::Done;
    QSqlQuery q(tx.connection());
    q.prepare(u"UPDATE customers SET remote_consultation = ?, version = version + 1 WHERE id = ?"_s);
    SqlValues::bind(q, {SqlValues::flag(enabled), SqlValues::uuid(id)});
    if (!q.exec() || !ChangeLog::record(tx.connection(), id, u"account"_s, id, ChangeLog::Op::Upsert))
        return WriteOutcome::Failed;
    return tx.commit() ? WriteOutcome::Done : WriteOutcome::Failed;
}

bool AccountRepository::storeResetToken(const QUuid& id, const QString& tokenHash, const QDateTime& expiresAt)
{
    // A newer code makes the older ones useless.
    WriteTransaction tx(m_db);
    QSqlQuery q(tx.connection());
    q.prepare(u"UPDATE password_resets SET used = 1 WHERE customer_id = ?"_s);
    q.addBindValue(SqlValues::uuid(id));
    if (!tx.isActive() || !q.exec())
        return false;
    q.prepare(
        u"INSERT INTO password_resets (token_hash, customer_id, expires_at, used) VALUES (?, ?, ?, 0)"_s);
    SqlValues::bind(q, {tokenHash, SqlValues::uuid(id), SqlValues::time(expiresAt)});
    return q.exec() && tx.commit();
}

bool AccountRepository::consumeResetToken(const QString& tokenHash, const QString& newPasswordHash)
{
    WriteTransaction tx(m_db);
    QSqlQuery q(tx.connection());
    q.prepare(
        u"SELECT customer_id FROM password_resets WHERE token_hash = ? AND used = 0 AND expires_at > ?"_s);
    SqlValues::bind(q, {tokenHash, SqlValues::time(SqlValues::now())});
    if (!tx.isActive() || !q.exec() || !q.next())
        return false;
    const QString customer = q.value(0).toString();
    // Every code of the account dies with the first one used; every session ends.
    for (const QString& sql : {u"UPDATE password_resets SET used = 1 WHERE customer_id = ?"_s,
                               u"DELETE FROM sessions WHERE customer_id = ?"_s}) {
        q.prepare(sql);
        q.addBindValue(customer);
        if (!q.exec())
            return false;
    }
    q.prepare(u"UPDATE customers SET password_hash = ? WHERE id = ?"_s);
    SqlValues::bind(q, {newPasswordHash, customer});
    return q.exec() && tx.commit();
}

bool AccountRepository::insert(const Account& account, const QString& passwordHash)
{
    WriteTransaction tx(m_db);
    QSqlQuery q(tx.connection());
    q.prepare(u"INSERT INTO customers (id, email, password_hash, name, company, address, phone, "
              u"remote_consultation, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    SqlValues::bind(q,
                    {SqlValues::uuid(account.id), account.email.trimmed().toLower(), passwordHash,
                     account.name, account.company, account.address, account.phone,
                     SqlValues::flag(account.remoteConsultation), SqlValues::time(SqlValues::now()),
                     account.version});
    return tx.isActive() && q.exec()
        && ChangeLog::record(tx.connection(), account.id, u"account"_s, account.id, ChangeLog::Op::Upsert)
        && tx.commit();
}

std::optional<Company> AccountRepository::company() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(
            u"SELECT name, address, phone, email, website, latitude, longitude FROM company WHERE id = 1"_s)
        || !q.next())
        return std::nullopt;
    Company c;
    c.name = q.value(0).toString();
    c.address = q.value(1).toString();
    c.phone = q.value(2).toString();
    c.email = q.value(3).toString();
    c.website = q.value(4).toString();
    c.latitude = q.value(5).toDouble();
    c.longitude = q.value(6).toDouble();
    return c;
}

bool AccountRepository::setCompany(const Company& company)
{
    QSqlQuery q(m_db.connection());
    q.exec(u"DELETE FROM company"_s);
    q.prepare(u"INSERT INTO company (id, name, address, phone, email, website, latitude, longitude) "
              u"VALUES (1, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant& v :
         {QVariant(company.name), QVariant(company.address), QVariant(company.phone), QVariant(company.email),
          QVariant(company.website), QVariant(company.latitude), QVariant(company.longitude)})
        q.addBindValue(v);
    return q.exec();
}

} // namespace mycloud::server
