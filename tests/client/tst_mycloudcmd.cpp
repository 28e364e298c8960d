// mycloudcmd as a script would use it: the real binary against the real server.
#include "ServerProcess.h"
#include "domain/JsonCodec.h"
#include "domain/Page.h"
#include "domain/Task.h"
#include "store/Store.h"
#include "sync/Actions.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestMycloudCmd final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_profile;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cmd(const QStringList& arguments, const QByteArray& stdinText = {}, bool withPassword = true)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no keychain here: the MYCLOUD_PASSWORD path is tested
        if (withPassword)
            env.insert(u"MYCLOUD_PASSWORD"_s, QString::fromLatin1(ServerProcess::kDemoPassword));
        else
            env.remove(u"MYCLOUD_PASSWORD"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MYCLOUDCMD_EXE),
                      QStringList{u"--profile"_s, m_profile.path()} + arguments);
        process.write(stdinText);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString server() const { return m_server.rootUrl(QString()).toString(); }

    void pointProfileAt(const QString& url)
    {
        QSettings settings(m_profile.filePath(u"profile.ini"_s), QSettings::IniFormat);
        settings.setValue(u"server"_s, url);
    }

private slots:
    void initTestCase()
    {
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void usageAndNotSignedIn()
    {
        QCOMPARE(cmd({}).exitCode, 2);
        QCOMPARE(cmd({u"frobnicate"_s}).exitCode, 2);
        const Run notSignedIn = cmd({u"ls"_s, u"affairs"_s});
        QCOMPARE(notSignedIn.exitCode, 1);
        QVERIFY(notSignedIn.err.contains(u"login"_s));
        QCOMPARE(
            cmd({u"login"_s, u"--server"_s, u"http://insecure.example"_s, u"--email"_s, u"a@b.c"_s}).exitCode,
            2);
    }

    void untrustedServerShowsItsCertificate()
    {
        const Run run = cmd({u"login"_s, u"--server"_s, server(), u"--email"_s,
                             QString::fromLatin1(ServerProcess::kDemoEmail)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"SHA-256:"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"--ca"_s));
    }

    void loginWithTheCaAndWalk()
    {
        // The password from stdin this time (never a flag).
        const Run login
            = cmd({u"login"_s, u"--server"_s, server(), u"--ca"_s, m_server.dataPath(u"tls/ca.pem"_s),
                   u"--email"_s, QString::fromLatin1(ServerProcess::kDemoEmail)},
                  "demo1234\n", false);
        QCOMPARE(login.exitCode, 0);
        QVERIFY(login.out.contains(u"Synchronised"_s));
        QVERIFY(!QFile::exists(m_profile.filePath(u"token"_s)));
        QVERIFY(!QFile(m_profile.filePath(u"profile.ini"_s)).open(QIODevice::ReadOnly)
                || !QFile(m_profile.filePath(u"profile.ini"_s)).readAll().contains("demo1234"));

        const Run affairs = cmd({u"ls"_s, u"affairs"_s, u"--search"_s, u"selestat"_s});
        QCOMPARE(affairs.exitCode, 0);
        QCOMPARE(affairs.out.count(u'\n'), 1);
        QVERIFY(affairs.out.contains(u"Sélestat"_s));
        const Run products = cmd({u"ls"_s, u"products"_s, u"AFF-2023-0118"_s});
        QCOMPARE(products.exitCode, 0);
        QCOMPARE(products.out.count(u'\n'), 8);
        const Run documents = cmd({u"ls"_s, u"documents"_s, u"2023-0118-P01"_s});
        QCOMPARE(documents.exitCode, 0);
        QVERIFY(documents.out.contains(u"schematic"_s));
        QVERIFY(documents.out.contains(u"photo"_s));
    }

    void getDownloadsAndVerifies()
    {
        const Run documents = cmd({u"ls"_s, u"documents"_s, u"2023-0118-P01"_s});
        const QString pdfLine = documents.out.split(u'\n').filter(u"schematic"_s).value(0);
        const QString documentId = pdfLine.section(u'\t', 0, 0);
        QVERIFY(!documentId.isEmpty());
        const QString out = m_profile.filePath(u"copy.pdf"_s);
        const Run get = cmd({u"get"_s, documentId, u"--out"_s, out});
        QCOMPARE(get.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF-"));
        // Offline, the cached copy still comes.
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        pointProfileAt(u"https://127.0.0.1:%1"_s.arg(probe.serverPort()));
        probe.close();
        QCOMPARE(cmd({u"get"_s, documentId, u"--out"_s, m_profile.filePath(u"again.pdf"_s)}).exitCode, 0);
        pointProfileAt(server());
        QCOMPARE(cmd({u"get"_s, u"not-an-id"_s, u"--out"_s, out}).exitCode, 2);
    }

    void pinThenPackageWithNoServer()
    {
        const Run pin = cmd({u"pin"_s, u"AFF-2023-0118"_s});
        QCOMPARE(pin.exitCode, 0);
        QVERIFY2(pin.out.contains(u"AFF-2023-0118 is available offline"_s), qPrintable(pin.out + pin.err));
        const Run status = cmd({u"status"_s});
        QVERIFY(status.out.contains(u"Available offline: 1"_s));
        QVERIFY(status.out.contains(u"AFF-2023-0118"_s));

        // The server out of reach: the package comes from the cache alone.
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        pointProfileAt(u"https://127.0.0.1:%1"_s.arg(probe.serverPort()));
        probe.close();
        const QString zip = m_profile.filePath(u"DOE 0118.zip"_s);
        const Run doe = cmd({u"doe"_s, u"AFF-2023-0118"_s, u"--out"_s, zip, u"--kinds"_s,
                             u"schematic,photo"_s, u"--latest-only"_s});
        QCOMPARE(doe.exitCode, 0);
        QVERIFY2(doe.out.startsWith(zip), qPrintable(doe.out + doe.err));
        QProcess unzip;
        unzip.start(u"unzip"_s, {u"-tq"_s, zip});
        QVERIFY(unzip.waitForFinished(60000));
        QCOMPARE(unzip.exitCode(), 0);
        unzip.start(u"unzip"_s, {u"-p"_s, zip, u"manifest.csv"_s});
        QVERIFY(unzip.waitForFinished(60000));
        const QStringList rows
            = QString::fromUtf8(unzip.readAllStandardOutput()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QVERIFY(rows.size() > 1);
        int schematics = 0;
        for (const QString& row : rows.mid(1)) {
            QVERIFY2(row.contains(u";\"schematic\";"_s) || row.contains(u";\"photo\";"_s), qPrintable(row));
            schematics += row.contains(u";\"schematic\";"_s);
        }
        QCOMPARE(schematics, 8); // the latest valid one of each of the affair's eight products
        QCOMPARE(cmd({u"doe"_s, u"AFF-2023-0118"_s, u"--out"_s, zip, u"--kinds"_s, u"drawings"_s}).exitCode,
                 2);
        QCOMPARE(cmd({u"doe"_s, u"AFF-2023-0118"_s}).exitCode, 2);
        pointProfileAt(server());

        const Run unpin = cmd({u"unpin"_s, u"AFF-2023-0118"_s});
        QCOMPARE(unpin.exitCode, 0);
        QVERIFY(cmd({u"status"_s}).out.contains(u"Available offline: 0"_s));
    }

    void offlineTaskIsQueuedThenSentOnce()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const QString dead = u"https://127.0.0.1:%1"_s.arg(probe.serverPort());
        probe.close();
        pointProfileAt(dead);
        const Run add
            = cmd({u"task"_s, u"add"_s, u"2023-0118-P03"_s, u"--description"_s, u"Changer le voyant H1"_s,
                   u"--priority"_s, u"--requester-last-name"_s, u"Bernard"_s});
        QCOMPARE(add.exitCode, 3);
        const QString taskId = add.out.trimmed();
        QVERIFY(QUuid::fromString(taskId).isNull() == false);
        const Run queued = cmd({u"status"_s});
        QVERIFY(queued.out.contains(u"Queued changes: 1"_s));

        pointProfileAt(server());
        QCOMPARE(cmd({u"sync"_s}).exitCode, 0);
        QCOMPARE(cmd({u"sync"_s}).exitCode, 0);
        QVERIFY(cmd({u"status"_s}).out.contains(u"Queued changes: 0"_s));
        const QByteArray token = m_server.login(QString::fromLatin1(ServerProcess::kDemoEmail),
                                                QString::fromLatin1(ServerProcess::kDemoPassword));
        const Run products = cmd({u"ls"_s, u"products"_s, u"AFF-2023-0118"_s});
        const QString productId = products.out.split(u'\n').value(2).section(u'\t', 0, 0);
        auto tasks
            = JsonCodec::decode<Page<Task>>(m_server.get(u"products/%1/tasks"_s.arg(productId), token).body);
        QVERIFY(tasks);
        QCOMPARE(std::count_if(tasks->items.begin(), tasks->items.end(),
                               [&](const Task& t) { return t.description == u"Changer le voyant H1"; }),
                 1);
    }

    void killedMidReplaySendsEachTaskOnce()
    {
        // Many creations queued while offline, as the app queues them (through the profile's store).
        constexpr int kTasks = 150;
        const Run products = cmd({u"ls"_s, u"products"_s, u"AFF-2023-0118"_s});
        const QUuid productId = QUuid::fromString(products.out.split(u'\n').value(4).section(u'\t', 0, 0));
        QVERIFY(!productId.isNull());
        {
            Store store(m_profile.filePath(u"store.sqlite"_s));
            QVERIFY(store.open());
            Actions actions(store);
            for (int i = 0; i < kTasks; ++i)
                QVERIFY(actions.addTask(productId, u"Relevé thermographique %1"_s.arg(i), false, {}));
        }
        QVERIFY(cmd({u"status"_s}).out.contains(u"Queued changes: %1"_s.arg(kTasks)));

        // The replay is killed (SIGKILL: no cleanup at all) once the server has some of them.
        QSqlDatabase db = m_server.database();
        const auto onServer = [&db] {
            QSqlQuery q(db);
            return q.exec(u"SELECT count(*) FROM tasks WHERE description LIKE 'Relevé thermographique %'"_s)
                    && q.next()
                ? q.value(0).toInt()
                : -1;
        };
        QProcess sync;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.insert(u"MYCLOUD_PASSWORD"_s, QString::fromLatin1(ServerProcess::kDemoPassword));
        sync.setProcessEnvironment(env);
        sync.start(QStringLiteral(MYCLOUDCMD_EXE), {u"--profile"_s, m_profile.path(), u"sync"_s});
        QElapsedTimer waited;
        waited.start();
        while (onServer() < 5 && waited.elapsed() < 30000)
            QThread::usleep(500);
        sync.kill();
        QVERIFY(sync.waitForFinished(10000));
        const int sentBeforeKill = onServer();
        qInfo("killed with %d of %d tasks on the server", sentBeforeKill, kTasks);
        QVERIFY2(sentBeforeKill >= 5 && sentBeforeKill < kTasks,
                 qPrintable(u"%1 of %2 tasks on the server when killed"_s.arg(sentBeforeKill).arg(kTasks)));
        QVERIFY(!cmd({u"status"_s}).out.contains(u"Queued changes: 0"_s));

        // The next run sends the rest, and what the server already had is not made again.
        QCOMPARE(cmd({u"sync"_s}).exitCode, 0);
        QVERIFY(cmd({u"status"_s}).out.contains(u"Queued changes: 0"_s));
        QCOMPARE(onServer(), kTasks);
        QSqlQuery distinct(db);
        QVERIFY(distinct.exec(u"SELECT count(DISTINCT description) FROM tasks WHERE description LIKE "
                              u"'Relevé thermographique %'"_s));
        QVERIFY(distinct.next());
        QCOMPARE(distinct.value(0).toInt(), kTasks);
    }

    void cleanupTestCase()
    {
        const QString error = m_server.stop();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestMycloudCmd)
#include "tst_mycloudcmd.moc"
