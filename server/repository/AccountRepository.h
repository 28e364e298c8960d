#pragma once

#include "domain/Account.h"
#include "domain/Company.h"

#include <optional>

namespace mycloud::server {

class Database;

// Customers (the accounts that sign in) and the single B2EI company record.
class AccountRepository final
{
public:
    explicit AccountRepository(Database& db);

    struct Credentials
    {
        QUuid id;
        QString passwordHash;
    };
    std::optional<Credentials> credentialsByEmail(const QString& email) const;

    std::optional<Account> account(const QUuid& id) const;
    bool insert(const Account& account, const QString& passwordHash);

    std::optional<Company> company() const;
    bool setCompany(const Company& company);

private:
    Database& m_db;
};

} // namespace mycloud::server
