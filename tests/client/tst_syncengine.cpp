// The client's offline store, outbox and sync engine against the real server: first and delta
// syncs, offline writes replayed exactly once, conflicts kept with both sides, a damaged store
// rebuilt, an untrusted certificate refused with its details, a queued lock's password kept out of
// the store.
#include "ServerProcess.h"
#include "SyncHelpers.h"
#include "TestValues.h"
#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "domain/Affair.h"
#include "domain/JsonCodec.h"
#include "domain/Page.h"
#include "domain/Task.h"
#include "store/Outbox.h"
#include "store/Store.h"
#include "sync/Actions.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestSyncEngine final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QByteArray m_token;
    QTemporaryDir m_profile;
    ApiClient m_client;
    std::unique_ptr<Store> m_store;

    SyncEngine::Report sync() { return syncOnce(m_client, *m_store); }

    QUrl serverRoot() const { return m_server.rootUrl(QString()); }

    QList<Task> serverTasks(const QUuid& productId)
    {
        auto page = JsonCodec::decode<Page<Task>>(
            m_server
                .get(u"products/%1/tasks?limit=500"_s.arg(productId.toString(QUuid::WithoutBraces)), m_token)
                .body);
        return page ? page->items : QList<Task>();
    }

    // A product whose QR page is open: remote consultation on, nothing locked above it.
    Product openProduct()
    {
        for (const Affair& affair : m_store->affairs())
            if (affair.remoteConsultation && !affair.locked)
                for (const Product& product : m_store->products(affair.id))
                    if (product.remoteConsultation && !product.locked)
                        return product;
        return {};
    }

    Answer unlockQrPage(const Product& product, const QByteArray& password)
    {
        return m_server.send("POST", u"/q/"_s + product.qrToken + u"/unlock"_s, {},
                             "password=" + QUrl::toPercentEncoding(QString::fromLatin1(password)),
                             {{"Content-Type", "application/x-www-form-urlencoded"}});
    }

    Product someProduct()
    {
        const auto affairs = m_store->affairs(u"AFF-2024-0131"_s);
        return affairs.isEmpty() ? Product() : m_store->products(affairs.first().id).value(0);
    }

