#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace mycloud::server {

class Database;

// Unlock cookies of locked QR pages: their hash, the one product they open, and their end.
class QrUnlockRepository final
{
public:
    explicit QrUnlockRepository(Database& db);

    bool store(const QUuid& productId, const QString& cookieHash, const QDateTime& expiresAt);
    bool isValid(const QUuid& productId, const QString& cookieHash) const;

private:
    Database& m_db;
};

} // namespace mycloud::server
