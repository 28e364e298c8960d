// The desktop app's session against the real server: a self-hosted server's authority offered
// for trust (never accepted silently), sign-in, the first sync, a change pushed shortly after it
// is made, a wrong password, and an expired session that signs out but keeps the store.
#include "ServerProcess.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/Endpoints.h"
#include "core/ClientSession.h"
#include "domain/JsonCodec.h"
#include "domain/Page.h"
#include "store/Store.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestClientSession final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_profile;
    std::unique_ptr<ClientSession> m_session;

    QUrl root() const { return m_server.rootUrl(QString()); }

    ApiError failedSignIn(const QString& password, const QByteArray& caPem = {})
    {
        std::optional<ApiError> failure;
        const auto connection = connect(m_session.get(), &ClientSession::signInFailed, this,
                                        [&failure](const ApiError& error) { failure = error; });
        m_session->signIn(root(), QString::fromLatin1(ServerProcess::kDemoEmail), password, caPem);
        QDeadlineTimer deadline(20000);
        while (!failure && !deadline.hasExpired())
            QTest::qWait(20);
        disconnect(connection);
        return failure.value_or(ApiError(ApiError::Kind::Cancelled));
    }

private slots:
    void initTestCase()
    {
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_session = std::make_unique<ClientSession>(m_profile.path());
        QVERIFY(!m_session->open());
    }

    void untrustedServerOffersItsAuthority()
    {
        const ApiError error = failedSignIn(QString::fromLatin1(ServerProcess::kDemoPassword));
        QCOMPARE(error.kind(), ApiError::Kind::Tls);
        QVERIFY(error.certificate());
        // The authority at the top of the server's chain, not the server's own certificate.
        const auto offered = QSslCertificate::fromData(error.certificate()->pem, QSsl::Pem);
        const auto ca = QSslCertificate::fromPath(m_server.dataPath(u"tls/ca.pem"_s));
        QCOMPARE(offered.size(), 1);
        QCOMPARE(offered.first(), ca.first());
        QVERIFY(!error.certificate()->sha256Fingerprint.isEmpty());
        QCOMPARE(m_session->state(), ClientSession::State::SignedOut);
        QVERIFY(!QFile::exists(m_profile.filePath(u"trusted-ca.pem"_s)));
    }

    void wrongPasswordIsRefused()
    {
        QFile ca(m_server.dataPath(u"tls/ca.pem"_s));
        QVERIFY(ca.open(QIODevice::ReadOnly));
        const ApiError error = failedSignIn(u"not-the-password"_s, ca.readAll());
        QCOMPARE(error.kind(), ApiError::Kind::Http);
        QCOMPARE(error.status(), 401);
        QVERIFY(!error.message().isEmpty());
    }

    void signInSyncsTheAccount()
    {
        QSignalSpy signedIn(m_session.get(), &ClientSession::signedIn);
        QSignalSpy synced(m_session.get(), &ClientSession::syncFinished);
        QSignalSpy changed(m_session.get(), &ClientSession::storeChanged);
        // The CA trusted by the previous step stays in the profile.
        m_session->signIn(root(), QString::fromLatin1(ServerProcess::kDemoEmail),
                          QString::fromLatin1(ServerProcess::kDemoPassword));
        QVERIFY(signedIn.wait(20000));
        QCOMPARE(m_session->state(), ClientSession::State::SignedIn);
        QVERIFY(synced.wait(60000));
        QCOMPARE(m_session->lastReport().status, SyncEngine::Status::Ok);
        QVERIFY(m_session->isOnline());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(m_session->store().affairs().size(), 12);
        QVERIFY(m_session->lastSync().isValid());
        QCOMPARE(m_session->profile().server(), root());
        QCOMPARE(m_session->profile().email(), QString::fromLatin1(ServerProcess::kDemoEmail));
    }

    void changesArePushedShortlyAfter()
    {
        const Affair affair = m_session->store().affairs().first();
        const Product product = m_session->store().products(affair.id).first();
        QSignalSpy changed(m_session.get(), &ClientSession::storeChanged);
        QSignalSpy synced(m_session.get(), &ClientSession::syncFinished);
        const auto taskId
            = m_session->addTask(product.id, u"Resserrer les bornes du sectionneur"_s, true, {});
        QVERIFY(taskId);
        QCOMPARE(changed.size(), 1); // the views show it at once
        QCOMPARE(m_session->pendingChanges(), 1);
        QVERIFY(synced.wait(20000));
        QCOMPARE(m_session->lastReport().sent, 1);
        QCOMPARE(m_session->pendingChanges(), 0);
        const QByteArray token = m_server.login(QString::fromLatin1(ServerProcess::kDemoEmail),
                                                QString::fromLatin1(ServerProcess::kDemoPassword));
        const auto tasks = JsonCodec::decode<Page<Task>>(
            m_server.get(u"products/%1/tasks"_s.arg(product.id.toString(QUuid::WithoutBraces)), token).body);
        QVERIFY(tasks);
        QCOMPARE(std::count_if(tasks->items.begin(), tasks->items.end(),
                               [&](const Task& t) { return t.id == *taskId; }),
                 1);
    }

    void expiredSessionSignsOutAndKeepsTheStore()
    {
        ApiReply* logout = m_session->client().send(Endpoints::logout()); // the token dies on the server
        QSignalSpy loggedOut(logout, &ApiReply::finished);
        QVERIFY(loggedOut.wait(20000));
        logout->deleteLater();
        QSignalSpy needed(m_session.get(), &ClientSession::signInNeeded);
        m_session->sync();
        QVERIFY(needed.wait(20000));
        QCOMPARE(m_session->state(), ClientSession::State::SignedOut);
        QCOMPARE(m_session->store().affairs().size(), 12);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        const QString error = m_server.stop();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestClientSession)
#include "tst_clientsession.moc"
