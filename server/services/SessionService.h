#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace mycloud::server {

class Database;

// Opaque bearer sessions: 256 random bits, base64url; only their SHA-256 is stored, so a leaked
// database opens no session. Expiry is idle-based: each use pushes it forward.
class SessionService final
{
public:
    SessionService(Database& db, qint64 idleSeconds);

    struct Created
    {
        QString token;
        QDateTime expiresAt;
    };
    std::optional<Created> create(const QUuid& customerId);

    struct Session
    {
        QUuid customerId;
        QString tokenHash;
    };
    std::optional<Session> authenticate(const QString& token);

    void revoke(const QString& tokenHash);
    // After a password change: every other session of the customer ends (an empty hash: all).
    void revokeOthers(const QUuid& customerId, const QString& keptTokenHash);

private:
    Database& m_db;
    qint64 m_idleSeconds;
};

} // namespace mycloud::server
