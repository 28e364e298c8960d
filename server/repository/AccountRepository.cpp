#include "AccountRepository.h"

#include "Database.h"
#include "SqlValues.h"

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

bool AccountRepository::insert(const Account& account, const QString& passwordHash)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO customers (id, email, password_hash, name, company, address, phone, "
              u"remote_consultation, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(SqlValues::uuid(account.id));
    q.addBindValue(account.email.trimmed().toLower());
    q.addBindValue(passwordHash);
    q.addBindValue(account.name);
    q.addBindValue(account.company);
    q.addBindValue(account.address);
    q.addBindValue(account.phone);
    q.addBindValue(account.remoteConsultation ? 1 : 0);
    q.addBindValue(SqlValues::time(SqlValues::now()));
    q.addBindValue(account.version);
    return q.exec();
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
