// `mycloudcmd scan` as a script would use it: the real binary, a profile signed in to the real
// server, and labels made by the real qrencode (never by our own writer).
#include "ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScanCommand final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_dir;
    QHash<QString, QString> m_profiles; // "synced": signed in and synced; "fresh": same account, empty store
    QHash<QString, QString> m_images; // name → PNG
    QHash<QString, QString> m_texts; // name → what its code holds
    QString m_productId; // the demo customer's product behind "ours"
    QString m_productReference;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cmd(const QString& profile, const QStringList& arguments, bool withPassword = true)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no keychain: the session comes from MYCLOUD_PASSWORD
        if (withPassword)
            env.insert(u"MYCLOUD_PASSWORD"_s, QString::fromLatin1(ServerProcess::kDemoPassword));
        else
            env.remove(u"MYCLOUD_PASSWORD"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MYCLOUDCMD_EXE), QStringList{u"--profile"_s, profile} + arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static QString run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0)
            return u"%1 failed: %2"_s.arg(program, QString::fromLocal8Bit(process.readAllStandardError()));
        return {};
    }

    QString makeCode(const QString& name, const QString& text)
    {
        m_images[name] = m_dir.filePath(name + u".png"_s);
        m_texts[name] = text;
        return run(u"qrencode"_s, {u"-s"_s, u"6"_s, u"-o"_s, m_images[name], text});
    }

    QString labelOf(const QString& email, QString* productId = nullptr, QString* reference = nullptr)
    {
        QSqlQuery q(m_server.database());
        q.prepare(
            u"SELECT p.qr_token, p.id, p.reference FROM products p JOIN customers c ON c.id = p.customer_id "
            u"WHERE c.email = ? ORDER BY p.reference LIMIT 1"_s);
        q.addBindValue(email);
        if (!q.exec() || !q.next())
            return {};
        if (productId)
            *productId = QUuid::fromString(q.value(1).toString()).toString(QUuid::WithoutBraces);
        if (reference)
            *reference = q.value(2).toString();
        return m_server.rootUrl(u"q/"_s + q.value(0).toString()).toString();
    }

    void pointAt(const QString& profile, const QString& server)
    {
        QSettings settings(profile + u"/profile.ini"_s, QSettings::IniFormat);
        settings.setValue(u"server"_s, server);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"qrencode"_s).isEmpty(),
                 "qrencode is missing: run scripts/deps.sh --with-test-tools");
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString& name : {u"synced"_s, u"fresh"_s}) {
            m_profiles[name] = m_dir.filePath(name);
            QVERIFY(QDir().mkpath(m_profiles[name]));
        }
        const Run login = cmd(m_profiles[u"synced"_s],
                              {u"login"_s, u"--server"_s, m_server.rootUrl(QString()).toString(), u"--ca"_s,
                               m_server.dataPath(u"tls/ca.pem"_s), u"--email"_s,
                               QString::fromLatin1(ServerProcess::kDemoEmail)});
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        // The same account on a computer that never synced: only its settings and trusted CA.
        for (const QString& file : {u"profile.ini"_s, u"trusted-ca.pem"_s})
            QVERIFY(QFile::copy(m_profiles[u"synced"_s] + u'/' + file, m_profiles[u"fresh"_s] + u'/' + file));

        const QString ours
            = labelOf(QString::fromLatin1(ServerProcess::kDemoEmail), &m_productId, &m_productReference);
        const QString theirs = labelOf(QString::fromLatin1(ServerProcess::kOtherEmail));
        QVERIFY(!ours.isEmpty() && !theirs.isEmpty());
        for (const auto& [name, text] : std::initializer_list<std::pair<QString, QString>>{
                 {u"ours"_s, ours},
                 {u"theirs"_s, theirs},
                 {u"text"_s, u"Armoire TGBT, rangée 3"_s},
                 {u"escape"_s, u"\x1b]0;pwned\x07\x1b[2J\tcolumn"_s}}) {
            const QString made = makeCode(name, text);
            QVERIFY2(made.isEmpty(), qPrintable(made));
        }
        m_images[u"none"_s] = m_dir.filePath(u"none.png"_s);
        const QString ground
            = run(u"convert"_s,
                  {u"-seed"_s, u"1"_s, u"-size"_s, u"640x480"_s, u"plasma:fractal"_s, m_images[u"none"_s]});
        QVERIFY2(ground.isEmpty(), qPrintable(ground));
        QFile png(m_images[u"ours"_s]);
        QVERIFY(png.open(QIODevice::ReadOnly));
        QByteArray damaged = png.readAll();
        for (qsizetype i = 40; i < damaged.size(); i += 5)
            damaged[i] = char(~damaged[i]);
        m_images[u"damaged"_s] = m_dir.filePath(u"damaged.png"_s);
        QFile out(m_images[u"damaged"_s]);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(damaged) == damaged.size());
    }

    void scan_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("images");
        QTest::addColumn<bool>("online");
        QTest::addColumn<bool>("password");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("statuses"); // one per output line
        const QString synced = u"synced"_s, fresh = u"fresh"_s;
        QTest::newRow("our label, from the store")
            << synced << QStringList{u"ours"_s} << true << true << 0 << QStringList{u"found"_s};
        QTest::newRow("our label, offline, from the store")
            << synced << QStringList{u"ours"_s} << false << true << 0 << QStringList{u"found"_s};
        QTest::newRow("our label, not in the store, from the server")
            << fresh << QStringList{u"ours"_s} << true << true << 0 << QStringList{u"found"_s};
        QTest::newRow("our label, not in the store, offline")
            << fresh << QStringList{u"ours"_s} << false << true << 0 << QStringList{u"unreachable"_s};
        QTest::newRow("our label, not in the store, no session")
            << fresh << QStringList{u"ours"_s} << true << false << 0 << QStringList{u"failed"_s};
        QTest::newRow("another customer's label")
            << synced << QStringList{u"theirs"_s} << true << true << 0 << QStringList{u"not-ours"_s};
        QTest::newRow("plain text") << synced << QStringList{u"text"_s} << true << true << 0
                                    << QStringList{u"not-a-label"_s};
        QTest::newRow("terminal escapes")
            << synced << QStringList{u"escape"_s} << true << true << 0 << QStringList{u"not-a-label"_s};
        QTest::newRow("no code") << synced << QStringList{u"none"_s} << true << true << 1
                                 << QStringList{u"no-code"_s};
        QTest::newRow("damaged file")
            << synced << QStringList{u"damaged"_s} << true << true << 1 << QStringList{};
        QTest::newRow("several images")
            << synced << QStringList{u"none"_s, u"damaged"_s, u"ours"_s, u"theirs"_s} << true << true << 0
            << QStringList{u"no-code"_s, u"found"_s, u"not-ours"_s};
        QTest::newRow("no image") << synced << QStringList{} << true << true << 2 << QStringList{};
    }

    void scan()
    {
        QFETCH(QString, profile);
        QFETCH(QStringList, images);
        QFETCH(bool, online);
        QFETCH(bool, password);
        QFETCH(int, exitCode);
        QFETCH(QStringList, statuses);
        const QString dir = m_profiles[profile];
        if (!online) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            pointAt(dir, u"https://127.0.0.1:%1"_s.arg(probe.serverPort()));
        }
        QStringList files;
        for (const QString& name : images)
            files << m_images[name];
        const Run run = cmd(dir, QStringList{u"scan"_s} + files, password);
        pointAt(dir, m_server.rootUrl(QString()).toString());
        QVERIFY2(run.exitCode == exitCode,
                 qPrintable(u"exit %1\n%2%3"_s.arg(run.exitCode).arg(run.out, run.err)));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QStringList seen;
        for (const QString& line : lines) {
            const QStringList columns = line.split(u'\t');
            QCOMPARE(columns.size(), 5); // image, status, product id, text, message
            seen << columns[1];
            const QString name = m_images.key(columns[0]);
            QVERIFY2(!name.isEmpty(), qPrintable(line));
            if (columns[1] == u"no-code")
                continue;
            if (name != u"escape")
                QCOMPARE(columns[3], m_texts[name]);
            if (columns[1] == u"found") {
                QCOMPARE(columns[2], m_productId);
                QVERIFY2(columns[4].contains(m_productReference), qPrintable(columns[4]));
            } else {
                QVERIFY(columns[2].isEmpty());
            }
        }
        QCOMPARE(seen, statuses);
        // A code's control characters never reach the terminal.
        QVERIFY(!run.out.contains(QChar(0x1b)) && !run.out.contains(QChar(0x07)));
        if (images.contains(u"damaged"_s))
            QVERIFY2(run.err.contains(u"damaged.png"_s), qPrintable(run.err));
        if (!password && profile == u"fresh")
            QVERIFY2(run.err.contains(u"MYCLOUD_PASSWORD"_s), qPrintable(run.err));
    }

    void cleanupTestCase() { QVERIFY(m_server.stop().isEmpty()); }
};

QTEST_GUILESS_MAIN(TestScanCommand)
#include "tst_scancommand.moc"
