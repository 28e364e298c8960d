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
    if (readReply(socket) != 220)
        return u"the relay did not greet"_s;

    // Dot-stuffing: a line starting with "." gets a second one (RFC 5321 §4.5.2).
    QByteArray data = rfc5322;
    data.replace("\r\n.", "\r\n..");
    if (data.startsWith('.'))
        data.prepend('.');
    const struct
    {
        QByteArray command;
        int expected;
    } steps[] = {
        {"EHLO mycloud-server\r\n", 250},
        {"MAIL FROM:<" + bareAddress(from()) + ">\r\n", 250},
        {"RCPT TO:<" + bareAddress(message.to) + ">\r\n", 250},
        {"DATA\r\n", 354},
        {data + ".\r\n", 250},
        {"QUIT\r\n", 221},
    };
    for (const auto& step : steps) {
        socket.write(step.command);
        if (!socket.waitForBytesWritten(kTimeoutMs))
            return u"the relay stopped reading: %1"_s.arg(socket.errorString());
        const int code = readReply(socket);
        if (code != step.expected)
            return u"the relay answered %1 to %2"_s.arg(code).arg(QString::fromLatin1(step.command.left(10)));
    }
    return std::nullopt;
}

} // namespace mycloud::server
