// Scanned labels turned into products against the real server: from the offline store first
// (also with the server down), then from the server; another customer's label and an unknown one
// are "not yours"; a label not in the store with the server down says to try again online.
#include "ServerProcess.h"
#include "api/ApiClient.h"
#include "qr/QrResolver.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestQrResolver final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QByteArray m_token;
    QTemporaryDir m_temp;
    ApiClient m_client;
    std::unique_ptr<Store> m_synced; // the account mirrored
    std::unique_ptr<Store> m_empty; // a profile that never synced

    QStringList hosts() const { return {m_server.rootUrl(QString()).host()}; }

    QString labelOf(const QString& token) const { return m_server.rootUrl(u"q/"_s + token).toString(); }

    QrResolver::Resolution resolve(const Store& store, const QString& text)
    {
        QrResolver resolver(m_client, store);
        QSignalSpy resolved(&resolver, &QrResolver::resolved);
        resolver.resolve(QrLink::parse(text, hosts()));
        if (!resolved.wait(20000))
            return {};
        return resolved.first().first().value<QrResolver::Resolution>();
    }

    QString tokenOf(const QString& email)
    {
        QSqlQuery q(m_server.database());
        q.prepare(
            u"SELECT p.qr_token FROM products p JOIN customers c ON c.id = p.customer_id WHERE c.email = ? "
            u"ORDER BY p.reference LIMIT 1"_s);
        q.addBindValue(email);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    void pointAt(const QUrl& server) { m_client.setServer(server); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<QrResolver::Resolution>();
        QVERIFY(m_server.startSignedIn(&m_token).isEmpty());
        m_client.setServer(m_server.rootUrl(QString()));
        m_client.setTrustedCertificates(QSslCertificate::fromPath(m_server.dataPath(u"tls/ca.pem"_s)));
        m_client.setToken(m_token);
        m_client.setOptions({5000, 0, 100});
        m_synced = std::make_unique<Store>(m_temp.filePath(u"synced.sqlite"_s));
        m_empty = std::make_unique<Store>(m_temp.filePath(u"empty.sqlite"_s));
        QVERIFY(m_synced->open());
        QVERIFY(m_empty->open());
        SyncEngine engine(m_client, *m_synced);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        engine.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(engine.report().status, SyncEngine::Status::Ok);
    }

    void fromTheStoreEvenOffline()
    {
        const QString token = tokenOf(QString::fromLatin1(ServerProcess::kDemoEmail));
        const auto found = resolve(*m_synced, labelOf(token));
        QCOMPARE(found.outcome, QrResolver::Outcome::Found);
        QVERIFY(found.fromStore);
        QCOMPARE(found.product.qrToken, token);
        QCOMPARE(found.affair.id, found.product.affairId);

        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const QUrl dead(u"https://127.0.0.1:%1"_s.arg(probe.serverPort()));
        probe.close();
        pointAt(dead);
        QCOMPARE(resolve(*m_synced, labelOf(token)).outcome, QrResolver::Outcome::Found);
        // Not in the store and no server: said so, not "not yours".
        const auto unreachable = resolve(*m_empty, labelOf(token));
        QCOMPARE(unreachable.outcome, QrResolver::Outcome::Unreachable);
        QVERIFY(unreachable.message().contains(u"online"_s));
        pointAt(m_server.rootUrl(QString()));
    }

    void fromTheServerWhenTheStoreHasNothing()
    {
        const QString token = tokenOf(QString::fromLatin1(ServerProcess::kDemoEmail));
        const auto found = resolve(*m_empty, labelOf(token));
        QCOMPARE(found.outcome, QrResolver::Outcome::Found);
        QVERIFY(!found.fromStore);
        QCOMPARE(found.product.qrToken, token);
        QCOMPARE(found.affair.id, found.product.affairId);
    }

    void anotherCustomersLabelIsNotYours()
    {
        const QString theirs = tokenOf(QString::fromLatin1(ServerProcess::kOtherEmail));
        QVERIFY(!theirs.isEmpty());
        const auto other = resolve(*m_empty, labelOf(theirs));
        QCOMPARE(other.outcome, QrResolver::Outcome::NotOurs);
        QVERIFY(other.product.id.isNull());
        QCOMPARE(resolve(*m_empty, labelOf(u"AAAAAAAAAAAAAAAAAAAAAA"_s)).outcome,
                 QrResolver::Outcome::NotOurs);
    }

    void appLinksAndText()
    {
        const Product product = m_synced->products(m_synced->affairs().first().id).first();
        const auto byId
            = resolve(*m_synced, u"mycloud://product/"_s + product.id.toString(QUuid::WithoutBraces));
        QCOMPARE(byId.outcome, QrResolver::Outcome::Found);
        QCOMPARE(byId.product.id, product.id);
        const auto text = resolve(*m_synced, u"https://evil.example/q/AAAAAAAAAAAAAAAAAAAAAA"_s);
        QCOMPARE(text.outcome, QrResolver::Outcome::NotALabel);
        QVERIFY(text.message().contains(u"evil.example"_s));
    }

    void cleanupTestCase()
    {
        m_synced.reset();
        m_empty.reset();
        QVERIFY(m_server.stop().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQrResolver)
#include "tst_qrresolver.moc"
