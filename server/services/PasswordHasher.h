#pragma once

#include <QString>

namespace mycloud::server {

// Argon2id (libsodium crypto_pwhash_str) for account and lock passwords. The encoded hash holds
// its own salt and cost parameters, so raising the cost later needs no migration.
class PasswordHasher final
{
public:
    PasswordHasher() = delete;

    static bool initialise(); // sodium_init; false if libsodium cannot run here
    static QString hash(const QString& password);
    static bool verify(const QString& encodedHash, const QString& password);
};

} // namespace mycloud::server
