#include "SmtpMailer.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

constexpr int kTimeoutMs = 30000;

// The address inside "Name <addr>" (or the whole text).
QByteArray bareAddress(const QString& mailbox)
{
    const qsizetype open = mailbox.indexOf(u'<');
    const qsizetype close = mailbox.indexOf(u'>', open);
    return (open >= 0 && close > open ? mailbox.mid(open + 1, close - open - 1) : mailbox).trimmed().toUtf8();
}

// One SMTP reply (possibly multi-line: "250-..." lines then "250 ..."); its code, or 0 on failure.
int readReply(QTcpSocket& socket)
{
    for (;;) {
        while (!socket.canReadLine()) {
            if (!socket.waitForReadyRead(kTimeoutMs))
                return 0;
        }
        const QByteArray line = socket.readLine();
        if (line.size() < 4)
            return 0;
        if (line.at(3) != '-')
            return line.left(3).toInt();
    }
}

// Sends one command (or the data) and reads the reply; its code, or 0 when the relay is gone.
int exchange(QTcpSocket& socket, const QByteArray& command)
{
    socket.write(command);
    if (!socket.waitForBytesWritten(kTimeoutMs))
        return 0;
    return readReply(socket);
}

} // namespace

SmtpMailer::SmtpMailer(QString host, int port, QString from)
    : Mailer(std::move(from))
    , m_host(std::move(host))
    , m_port(port)
{
    start();
}

SmtpMailer::~SmtpMailer()
{
    stop();
}

std::optional<QString> SmtpMailer::deliver(const QByteArray& rfc5322, const MailMessage& message)
{
    QTcpSocket socket;
    socket.connectToHost(m_host, static_cast<quint16>(m_port));
    if (!socket.waitForConnected(kTimeoutMs))
        return u"cannot reach %1:%2: %3"_s.arg(m_host).arg(m_port).arg(socket.errorString());
    if (const int greeting = readReply(socket); greeting != 220) {
        if (greeting != 0)
            exchange(socket, "QUIT\r\n"); // a relay that turns clients away still expects QUIT
        return u"the relay did not greet (%1)"_s.arg(greeting);
    }

    // Dot-stuffing: a line starting with "." gets a second one (RFC 5321 §4.5.2).
    QByteArray data = rfc5322;
    data.replace("\r\n.", "\r\n..");
    if (data.startsWith('.'))
        data.prepend('.');
    const struct
    {
        const char* name;
        QByteArray command;
        int expected;
    } steps[] = {
        {"EHLO", "EHLO mycloud-server\r\n", 250},
        {"MAIL FROM", "MAIL FROM:<" + bareAddress(from()) + ">\r\n", 250},
        {"RCPT TO", "RCPT TO:<" + bareAddress(message.to) + ">\r\n", 250},
        {"DATA", "DATA\r\n", 354},
        {"the message", data + ".\r\n", 250},
    };
    for (const auto& step : steps) {
        const int code = exchange(socket, step.command);
        if (code != step.expected) {
            const QString error = code == 0
                ? u"the relay stopped answering at %1: %2"_s.arg(QLatin1StringView(step.name),
                                                                 socket.errorString())
                : u"the relay answered %1 to %2"_s.arg(code).arg(QLatin1StringView(step.name));
            if (code != 0)
                exchange(socket, "QUIT\r\n"); // RFC 5321 §4.1.1.10: a session ends with QUIT, not a hang-up
            return error;
        }
    }
    // The 250 after the data made the message the relay's responsibility (RFC 5321 §4.1.1.4): what
    // it answers to QUIT no longer decides whether the message was sent.
    exchange(socket, "QUIT\r\n");
    return std::nullopt;
}

} // namespace mycloud::server
