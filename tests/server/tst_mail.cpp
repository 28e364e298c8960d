// The server's e-mail over its two backends, end to end: a password reset sent to an SMTP relay
// (a sink written here on QTcpServer, speaking just enough RFC 5321), relays that refuse, hang up
// or are down, and the maildir backend given with --mail maildir:DIR.
#include "MailParsing.h"
#include "ServerProcess.h"
#include "TestValues.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kFrenchSubject = u"MyCloud : réinitialisation de votre mot de passe"_s;

// A mail relay for the test: greets, accepts EHLO, MAIL, RCPT (or refuses it with rcptReply), DATA
// up to <CRLF>.<CRLF> (undoing the dot-stuffing), QUIT. Runs on the test's event loop.
class SmtpSink final
{
public:
    struct Message
    {
        QByteArray mailFrom;
        QList<QByteArray> rcptTo;
        QByteArray data; // as the client meant it, dot-stuffing undone, CRLFs kept
    };

    int rcptReply = 250;
    bool answerQuit = true;
    QList<QByteArray> commands; // every command line, in order
    QList<Message> messages;

    bool listen()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    void close() { m_server.close(); }

private:
    struct Session
    {
        QByteArray buffer;
        bool inData = false;
        Message message;
    };

    void accept()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            auto session = std::make_shared<Session>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [this, socket, session] { read(socket, *session); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->write("220 sink.test ESMTP ready\r\n");
        }
    }

    void read(QTcpSocket* socket, Session& session)
    {
        session.buffer += socket->readAll();
        for (;;) {
            if (session.inData) {
                const qsizetype end = session.buffer.indexOf("\r\n.\r\n");
                if (end < 0)
                    return;
                QByteArray data = session.buffer.left(end + 2);
                session.buffer.remove(0, end + 5);
                data.replace("\r\n..", "\r\n.");
                if (data.startsWith(".."))
                    data.remove(0, 1);
                session.message.data = data;
                messages << session.message;
                session.message = {};
                session.inData = false;
                socket->write("250 2.0.0 queued\r\n");
                continue;
            }
            const qsizetype eol = session.buffer.indexOf("\r\n");
            if (eol < 0)
                return;
            const QByteArray line = session.buffer.left(eol);
            session.buffer.remove(0, eol + 2);
            commands << line;
            const QByteArray upper = line.toUpper();
            if (upper.startsWith("EHLO ")) {
                socket->write("250-sink.test greets you\r\n250-8BITMIME\r\n250 SIZE 10485760\r\n");
            } else if (upper.startsWith("MAIL FROM:")) {
                session.message = {};
                session.message.mailFrom = line.mid(10);
                socket->write("250 2.1.0 sender ok\r\n");
            } else if (upper.startsWith("RCPT TO:")) {
                if (rcptReply == 250) {
                    session.message.rcptTo << line.mid(8);
                    socket->write("250 2.1.5 recipient ok\r\n");
                } else {
                    socket->write(QByteArray::number(rcptReply) + " 5.7.1 relaying denied\r\n");
                }
            } else if (upper == "DATA") {
                if (session.message.rcptTo.isEmpty()) {
                    socket->write("554 5.5.1 no valid recipients\r\n");
                } else {
                    session.inData = true;
                    socket->write("354 end data with <CR><LF>.<CR><LF>\r\n");
                }
            } else if (upper == "QUIT") {
                if (answerQuit)
                    socket->write("221 2.0.0 bye\r\n");
                socket->disconnectFromHost();
                return;
            } else {
                socket->write("502 5.5.2 command not recognized\r\n");
            }
        }
    }

    QTcpServer m_server;
};

} // namespace

