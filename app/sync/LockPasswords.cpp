#include "LockPasswords.h"

#include "core/SessionVault.h"

#include <QHash>
#include <QPointer>
#include <QUuid>

#include <mutex>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

struct Memory
{
    std::mutex mutex;
    QHash<QString, QString> passwords;
    // Keychain writes still under way, and whether the password was forgotten meanwhile: its entry
    // is erased once written, not before (an erase that overtook the write would leave it there).
    QHash<QString, bool> writing;
};

Memory& memory()
{
    static Memory kept;
    return kept;
}

SessionVault* vaultFor(const QString& reference, QObject* parent)
{
    auto* vault = new SessionVault(QString(), QString(), parent);
    vault->setKey(u"queued-lock/"_s + reference);
    return vault;
}

} // namespace

QString LockPasswords::keep(const QString& password)
{
    const QString reference = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        const std::lock_guard lock(memory().mutex);
        memory().passwords.insert(reference, password);
        memory().writing.insert(reference, false);
    }
    SessionVault* vault = vaultFor(reference, nullptr);
    vault->store(password.toUtf8(), [vault, reference](bool) {
        vault->deleteLater();
        bool forgotten = false;
        {
            const std::lock_guard lock(memory().mutex);
            forgotten = memory().writing.take(reference);
        }
        if (forgotten)
            erase(reference);
    });
    return reference;
}

void LockPasswords::read(const QString& reference, std::function<void(std::optional<QString>)> done)
{
    std::optional<QString> kept;
    {
        const std::lock_guard lock(memory().mutex);
        if (const auto it = memory().passwords.constFind(reference); it != memory().passwords.cend())
            kept = *it;
    }
    if (kept || reference.isEmpty()) {
        done(kept);
        return;
    }
    // Not a child of ours: the keychain may answer after we are gone (the replay stopped).
    SessionVault* vault = vaultFor(reference, nullptr);
    vault->load(
        [vault, self = QPointer<LockPasswords>(this), done = std::move(done)](const QByteArray& password) {
            vault->deleteLater();
            if (self)
                done(password.isEmpty() ? std::nullopt : std::optional(QString::fromUtf8(password)));
        });
}

void LockPasswords::forget(const QString& reference)
{
    if (reference.isEmpty())
        return; // a lock queued by an earlier version: its password was in the outbox
    {
        const std::lock_guard lock(memory().mutex);
        memory().passwords.remove(reference);
        if (const auto it = memory().writing.find(reference); it != memory().writing.end()) {
            *it = true; // erased once written
            return;
        }
    }
    erase(reference);
}

void LockPasswords::erase(const QString& reference)
{
    SessionVault* vault = vaultFor(reference, nullptr);
    vault->erase([vault] { vault->deleteLater(); });
}

} // namespace mycloud
