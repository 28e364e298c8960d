// One app per profile, between real processes (instance_helper claims a SingleInstance as
// mycloud's main() does): a later launch hands its links to the first and exits 0; two profiles
// run side by side; a crashed instance's socket is taken over; simultaneous launches make one
// instance; garbage on the socket is logged and dropped; an instance that does not answer is an
// error, not a hang.
#include "core/SingleInstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 1500; // the helpers' hand-over timeout

// One instance_helper process and what it printed.
class Helper final
{
public:
    explicit Helper(const QString& name, const QStringList& links = {})
    {
        m_process.start(QString::fromUtf8(INSTANCE_HELPER),
                        QStringList{name, QString::number(kTimeoutMs)} + links);
    }
    ~Helper()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QStringList lines()
    {
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        return m_out.split(u'\n', Qt::SkipEmptyParts);
    }
    QString errors()
    {
        m_err += QString::fromUtf8(m_process.readAllStandardError());
        return m_err;
    }
    // Waits (events running) until a printed line starts with `prefix`; that line, or empty.
    QString waitForLine(const QString& prefix, int ms = 10000)
    {
        const QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            for (const QString& line : lines())
                if (line.startsWith(prefix))
                    return line;
            if (m_process.state() == QProcess::NotRunning && !m_process.bytesAvailable())
                break;
            QTest::qWait(10);
        }
        return {};
    }
    bool waitForExit(int ms = 10000)
    {
        const QDeadlineTimer deadline(ms);
        while (m_process.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(10);
        return m_process.state() == QProcess::NotRunning;
    }
    QProcess& process() { return m_process; }

private:
    QProcess m_process;
    QString m_out;
    QString m_err;
};

} // namespace

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profiles;
    int m_next = 0;

    // A fresh profile's instance name: no test meets another's instance.
    QString freshName() { return SingleInstance::nameFor(m_profiles.filePath(QString::number(++m_next))); }

    // Connects to `name` like a stranger, sends `bytes`, and says whether the instance dropped the
    // connection without acknowledging anything.
    bool droppedWithoutAnswer(const QString& name, const QByteArray& bytes)
    {
        QLocalSocket socket;
        socket.connectToServer(name);
        if (!socket.waitForConnected(5000))
            return false;
        socket.write(bytes);
        socket.flush();
        const QDeadlineTimer deadline(kTimeoutMs * 3);
        QByteArray answered;
        while (socket.state() == QLocalSocket::ConnectedState && !deadline.hasExpired()) {
            QTest::qWait(10);
            answered += socket.readAll();
        }
        answered += socket.readAll();
        return socket.state() != QLocalSocket::ConnectedState && answered.isEmpty();
    }

