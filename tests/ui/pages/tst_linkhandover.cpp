// The desktop app itself, two processes at a time (offscreen, against the real server): a signed-in
// `mycloud` opens the link it was started with; `mycloud <link>` launched again hands the link to
// it and exits 0, and the first window shows the product or affair (read from its log); another
// profile gets its own window; after a crash the next launch takes the instance's place.
#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString idOf(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

// One `mycloud` process and its log.
class App final
{
public:
    App(const QProcessEnvironment& environment, const QStringList& arguments)
    {
        m_process.setProcessEnvironment(environment);
        m_process.start(QString::fromUtf8(MYCLOUD_EXE), arguments);
    }
    ~App()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    QString log()
    {
        m_log += QString::fromUtf8(m_process.readAllStandardError());
        return m_log;
    }
    // Waits, events running, until the log holds `text`.
    bool waitForLog(const QString& text, int ms = 60000)
    {
        const QDeadlineTimer deadline(ms);
        while (!log().contains(text)) {
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
                return log().contains(text);
            QTest::qWait(20);
        }
        return true;
    }
    // Waits for the exit: its code, or -1 when it still runs or crashed.
    int waitForExit(int ms = 20000)
    {
        const QDeadlineTimer deadline(ms);
        while (m_process.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(20);
        if (m_process.state() != QProcess::NotRunning || m_process.exitStatus() != QProcess::NormalExit)
            return -1;
        log();
        return m_process.exitCode();
    }
    QProcess& process() { return m_process; }

private:
    QProcess m_process;
    QString m_log;
};

} // namespace

class TestLinkHandOver final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
    std::unique_ptr<App> m_first;
    QUuid m_affair;
    QUuid m_product;
    QString m_otherToken;
    QUuid m_otherProduct;

    QString profile() const { return m_home.filePath(u"profile"_s); }

    std::unique_ptr<App> launch(const QStringList& arguments, const QString& profileDirectory = {})
    {
        return std::make_unique<App>(
            m_environment,
            QStringList{u"--profile"_s, profileDirectory.isEmpty() ? profile() : profileDirectory}
                + arguments);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start().isEmpty(), "the server did not start");
        // Settings, data and the instance's socket in the test's own home; no keychain, so the
        // app signs in with the password from the environment, as scripts/demo.sh does.
        m_environment = QProcessEnvironment::systemEnvironment();
        const std::pair<const char16_t*, QString> dirs[] = {{u"XDG_CONFIG_HOME", u"config"_s},
                                                            {u"XDG_DATA_HOME", u"data"_s},
                                                            {u"XDG_CACHE_HOME", u"cache"_s},
                                                            {u"XDG_RUNTIME_DIR", u"run"_s}};
        for (const auto& [variable, dir] : dirs) {
            QVERIFY(QDir().mkpath(m_home.filePath(dir)));
            m_environment.insert(QString::fromUtf16(variable), m_home.filePath(dir));
        }
        QFile::setPermissions(m_home.filePath(u"run"_s),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        m_environment.insert(u"MYCLOUD_PASSWORD"_s, QString::fromLatin1(ServerProcess::kDemoPassword));
        m_environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        m_environment.insert(u"QT_LOGGING_RULES"_s, u"mycloud.links.info=true\nmycloud.instance.info=true"_s);

        QProcess login;
        login.setProcessEnvironment(m_environment);
        login.start(QString::fromUtf8(MYCLOUDCMD_EXE),
                    {u"--profile"_s, profile(), u"login"_s, u"--server"_s,
                     m_server.rootUrl(QString()).toString(), u"--ca"_s, m_server.dataPath(u"tls/ca.pem"_s),
                     u"--email"_s, QString::fromLatin1(ServerProcess::kDemoEmail)});
        login.closeWriteChannel();
        QVERIFY(login.waitForFinished(60000));
        QVERIFY2(login.exitCode() == 0, login.readAllStandardError().constData());

        QSqlQuery q(m_server.database());
        QVERIFY(q.exec(u"SELECT p.id, p.affair_id, p.qr_token FROM products p JOIN customers c ON "
                       u"c.id = p.customer_id WHERE c.email = '%1' ORDER BY p.reference LIMIT 2"_s.arg(
                           QString::fromLatin1(ServerProcess::kDemoEmail))));
        QVERIFY(q.next());
        m_product = QUuid::fromString(q.value(0).toString());
        m_affair = QUuid::fromString(q.value(1).toString());
        QVERIFY(q.next());
        m_otherProduct = QUuid::fromString(q.value(0).toString());
        m_otherToken = q.value(2).toString();
        QVERIFY(!m_product.isNull() && !m_affair.isNull() && !m_otherProduct.isNull());
    }

    void firstLaunchOpensItsLinkOnceSignedIn()
    {
        m_first = launch({u"mycloud://product/"_s + idOf(m_product)});
        QVERIFY2(m_first->waitForLog(u"mycloud.links: showing product "_s + idOf(m_product)),
                 qPrintable(m_first->log()));
        QVERIFY(m_first->log().contains(u"mycloud.instance: listening on"_s));
    }

    void laterLaunchesHandTheirLinkOver()
    {
        QVERIFY(m_first);
        auto second = launch({u"mycloud://affair/"_s + idOf(m_affair)});
        QCOMPARE(second->waitForExit(), 0);
        QVERIFY2(second->log().contains(u"handed over to the running instance"_s), qPrintable(second->log()));
        QVERIFY2(m_first->waitForLog(u"mycloud.links: showing affair "_s + idOf(m_affair), 20000),
                 qPrintable(m_first->log()));
        QVERIFY(m_first->log().contains(u"brought forward for another launch"_s));

        // A label's address, as a phone's camera app would pass it on.
        auto third = launch({m_server.rootUrl(u"q/"_s + m_otherToken).toString()});
        QCOMPARE(third->waitForExit(), 0);
        QVERIFY2(m_first->waitForLog(u"mycloud.links: showing product "_s + idOf(m_otherProduct), 20000),
                 qPrintable(m_first->log()));

        // The running window judges the link: a bad one is refused there, the launch still quits.
        auto fourth = launch({u"mycloud://product/AFF-2023-0118"_s});
        QCOMPARE(fourth->waitForExit(), 0);
        QVERIFY(m_first->waitForLog(u"is not the id of a product or an affair"_s, 20000));
        QCOMPARE(m_first->process().state(), QProcess::Running);
    }

    void anotherProfileGetsItsOwnWindow()
    {
        auto other = launch({}, m_home.filePath(u"other-profile"_s));
        QVERIFY2(other->waitForLog(u"mycloud.instance: listening on"_s, 30000), qPrintable(other->log()));
        QCOMPARE(other->process().state(), QProcess::Running);
    }

    void crashedInstanceIsReplaced()
    {
        QVERIFY(m_first);
        m_first->process().kill(); // SIGKILL: its socket stays behind
        QCOMPARE(m_first->waitForExit(), -1);
        m_first.reset();
        auto next = launch({u"mycloud://affair/"_s + idOf(m_affair)});
        QVERIFY2(next->waitForLog(u"mycloud.links: showing affair "_s + idOf(m_affair)),
                 qPrintable(next->log()));
        QVERIFY(next->log().contains(u"(it crashed?): taking its place"_s));
        auto after = launch({u"mycloud://product/"_s + idOf(m_product)});
        QCOMPARE(after->waitForExit(), 0);
        QVERIFY(next->waitForLog(u"mycloud.links: showing product "_s + idOf(m_product), 20000));
    }
};

QTEST_GUILESS_MAIN(TestLinkHandOver)
#include "tst_linkhandover.moc"