class TestMail final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SmtpSink m_sink;
    ServerProcess m_smtp; // --mail smtp://127.0.0.1:<sink>
    QString m_smtpLog;

    QString demoEmail() const { return QString::fromLatin1(ServerProcess::kDemoEmail); }

    static Answer requestReset(ServerProcess& server, const QString& email)
    {
        return server.send("POST", u"auth/password-reset"_s, {}, json({{u"email"_s, email}}),
                           {{"Accept-Language", "fr-FR,fr;q=0.9"}});
    }

    static Answer confirmReset(ServerProcess& server, const QString& code, const QString& password)
    {
        return server.send("POST", u"auth/password-reset/confirm"_s, {},
                           json({{u"token"_s, code}, {u"newPassword"_s, password}}));
    }

    QByteArray log() const
    {
        QFile file(m_smtpLog);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Checks one rendered message of a password reset to the demo account; its code, or empty.
    QString checkResetMail(const QByteArray& data)
    {
        [&] {
            const ParsedMail mail = parseMail(data);
            QCOMPARE(mail.headers.value("from"), "MyCloud B2EI <no-reply@mycloud.b2ei.fr>");
            QCOMPARE(mail.headers.value("to"), demoEmail().toLatin1());
            static const QRegularExpression encodedWords(
                u"^=\\?UTF-8\\?B\\?[A-Za-z0-9+/]+=*\\?=( =\\?UTF-8\\?B\\?[A-Za-z0-9+/]+=*\\?=)*$"_s);
            QVERIFY2(encodedWords.match(QString::fromLatin1(mail.rawSubject)).hasMatch(),
                     mail.rawSubject.constData());
            QCOMPARE(mail.subject, kFrenchSubject);
            QCOMPARE(mail.headers.value("mime-version"), "1.0");
            QCOMPARE(mail.headers.value("content-type"), "text/plain; charset=UTF-8");
            QCOMPARE(mail.headers.value("content-transfer-encoding"), "base64");
            const QDateTime date
                = QDateTime::fromString(QString::fromLatin1(mail.headers.value("date")), Qt::RFC2822Date);
            QVERIFY2(date.isValid(), mail.headers.value("date").constData());
            QVERIFY(std::abs(date.secsTo(QDateTime::currentDateTimeUtc())) < 120);
            QVERIFY2(QRegularExpression(u"^<[^<>@\\s]+@mycloud\\.b2ei\\.fr>$"_s)
                         .match(QString::fromLatin1(mail.headers.value("message-id")))
                         .hasMatch(),
                     mail.headers.value("message-id").constData());
            // CRLF line ends only, and base64 lines of at most 76 characters (RFC 2045).
            QCOMPARE(data.count('\n'), data.count("\r\n"));
            for (const QByteArray& line : mail.bodyBase64.split('\n'))
                QVERIFY2(line.trimmed().size() <= 76, line.constData());
            QVERIFY2(mail.body.contains(u"réinitialiser votre mot de passe"_s), qPrintable(mail.body));
            QVERIFY2(mail.body.contains(u"L'équipe MyCloud B2EI"_s), qPrintable(mail.body));
        }();
        return QTest::currentTestFailed() ? QString() : mailedResetCode(parseMail(data).body);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sink.listen());
        m_smtpLog = m_dir.filePath(u"smtp-server.log"_s);
        m_smtp.setLogFile(m_smtpLog);
        const QString error = m_smtp.start({u"--mail"_s, u"smtp://127.0.0.1:%1"_s.arg(m_sink.port())});
        QVERIFY2(error.isEmpty(), qPrintable(error + u"\n"_s + QString::fromUtf8(log())));
    }

    void init()
    {
        // A relay that takes everything, whatever the previous function (or its failure) left.
        m_sink.rcptReply = 250;
        m_sink.answerQuit = true;
    }

    void resetCodeGoesThroughTheRelay()
    {
        // The unknown address first: the server mails in order, so a message for it would be at the
        // sink by the time the one for the known address is.
        QCOMPARE(requestReset(m_smtp, u"nobody@mycloud.test"_s).status, 202);
        QCOMPARE(requestReset(m_smtp, demoEmail()).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages.size(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.commands.size(), 5, 10000);
        QCOMPARE(m_sink.commands,
                 (QList<QByteArray>{"EHLO mycloud-server", "MAIL FROM:<no-reply@mycloud.b2ei.fr>",
                                    "RCPT TO:<demo@mycloud.test>", "DATA", "QUIT"}));
        const SmtpSink::Message message = m_sink.messages.first();
        QCOMPARE(message.mailFrom, "<no-reply@mycloud.b2ei.fr>");
        QCOMPARE(message.rcptTo, QList<QByteArray>{"<demo@mycloud.test>"});
        const QString code = checkResetMail(message.data);
        QVERIFY(!code.isEmpty());

        // The code from the relay's copy is the one that works.
        const QString password = u"smtp-reset-password"_s;
        QCOMPARE(confirmReset(m_smtp, code, password).status, 204);
        QVERIFY(!m_smtp.login(demoEmail(), password).isEmpty());
        QVERIFY(m_smtp.login(demoEmail(), QString::fromLatin1(ServerProcess::kDemoPassword)).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(log().contains("mail sent to \"demo@mycloud.test\""), 10000);
        QVERIFY(!log().contains("not sent"));
    }

    void subjectEncodedWordsAreAtMost75Characters()
    {
        QVERIFY(!m_sink.messages.isEmpty());
        const ParsedMail mail = parseMail(m_sink.messages.first().data);
        for (const QByteArray& word : mail.rawSubject.split(' '))
            QVERIFY2(word.size() <= 75, word.constData());
        const QByteArray data = m_sink.messages.first().data;
        for (const QByteArray& line : data.left(data.indexOf("\r\n\r\n")).split('\n'))
            QVERIFY2(line.trimmed().size() <= 78, line.constData());
    }

    void refusedRecipientStillAnswers202()
    {
        m_sink.rcptReply = 554;
        m_sink.commands.clear();
        const qsizetype messages = m_sink.messages.size();
        const Answer known = requestReset(m_smtp, demoEmail());
        const Answer unknown = requestReset(m_smtp, u"stranger@mycloud.test"_s);
        // Same answer whether or not the address has an account, and whatever the relay does.
        QCOMPARE(known.status, 202);
        QCOMPARE(unknown.status, 202);
        QCOMPARE(known.body, unknown.body);
        QCOMPARE(known.headers.value("content-type"), unknown.headers.value("content-type"));

        // The server gives up on the message and ends the session politely (RFC 5321 §4.1.1.10).
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.commands.size(), 4, 20000);
        QCOMPARE(m_sink.commands,
                 (QList<QByteArray>{"EHLO mycloud-server", "MAIL FROM:<no-reply@mycloud.b2ei.fr>",
                                    "RCPT TO:<demo@mycloud.test>", "QUIT"}));
        QTRY_VERIFY_WITH_TIMEOUT(log().contains("the relay answered 554 to RCPT TO"), 10000);
        QVERIFY(log().contains("mycloud.server.mail: mail to \"demo@mycloud.test\" not sent"));
        QCOMPARE(m_sink.messages.size(), messages);

        // The mail thread is not stuck: once the relay takes the message again, it goes.
        init();
        const qsizetype sent = log().count("mail sent to");
        QCOMPARE(requestReset(m_smtp, demoEmail()).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages.size(), messages + 1, 20000);
        QVERIFY(!checkResetMail(m_sink.messages.last().data).isEmpty());
        // The server logs the message as sent once the relay answered QUIT, after the sink has it:
        // waited for here, so that the next test counts from a settled log.
        QTRY_COMPARE_WITH_TIMEOUT(log().count("mail sent to"), sent + 1, 20000);
    }

    void relayHangingUpOnQuitHasStillTheMessage()
    {
        // After its 250 to the data the relay owns the message: a missing 221 changes nothing.
        m_sink.answerQuit = false;
        const qsizetype sent = log().count("mail sent to");
        const qsizetype failed = log().count("not sent");
        const qsizetype messages = m_sink.messages.size();
        QCOMPARE(requestReset(m_smtp, demoEmail()).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages.size(), messages + 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(log().count("mail sent to"), sent + 1, 20000);
        QCOMPARE(log().count("not sent"), failed);
    }

    void unreachableRelayStillAnswers202()
    {
        m_sink.close();
        const qsizetype failed = log().count("not sent");
        const Answer answer = requestReset(m_smtp, demoEmail());
        QCOMPARE(answer.status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(log().count("not sent"), failed + 1, 20000);
        QVERIFY(log().contains("cannot reach 127.0.0.1:"));
        // And the server still serves.
        QCOMPARE(requestReset(m_smtp, u"nobody@mycloud.test"_s).status, 202);
    }

    void maildirBackendWritesIntoNew()
    {
        const QString box = m_dir.filePath(u"box"_s);
        ServerProcess server;
        const QString error = server.start({u"--mail"_s, u"maildir:"_s + box});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(requestReset(server, demoEmail()).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(QDir(box + u"/new"_s).entryList(QDir::Files).size(), 1, 20000);
        QVERIFY(QDir(box + u"/cur"_s).exists());
        QCOMPARE(QDir(box + u"/tmp"_s).entryList(QDir::Files).size(), 0); // moved, not copied
        // Not into the default maildir of the data folder.
        QCOMPARE(QDir(server.dataPath(u"mail/new"_s)).entryList(QDir::Files).size(), 0);

        QFile file(box + u"/new/"_s + QDir(box + u"/new"_s).entryList(QDir::Files).first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString code = checkResetMail(file.readAll());
        QVERIFY(!code.isEmpty());
        QCOMPARE(confirmReset(server, code, u"maildir-reset-password"_s).status, 204);
        QVERIFY(!server.login(demoEmail(), u"maildir-reset-password"_s).isEmpty());
        QCOMPARE(server.stop(), QString());
    }

    void cleanupTestCase()
    {
        const QString error = m_smtp.stop();
        QVERIFY2(error.isEmpty(), qPrintable(error + u"\n"_s + QString::fromUtf8(log())));
    }
};

QTEST_GUILESS_MAIN(TestMail)
#include "tst_mail.moc"