private slots:
    void nameFollowsTheProfile()
    {
        const QString a = m_profiles.filePath(u"a"_s);
        QDir().mkpath(a);
        const QString name = SingleInstance::nameFor(a);
        QVERIFY(name.contains(u"fr.b2ei.MyCloud-"_s));
        QCOMPARE(SingleInstance::nameFor(a + u'/'), name);
        QCOMPARE(SingleInstance::nameFor(m_profiles.filePath(u"b/../a"_s)), name);
        QVERIFY(SingleInstance::nameFor(m_profiles.filePath(u"b"_s)) != name);
        QVERIFY(name.size() < 100); // fits a Unix socket address
    }

    void laterLaunchHandsOverAndExits()
    {
        const QString name = freshName();
        Helper first(name);
        const QString primary = first.waitForLine(u"primary "_s);
        QVERIFY2(!primary.isEmpty(), qPrintable(first.errors()));
        const QString product = u"mycloud://product/0b6c1f5e-8a55-4a8e-9d8f-2f3e4c5b6a79"_s;
        const QString label = u"https://mycloud.example/q/k7Qm2xV9pL4sT8wZ1bN6cR"_s;
        const QString odd = u"« Armoire » 🔌 \"quoted\"\nsecond line"_s; // passed as it is: the app judges
        Helper second(name, {product, label, odd});
        QVERIFY(second.waitForExit());
        QCOMPARE(second.process().exitCode(), 0);
        QCOMPARE(second.lines(), QStringList{u"handed-over"_s});
        QVERIFY(!first.waitForLine(u"second line"_s).isEmpty());
        QCOMPARE(first.lines().mid(1),
                 (QStringList{u"activate"_s, u"link "_s + product, u"link "_s + label,
                              u"link « Armoire » 🔌 \"quoted\""_s, u"second line"_s}));

        Helper bare(name); // a launch without a link only brings the window forward
        QVERIFY(bare.waitForExit());
        QCOMPARE(bare.process().exitCode(), 0);
        QTRY_COMPARE(first.lines().size(), 7);
        QCOMPARE(first.lines().last(), u"activate"_s);
        QCOMPARE(first.process().state(), QProcess::Running);
    }

    void twoProfilesRunSideBySide()
    {
        Helper one(freshName());
        Helper two(freshName());
        QVERIFY(!one.waitForLine(u"primary "_s).isEmpty());
        QVERIFY(!two.waitForLine(u"primary "_s).isEmpty());
    }

    void crashedInstanceIsReplaced()
    {
        const QString name = freshName();
        auto crashed = std::make_unique<Helper>(name);
        const QString primary = crashed->waitForLine(u"primary "_s);
        QVERIFY(!primary.isEmpty());
        const QString socketFile = primary.mid(8);
        crashed->process().kill(); // SIGKILL: no chance to remove its socket
        QVERIFY(crashed->waitForExit());
        crashed.reset();
#ifdef Q_OS_UNIX
        QVERIFY2(QFile::exists(socketFile), "the crashed instance's socket should still be there");
#endif
        Helper next(name, {u"mycloud://affair/0b6c1f5e-8a55-4a8e-9d8f-2f3e4c5b6a79"_s});
        QVERIFY2(!next.waitForLine(u"primary "_s).isEmpty(), qPrintable(next.lines().join(u'\n')));
        QVERIFY(next.errors().contains(u"crashed"_s));
        Helper after(name, {u"mycloud://product/0b6c1f5e-8a55-4a8e-9d8f-2f3e4c5b6a79"_s});
        QVERIFY(after.waitForExit());
        QCOMPARE(after.process().exitCode(), 0);
        QVERIFY(!next.waitForLine(u"link mycloud://product/"_s).isEmpty());
    }

    void simultaneousLaunchesMakeOneInstance()
    {
        const QString name = freshName();
        std::vector<std::unique_ptr<Helper>> launches;
        for (int i = 0; i < 6; ++i)
            launches.push_back(std::make_unique<Helper>(name, QStringList{u"link-%1"_s.arg(i)}));
        Helper* primary = nullptr;
        int handedOver = 0;
        QDeadlineTimer deadline(20000);
        while (primary == nullptr || handedOver < 5) {
            QVERIFY(!deadline.hasExpired());
            QTest::qWait(20);
            handedOver = 0;
            for (const auto& launch : launches) {
                const QStringList lines = launch->lines();
                if (!lines.isEmpty() && lines.first().startsWith(u"primary "_s)) {
                    QVERIFY(primary == nullptr || primary == launch.get()); // never two
                    primary = launch.get();
                } else if (lines == QStringList{u"handed-over"_s}) {
                    if (!launch->waitForExit(0))
                        continue; // said so, and is on its way out (a loaded machine)
                    QCOMPARE(launch->process().exitCode(), 0);
                    ++handedOver;
                } else {
                    QVERIFY2(lines.isEmpty(), qPrintable(lines.join(u'\n')));
                }
            }
        }
        QTRY_COMPARE(primary->lines().filter(u"link link-"_s).size(), 5);
    }

    void garbageIsDroppedAndLogged()
    {
        const QString name = freshName();
        Helper first(name);
        QVERIFY(!first.waitForLine(u"primary "_s).isEmpty());
        QVERIFY(droppedWithoutAnswer(name, "GET / HTTP/1.0\r\n\r\n"));
        QVERIFY(droppedWithoutAnswer(name, SingleInstance::frame({}).left(4) + "{not json"));
        QByteArray notJson("\0\0\0\x09{not json", 13);
        QVERIFY(droppedWithoutAnswer(name, notJson));
        QVERIFY(droppedWithoutAnswer(name, SingleInstance::frame({{u"links"_s, QJsonArray{u"x"_s}}})));
        QVERIFY(droppedWithoutAnswer(
            name, SingleInstance::frame({{u"app"_s, u"fr.b2ei.MyCloud"_s}, {u"links"_s, QJsonArray{1, 2}}})));
        QJsonArray many;
        for (int i = 0; i <= SingleInstance::kMaxLinks; ++i)
            many.append(u"mycloud://x"_s);
        QVERIFY(droppedWithoutAnswer(
            name, SingleInstance::frame({{u"app"_s, u"fr.b2ei.MyCloud"_s}, {u"links"_s, many}})));
        QVERIFY(droppedWithoutAnswer(name, QByteArray("\0\0", 2))); // half a header, then silence
        QTRY_COMPARE(first.errors().count(u"ignored a connection that was no hand-over"_s), 7);
        QVERIFY(first.errors().contains(u"nothing complete within the timeout"_s));
        QVERIFY(first.errors().contains(u"no JSON"_s));
        // None of it was taken for a link, and the instance still serves the real thing.
        QCOMPARE(first.lines().size(), 1);
        Helper second(name, {u"mycloud://product/0b6c1f5e-8a55-4a8e-9d8f-2f3e4c5b6a79"_s});
        QVERIFY(second.waitForExit());
        QCOMPARE(second.process().exitCode(), 0);
        QVERIFY(!first.waitForLine(u"link mycloud://product/"_s).isEmpty());
    }

    void silentInstanceIsAnErrorNotAHang()
    {
        const QString name = freshName();
        QLocalServer mute; // accepts, reads nothing, answers nothing
        QLocalServer::removeServer(name);
        QVERIFY(mute.listen(name));
        QElapsedTimer clock;
        clock.start();
        Helper launch(name, {u"mycloud://product/0b6c1f5e-8a55-4a8e-9d8f-2f3e4c5b6a79"_s});
        QVERIFY(launch.waitForExit(kTimeoutMs * 4));
        QCOMPARE(launch.process().exitCode(), 1);
        const QString error = launch.waitForLine(u"error "_s);
        QVERIFY2(error.startsWith(u"error %1 "_s.arg(int(SingleInstanceError::Kind::NoAnswer))),
                 qPrintable(error));
        QVERIFY(error.contains(u"does not answer"_s));
        QVERIFY(clock.elapsed() >= kTimeoutMs);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
