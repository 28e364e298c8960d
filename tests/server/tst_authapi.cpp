// Sign-in and passwords on the real mycloud-server process (see ServerProcess): the password
// reset by an e-mailed code (read from the server's maildir), the password change, logout and
// the login rate limit. The functions run in order and share the demo account's current password.
// Failed attempts per client address stay far below the server's 50 per quarter hour.
#include "MailParsing.h"
#include "ServerProcess.h"
#include "TestValues.h"
#include "domain/Account.h"
#include "domain/JsonCodec.h"
#include "domain/Problem.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace { } // namespace

class TestAuthApi final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QString m_demoPassword = QString::fromLatin1(ServerProcess::kDemoPassword);
    QSet<QString> m_seenMails;

    QString demoEmail() const { return QString::fromLatin1(ServerProcess::kDemoEmail); }

    QStringList unseenMailFiles() const
    {
        QStringList unseen;
        for (const QString& name : QDir(m_server.dataPath(u"mail/new"_s)).entryList(QDir::Files)) {
            if (!m_seenMails.contains(name))
                unseen.append(name);
        }
        return unseen;
    }

    // The messages delivered since the last call.
    QList<ParsedMail> takeNewMails()
    {
        QList<ParsedMail> mails;
        for (const QString& name : unseenMailFiles()) {
            QFile file(m_server.dataPath(u"mail/new/"_s + name));
            if (file.open(QIODevice::ReadOnly))
                mails.append(parseMail(file.readAll()));
            m_seenMails.insert(name);
        }
        return mails;
    }

    Answer requestReset(const QString& email, const Headers& headers = {})
    {
        return m_server.send("POST", u"auth/password-reset"_s, {}, json({{u"email"_s, email}}), headers);
    }

    Answer confirmReset(const QString& code, const QString& newPassword)
    {
        return m_server.send("POST", u"auth/password-reset/confirm"_s, {},
                             json({{u"token"_s, code}, {u"newPassword"_s, newPassword}}));
    }

    Answer changePassword(const QByteArray& token, const QString& current, const QString& next)
    {
        return m_server.send("POST", u"auth/change-password"_s, token,
                             json({{u"currentPassword"_s, current}, {u"newPassword"_s, next}}));
    }

    Answer login(const QString& email, const QString& password)
    {
        return m_server.send("POST", u"auth/login"_s, {},
                             json({{u"email"_s, email}, {u"password"_s, password}}));
    }

    int accountStatus(const QByteArray& token) { return m_server.get(u"account"_s, token).status; }

