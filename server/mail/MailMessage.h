#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mycloud::server {

// One plain-text e-mail, rendered as RFC 5322 with UTF-8 throughout (RFC 2047 subject,
// base64 body), so that French accents survive every relay.
struct MailMessage final
{
    QString from;
    QString to;
    QString subject;
    QString body;

    QByteArray toRfc5322(const QDateTime& date, const QString& messageId) const;
};

} // namespace mycloud::server
