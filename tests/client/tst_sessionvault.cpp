// The session token in a real Secret Service (GNOME keyring in a throwaway D-Bus session, see
// scripts/with-keyring.sh): stored, read back by another vault, separated per account, erased; and a
// queued lock's password kept there until the lock is sent.
#include "core/SessionVault.h"
#include "sync/LockPasswords.h"

#include <QSignalSpy>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

// The keychain answers asynchronously; a test waits for it (and fails on what it then finds).
void waitUntil(const bool& done)
{
    QDeadlineTimer deadline(20000);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

QByteArray load(SessionVault& vault)
{
    QByteArray token;
    bool done = false;
    vault.load([&](QByteArray stored) {
        token = std::move(stored);
        done = true;
    });
    waitUntil(done);
    return token;
}

bool store(SessionVault& vault, const QByteArray& token)
{
    bool persisted = false;
    bool done = false;
    vault.store(token, [&](bool ok) {
        persisted = ok;
        done = true;
    });
    waitUntil(done);
    return persisted;
}

} // namespace

class TestSessionVault final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: run through scripts/with-keyring.sh");
    }

    void tokenRoundTripsThroughTheKeychain()
    {
        const QByteArray token = "wsj6bX8kicZNpy8ryHl6wWiAEmi0N9aVb_ZhL3N9Pe8";
        SessionVault vault(u"https://mycloud.example.fr"_s, u"claire@example.fr"_s);
        QVERIFY(store(vault, token));
        QVERIFY(vault.isPersistent());
        // Another run (another vault object) finds it: it lives in the keychain, not in memory.
        SessionVault later(u"https://mycloud.example.fr"_s, u"claire@example.fr"_s);
        QCOMPARE(load(later), token);
        QVERIFY(later.isPersistent());
    }

    void accountsAndServersAreKeptApart()
    {
        SessionVault claire(u"https://mycloud.example.fr"_s, u"claire@example.fr"_s);
        QVERIFY(store(claire, "token-of-claire"));
        SessionVault paul(u"https://mycloud.example.fr"_s, u"paul@example.fr"_s);
        QVERIFY(load(paul).isEmpty());
        SessionVault otherServer(u"https://other.example.fr"_s, u"claire@example.fr"_s);
        QVERIFY(load(otherServer).isEmpty());
        QCOMPARE(load(claire), QByteArray("token-of-claire"));
    }

    void eraseForgetsIt()
    {
        SessionVault vault(u"https://mycloud.example.fr"_s, u"claire@example.fr"_s);
        QVERIFY(store(vault, "to-be-erased"));
        bool erased = false;
        vault.erase([&] { erased = true; });
        QTRY_VERIFY_WITH_TIMEOUT(erased, 20000);
        SessionVault later(u"https://mycloud.example.fr"_s, u"claire@example.fr"_s);
        QVERIFY(load(later).isEmpty());
    }

    // A queued lock's password (LockPasswords) is in the keychain under its reference, where another
    // run finds it, until the lock was sent.
    void queuedLockPasswordLivesInTheKeychainUntilSent()
    {
        const QString reference = LockPasswords::keep(u"Verrou-2026"_s);
        SessionVault keychain{QString(), QString()};
        keychain.setKey(u"queued-lock/"_s + reference);
        QTRY_COMPARE_WITH_TIMEOUT(load(keychain), QByteArray("Verrou-2026"), 20000);
        LockPasswords::forget(reference);
        QTRY_VERIFY_WITH_TIMEOUT(load(keychain).isEmpty(), 20000);
        LockPasswords passwords;
        std::optional<QString> found = u"not answered"_s;
        bool answered = false;
        passwords.read(reference, [&](std::optional<QString> password) {
            found = std::move(password);
            answered = true;
        });
        waitUntil(answered);
        QCOMPARE(found, std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestSessionVault)
#include "tst_sessionvault.moc"
