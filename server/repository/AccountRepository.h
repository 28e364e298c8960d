#pragma once

#include "WriteOutcome.h"
#include "domain/Account.h"
#include "domain/Company.h"

#include <QDateTime>

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
    std::optional<QString> passwordHash(const QUuid& id) const;
    // Inserts record the account in its feed.
    bool insert(const Account& account, const QString& passwordHash);
    bool setPasswordHash(const QUuid& id, const QString& passwordHash);
    // The account's global remote-consultation switch; the same value again changes nothing.
    WriteOutcome setRemoteConsultation(const QUuid& id, bool enabled, ExpectedVersion expected);

    // Password reset codes: stored hashed, single use, valid until `expiresAt`.
    bool storeResetToken(const QUuid& id, const QString& tokenHash, const QDateTime& expiresAt);
    // Sets the new password if the code is known, unused and not expired; also ends every session.
    bool consumeResetToken(const QString& tokenHash, const QString& newPasswordHash);

    std::optional<Company> company() const;
    bool setCompany(const Company& company);

private:
    Database& m_db;
};

} // namespace mycloud::server