private slots:
    void initTestCase()
    {
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!m_server.login(demoEmail(), m_demoPassword).isEmpty());
    }

    void resetAnswers202AndMailsOnlyKnownAddresses()
    {
        // The unknown address goes first: the server mails in order, so a message for it would be
        // in the maildir by the time the one for the known address is.
        Answer answer = requestReset(u"nobody@mycloud.test"_s);
        QCOMPARE(answer.status, 202);
        // Qt sends an Accept-Language of its own when none is given ("en,*" under the C locale):
        // a language the server does not speak is the nearest to "none" and must give French.
        answer = requestReset(u"Demo@MyCloud.test"_s, {{"Accept-Language", "de-DE, *;q=0.5"}});
        QCOMPARE(answer.status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(unseenMailFiles().size(), 1, 20000);
        const QList<ParsedMail> mails = takeNewMails();
        QCOMPARE(mails.size(), 1);
        QCOMPARE(mails[0].to, demoEmail());
        // French by default; the address compared case-insensitively.
        QVERIFY2(mails[0].subject.contains(u"mot de passe"_s), qPrintable(mails[0].subject));
        QVERIFY2(mails[0].body.contains(u"code"_s), qPrintable(mails[0].body));
        QVERIFY2(!mailedResetCode(mails[0].body).isEmpty(), qPrintable(mails[0].body));

        QCOMPARE(requestReset(demoEmail(), {{"Accept-Language", "en"}}).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(unseenMailFiles().size(), 1, 20000);
        const QList<ParsedMail> english = takeNewMails();
        QCOMPARE(english.size(), 1);
        QCOMPARE(english[0].to, demoEmail());
        QVERIFY2(english[0].subject.contains(u"reset your password"_s), qPrintable(english[0].subject));
        QVERIFY2(!english[0].subject.contains(u"mot de passe"_s), qPrintable(english[0].subject));
        const QString code = mailedResetCode(english[0].body);
        QVERIFY2(!code.isEmpty(), qPrintable(english[0].body));
        QVERIFY(!code.contains(u' '));
        QVERIFY(code != mailedResetCode(mails[0].body));
    }

    void resetBodiesAreChecked()
    {
        QCOMPARE(requestReset(u"not an address"_s).problemCode(), u"validation_failed"_s);
        const Answer empty = requestReset(QString());
        QCOMPARE(empty.status, 422);
        QCOMPARE(empty.problemCode(), u"validation_failed"_s);
        const Answer answer = m_server.send("POST", u"auth/password-reset"_s, {}, "{\"mail\":\"x@y.z\"}");
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.problemCode(), u"bad_request"_s);
        QTest::qWait(200);
        QCOMPARE(takeNewMails().size(), 0);
    }

    void resetCodeSetsANewPasswordOnce()
    {
        const QByteArray before = m_server.login(demoEmail(), m_demoPassword);
        const QByteArray alsoBefore = m_server.login(demoEmail(), m_demoPassword);
        QVERIFY(!before.isEmpty());
        QVERIFY(!alsoBefore.isEmpty());
        QCOMPARE(accountStatus(before), 200);

        QCOMPARE(requestReset(demoEmail()).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(unseenMailFiles().size(), 1, 20000);
        const QString code = mailedResetCode(takeNewMails().value(0).body);
        QVERIFY(!code.isEmpty());

        // A new password of 9 characters breaks the rule (10..256) and spends nothing.
        Answer answer = confirmReset(code, u"nine-char"_s);
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.problemCode(), u"validation_failed"_s);

        answer = confirmReset(u"AAAAAAAAAAAAAAAAAAAAAAAA"_s, u"a garbage code try"_s);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.problemCode(), u"invalid_reset_token"_s);
        QCOMPARE(accountStatus(before), 200); // failures revoke nothing

        const QString newPassword = u"reset-password-1"_s;
        answer = confirmReset(code, newPassword);
        QCOMPARE(answer.status, 204);
        QVERIFY(answer.body.isEmpty());

        answer = login(demoEmail(), m_demoPassword);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.problemCode(), u"invalid_credentials"_s);
        const QByteArray after = m_server.login(demoEmail(), newPassword);
        QVERIFY(!after.isEmpty());
        m_demoPassword = newPassword;
        QCOMPARE(accountStatus(after), 200);
        // Every session opened before the reset is over.
        QCOMPARE(accountStatus(before), 401);
        QCOMPARE(accountStatus(alsoBefore), 401);

        answer = confirmReset(code, u"reset-password-2"_s);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.problemCode(), u"invalid_reset_token"_s);
        QVERIFY(!m_server.login(demoEmail(), m_demoPassword).isEmpty());
    }

    void newerResetRequestKillsTheOlderCode()
    {
        QCOMPARE(requestReset(demoEmail()).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(unseenMailFiles().size(), 1, 20000);
        const QString first = mailedResetCode(takeNewMails().value(0).body);
        QCOMPARE(requestReset(demoEmail()).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(unseenMailFiles().size(), 1, 20000);
        const QString second = mailedResetCode(takeNewMails().value(0).body);
        QVERIFY(!first.isEmpty());
        QVERIFY(!second.isEmpty());
        QVERIFY(first != second);

        const Answer answer = confirmReset(first, u"reset-password-3"_s);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.problemCode(), u"invalid_reset_token"_s);
        QVERIFY(!m_server.login(demoEmail(), m_demoPassword).isEmpty()); // unchanged

        QCOMPARE(confirmReset(second, u"reset-password-4"_s).status, 204);
        m_demoPassword = u"reset-password-4"_s;
        QVERIFY(!m_server.login(demoEmail(), m_demoPassword).isEmpty());
    }

    void changePasswordKeepsOnlyTheCurrentSession()
    {
        const QByteArray current = m_server.login(demoEmail(), m_demoPassword);
        const QByteArray other = m_server.login(demoEmail(), m_demoPassword);
        QVERIFY(!current.isEmpty());
        QVERIFY(!other.isEmpty());

        Answer answer = changePassword(current, u"not the password"_s, u"changed-password-1"_s);
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.problemCode(), u"wrong_password"_s);
        answer = changePassword(current, m_demoPassword, u"nine-char"_s);
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.problemCode(), u"validation_failed"_s);
        QCOMPARE(accountStatus(other), 200); // refused changes revoke nothing
        QVERIFY(!m_server.login(demoEmail(), m_demoPassword).isEmpty());

        const QString newPassword = u"changed-password-1"_s;
        answer = changePassword(current, m_demoPassword, newPassword);
        QCOMPARE(answer.status, 204);
        QCOMPARE(accountStatus(current), 200);
        QCOMPARE(accountStatus(other), 401);
        QCOMPARE(login(demoEmail(), m_demoPassword).problemCode(), u"invalid_credentials"_s);
        m_demoPassword = newPassword;
        QVERIFY(!m_server.login(demoEmail(), m_demoPassword).isEmpty());
        QCOMPARE(accountStatus(current), 200);
    }

    void logoutRevokesTheToken()
    {
        const QByteArray token = m_server.login(QString::fromLatin1(ServerProcess::kOtherEmail),
                                                QString::fromLatin1(ServerProcess::kOtherPassword));
        QVERIFY(!token.isEmpty());
        QCOMPARE(accountStatus(token), 200);
        QCOMPARE(m_server.send("POST", u"auth/logout"_s, token).status, 204);
        const Answer answer = m_server.get(u"account"_s, token);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.problemCode(), u"unauthorized"_s);
        QCOMPARE(m_server.send("POST", u"auth/logout"_s, token).status, 401);
    }

    // Last: it locks the other account out for a quarter of an hour.
    void repeatedWrongLoginsAreRateLimited()
    {
        const QString other = QString::fromLatin1(ServerProcess::kOtherEmail);
        Answer answer;
        int failures = 0;
        for (int attempt = 0; attempt < 30; ++attempt) {
            answer = login(other, u"wrong password %1"_s.arg(attempt));
            if (answer.status != 401)
                break;
            QCOMPARE(answer.problemCode(), u"invalid_credentials"_s);
            ++failures;
        }
        QVERIFY2(failures >= 1, "the first wrong password was already refused with another status");
        QCOMPARE(answer.status, 429);
        QCOMPARE(answer.problemCode(), u"rate_limited"_s);
        const auto retryAfter = [](const Answer& a) {
            bool ok = false;
            const int seconds = a.headers.value("retry-after").toInt(&ok);
            return ok ? seconds : -1;
        };
        QVERIFY2(retryAfter(answer) >= 1, answer.headers.value("retry-after").constData());
        QVERIFY2(retryAfter(answer) <= 15 * 60, answer.headers.value("retry-after").constData());

        // The right password no longer helps for that account, whatever the case of the address...
        answer = login(other, QString::fromLatin1(ServerProcess::kOtherPassword));
        QCOMPARE(answer.status, 429);
        QCOMPARE(answer.problemCode(), u"rate_limited"_s);
        QVERIFY(retryAfter(answer) >= 1);
        answer = login(u"OTHER@mycloud.test"_s, QString::fromLatin1(ServerProcess::kOtherPassword));
        QCOMPARE(answer.status, 429);
        // ...while another account still signs in from the same address.
        answer = login(demoEmail(), m_demoPassword);
        QCOMPARE(answer.status, 200);
        const auto root = JsonCodec::parse(answer.body);
        QVERIFY(root);
        const auto account = Account::fromJson(root->toObject().value(u"account"_s));
        QVERIFY(account);
        QCOMPARE(account->email, demoEmail());
    }

    void cleanupTestCase()
    {
        const QString error = m_server.stop();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAuthApi)
#include "tst_authapi.moc"
