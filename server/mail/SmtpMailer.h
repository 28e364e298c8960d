#pragma once

#include "Mailer.h"

namespace mycloud::server {

// Hands messages to an SMTP relay (RFC 5321: EHLO, MAIL FROM, RCPT TO, DATA). Plain SMTP to a
// relay the operator runs next to the server (a local Postfix, say); the relay does TLS onwards.
class SmtpMailer final : public Mailer
{
public:
    SmtpMailer(QString host, int port, QString from);
    ~SmtpMailer() override;

private:
    std::optional<QString> deliver(const QByteArray& rfc5322, const MailMessage& message) override;

    QString m_host;
    int m_port;
};

} // namespace mycloud::server
