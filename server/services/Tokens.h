#pragma once

#include <QString>

namespace mycloud::server {

// Secrets handed to clients (session tokens, reset codes, QR unlock cookies, QR tokens): random
// bytes from libsodium in base64url, stored only as their SHA-256 so that a leaked database opens
// nothing. Looking a secret up by its hash also makes the comparison independent of its bytes.
class Tokens final
{
public:
    Tokens() = delete;

    static QString random(int bytes);
    static QString hash(const QString& token);
};

} // namespace mycloud::server