private slots:
    void initTestCase()
    {
        const QString error = m_server.startSignedIn(&m_token);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_client.setServer(serverRoot());
        m_client.setTrustedCertificates(QSslCertificate::fromPath(m_server.dataPath(u"tls/ca.pem"_s)));
        m_client.setToken(m_token);
        m_client.setOptions({5000, 1, 100});
        m_store = std::make_unique<Store>(m_profile.filePath(u"store.sqlite"_s));
        QVERIFY(m_store->open());
    }

    void firstSyncMirrorsTheAccount()
    {
        const auto report = sync();
        QCOMPARE(report.status, SyncEngine::Status::Ok);
        QVERIFY(report.changes > 100);
        const auto affairs
            = JsonCodec::decode<Page<Affair>>(m_server.get(u"affairs?limit=500"_s, m_token).body);
        QVERIFY(affairs);
        QCOMPARE(m_store->affairs().size(), affairs->items.size());
        QCOMPARE(m_store->affairs().first(), affairs->items.first()); // same order, same content
        for (const Affair& affair : affairs->items)
            QCOMPARE(m_store->products(affair.id).size(), affair.productCount);
        QVERIFY(m_store->account());
        QCOMPARE(m_store->account()->email, QString::fromLatin1(ServerProcess::kDemoEmail));
        QVERIFY(m_store->company());
        const Product product = someProduct();
        QVERIFY(!m_store->documents(product.id).isEmpty());
        QVERIFY(!m_store->tasks(product.id).isEmpty());
        QVERIFY(m_store->productByQrToken(product.qrToken));
    }

    void unchangedAccountCostsOneRequest()
    {
        const auto report = sync();
        QCOMPARE(report.status, SyncEngine::Status::Ok);
        QCOMPARE(report.requests, 1);
        QCOMPARE(report.changes, 0);
    }

    void searchFoldsAccentsAndMatchesPrefixes()
    {
        const auto selestat = m_store->affairs(u"SELESTAT"_s);
        QCOMPARE(selestat.size(), 1);
        QCOMPARE(selestat.first().site, u"Sélestat"_s);
        QCOMPARE(m_store->affairs(u"chauff biom"_s).size(), 1); // prefixes of two words
        QCOMPARE(m_store->affairs(u"éclairage"_s).size(), 1);
        QVERIFY(m_store->affairs(u"\"); DROP TABLE affairs; --"_s).isEmpty()); // quoted, not executed
        QVERIFY(!m_store->affairs().isEmpty());
        const auto tgbt = m_store->searchProducts(u"armoire tgbt"_s);
        QVERIFY(!tgbt.isEmpty());
        for (const Product& p : tgbt)
            QVERIFY(p.name.contains(u"TGBT"_s));
    }

    void offlineWritesAreQueuedThenSentOnce()
    {
        const Product product = someProduct();
        const int before = serverTasks(product.id).size();
        m_client.setServer(unreachableServer());
        Actions actions(*m_store);
        const auto id = actions.addTask(product.id, u"Vérifier le serrage du bornier X1"_s, true,
                                        {u"Rhénane"_s, u"Bernard"_s, u"Claire"_s});
        QVERIFY(id);
        QVERIFY(m_store->task(*id)); // visible at once, offline
        const auto offline = sync();
        QCOMPARE(offline.status, SyncEngine::Status::Offline);
        QCOMPARE(Outbox(*m_store).count(), 1);

        m_client.setServer(serverRoot());
        const auto online = sync();
        QCOMPARE(online.status, SyncEngine::Status::Ok);
        QCOMPARE(online.sent, 1);
        QCOMPARE(Outbox(*m_store).count(), 0);
        const QList<Task> tasks = serverTasks(product.id);
        QCOMPARE(tasks.size(), before + 1);
        QCOMPARE(std::count_if(tasks.begin(), tasks.end(), [&](const Task& t) { return t.id == *id; }), 1);

        // The process killed after the server took the create but before the entry left the queue:
        // the same entry is sent again, and the server still has one task.
        Task sent = *m_store->task(*id);
        QVERIFY(m_store->transaction([&](QSqlDatabase& db) {
            return Outbox::enqueue(db, Outbox::Kind::CreateTask, id->toString(QUuid::WithoutBraces),
                                   sent.toJson())
                > 0;
        }));
        const auto replay = sync();
        QCOMPARE(replay.status, SyncEngine::Status::Ok);
        QCOMPARE(replay.conflicts, 0);
        QCOMPARE(serverTasks(product.id).size(), before + 1);
    }

    void validationReplacesTheProvisionalNote()
    {
        const Product product = someProduct();
        const Task task = m_store->tasks(product.id).first();
        const auto provisional
            = Actions(*m_store).validateTask(task.id, {u"B2EI Services"_s, u"Keller"_s, u"Thomas"_s},
                                             QDate(2026, 11, 20), u"Serrage fait"_s, {});
        QVERIFY(provisional);
        QVERIFY(!m_store->task(task.id));
        QVERIFY(m_store->note(*provisional));
        const auto report = sync();
        QCOMPARE(report.status, SyncEngine::Status::Ok);
        QVERIFY(!m_store->note(*provisional)); // replaced by the server's note
        const auto notes = m_store->notes(product.id);
        QCOMPARE(std::count_if(notes.begin(), notes.end(),
                               [&](const MaintenanceNote& n) { return n.taskId == task.id; }),
                 1);
        // Replayed after a kill: the server says 404, the client finds its note there: no conflict.
        MaintenanceNote again = *std::find_if(notes.begin(), notes.end(),
                                              [&](const MaintenanceNote& n) { return n.taskId == task.id; });
        again.id = QUuid::createUuid();
        QVERIFY(m_store->transaction([&](QSqlDatabase& db) {
            return Outbox::enqueue(db, Outbox::Kind::ValidateTask, task.id.toString(QUuid::WithoutBraces),
                                   again.toJson())
                > 0;
        }));
        const auto replay = sync();
        QCOMPARE(replay.status, SyncEngine::Status::Ok);
        QCOMPARE(replay.conflicts, 0);
        QCOMPARE(Outbox(*m_store).conflicts().size(), 0);
    }

    void lostUpdateBecomesAConflictWithBothSides()
    {
        const Product product = someProduct();
        const Task task = m_store->tasks(product.id).first();
        Task mine = task;
        mine.description = u"Ma version de la tâche"_s;
        QVERIFY(Actions(*m_store).editTask(mine));
        // Someone else edits it on the server meanwhile.
        const QByteArray theirs = "{\"description\":\"Leur version\",\"priority\":false,"
                                  "\"requester\":{\"company\":\"\",\"lastName\":\"\",\"firstName\":\"\"}}";
        QCOMPARE(m_server
                     .send("PUT", u"tasks/"_s + task.id.toString(QUuid::WithoutBraces), m_token, theirs,
                           {{"If-Match", '"' + QByteArray::number(task.version) + '"'}})
                     .status,
                 200);
        const auto report = sync();
        QCOMPARE(report.status, SyncEngine::Status::Ok);
        QCOMPARE(report.conflicts, 1);
        const auto conflicts = Outbox(*m_store).conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().local.value(u"description"_s).toString(), mine.description);
        QCOMPARE(conflicts.first().server.value(u"description"_s).toString(), u"Leur version"_s);
        QCOMPARE(m_store->task(task.id)->description, u"Leur version"_s); // the server's state is shown
        QCOMPARE(Outbox(*m_store).count(), 0);
        QVERIFY(Outbox(*m_store).dismissConflict(conflicts.first().id));
    }

    void deletingWhatIsGoneIsNotAConflict()
    {
        const Product product = someProduct();
        const Task task = m_store->tasks(product.id).first();
        QVERIFY(Actions(*m_store).deleteTask(task.id));
        QCOMPARE(
            m_server.send("DELETE", u"tasks/"_s + task.id.toString(QUuid::WithoutBraces), m_token).status,
            204);
        const auto report = sync();
        QCOMPARE(report.status, SyncEngine::Status::Ok);
        QCOMPARE(report.conflicts, 0);
        QVERIFY(!m_store->task(task.id));
    }

    void expiredSessionSignsOutAndKeepsEverything()
    {
        const qsizetype affairs = m_store->affairs().size();
        const Product product = someProduct();
        QVERIFY(Actions(*m_store).addTask(product.id, u"Écrite avant l'expiration"_s, false, {}));
        QSignalSpy expired(&m_client, &ApiClient::sessionExpired);
        m_client.setToken(
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"); // 43 characters, unknown to the server
        const auto report = sync();
        QCOMPARE(report.status, SyncEngine::Status::SignedOut);
        QVERIFY(expired.count() >= 1);
        // Nothing is lost: the mirror and the queued change stay for the next session.
        QCOMPARE(m_store->affairs().size(), affairs);
        QCOMPARE(Outbox(*m_store).count(), 1);
        m_client.setToken(m_token);
        const auto again = sync();
        QCOMPARE(again.status, SyncEngine::Status::Ok);
        QCOMPARE(Outbox(*m_store).count(), 0);
    }

    void expiredCursorMeansAFullResync()
    {
        QVERIFY(m_store->setMeta(QString::fromLatin1(Store::kCursor), u"c_99999999999999999"_s));
        const auto report = sync();
        QCOMPARE(report.status, SyncEngine::Status::Ok);
        QVERIFY(report.changes > 100);
        QVERIFY(!m_store->affairs().isEmpty());
    }

    void damagedStoreIsSetAsideAndRebuilt()
    {
        const QString path = m_profile.filePath(u"damaged.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x5a')); // not a database
        file.close();
        Store damaged(path);
        const auto opened = damaged.open();
        QVERIFY(opened);
        QVERIFY(opened.value().rebuilt);
        QVERIFY(QFile::exists(opened.value().movedAsideTo));
        SyncEngine engine(m_client, damaged);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        engine.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(engine.report().status, SyncEngine::Status::Ok);
        QCOMPARE(damaged.affairs().size(), m_store->affairs().size());
    }

    void untrustedCertificateIsRefusedWithItsDetails()
    {
        ApiClient stranger;
        stranger.setServer(serverRoot()); // the system's CAs only: the demo CA is not among them
        ApiReply* reply
            = stranger.send(Endpoints::login(QString::fromLatin1(ServerProcess::kDemoEmail), u"demo1234"_s));
        QSignalSpy finished(reply, &ApiReply::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY(reply->error());
        QCOMPARE(reply->error()->kind(), ApiError::Kind::Tls);
        const auto& certificate = reply->error()->certificate();
        QVERIFY(certificate);
        QVERIFY(!certificate->subject.isEmpty());
        QVERIFY(!certificate->issuer.isEmpty());
        QCOMPARE(certificate->sha256Fingerprint.size(), 95); // 32 bytes, colon-separated
        QVERIFY(certificate->notBefore < certificate->notAfter);
        QVERIFY(!certificate->errors.isEmpty());
        QVERIFY(!reply->error()->message().isEmpty());
    }

    // A lock's password is sent, and never written to the offline store (a plain file in the
    // profile): the outbox keeps a reference, the password waits in the keychain (or in memory).
    void lockPasswordNeverReachesTheStore()
    {
        const Product product = openProduct();
        QVERIFY(!product.id.isNull());
        const QByteArray password = "Verrou-hors-ligne-2026";
        m_client.setServer(unreachableServer());
        QVERIFY(Actions(*m_store).lock(Actions::Level::Product, product.id, QString::fromLatin1(password)));
        QCOMPARE(sync().status, SyncEngine::Status::Offline);
        const QList<Outbox::Entry> pending = Outbox(*m_store).pending();
        QCOMPARE(pending.size(), 1);
        QVERIFY(!pending.first().payload.value(u"passwordReference"_s).toString().isEmpty());
        for (const QFileInfo& file : QDir(m_profile.path()).entryInfoList(QDir::Files)) {
            QFile bytes(file.filePath());
            QVERIFY(bytes.open(QIODevice::ReadOnly));
            QVERIFY2(!bytes.readAll().contains(password), qPrintable(file.fileName()));
        }

        m_client.setServer(serverRoot());
        const auto online = sync();
        QCOMPARE(online.status, SyncEngine::Status::Ok);
        QCOMPARE(online.sent, 1);
        // The server took that very password: it opens the product's QR page, another does not.
        QCOMPARE(unlockQrPage(product, "not the password").status, 403);
        QCOMPARE(unlockQrPage(product, password).status, 303);
    }

    // Queued where no keychain kept the password, then the app restarted: nothing is sent, and a
    // conflict says why.
    void lockWithoutItsPasswordIsAConflict()
    {
        const Product product = openProduct();
        QVERIFY(!product.id.isNull());
        const QString lost = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(Actions(*m_store).lockWithKeptPassword(Actions::Level::Product, product.id, lost));
        const auto report = sync();
        QCOMPARE(report.status, SyncEngine::Status::Ok);
        QCOMPARE(report.conflicts, 1);
        const QList<Outbox::Conflict> conflicts = Outbox(*m_store).conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().kind, Outbox::Kind::Lock);
        QVERIFY2(conflicts.first().message.contains(u"password"_s), qPrintable(conflicts.first().message));
        QCOMPARE(m_server.get(u"/q/"_s + product.qrToken, {}).status, 200); // still open
        QVERIFY(Outbox(*m_store).dismissConflict(conflicts.first().id));
    }

    void cleanupTestCase()
    {
        m_store.reset();
        const QString error = m_server.stop();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
