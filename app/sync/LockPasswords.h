#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace mycloud {

// The passwords of queued locks. The store is a plain file in the profile, so the outbox keeps a
// random reference instead, and the password goes to the OS keychain under it (SessionVault). This
// run also keeps it in memory: a computer without a keychain still sends what it queued before it
// quits, and a restart there turns the lock into a conflict that asks for it again.
class LockPasswords final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The reference to store in the outbox; the keychain is written in the background.
    static QString keep(const QString& password);
    // The password, or nullopt when it was not kept (no keychain at the time, another computer).
    void read(const QString& reference, std::function<void(std::optional<QString> password)> done);
    // Once the lock reached the server.
    static void forget(const QString& reference);

private:
    static void erase(const QString& reference);
};

} // namespace mycloud
