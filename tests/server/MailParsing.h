#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// Reading back the server's e-mails (maildir files or what an SMTP sink received) in tests.
struct ParsedMail
{
    QHash<QByteArray, QByteArray> headers; // lower-case names, unfolded values
    QByteArray rawSubject;
    QString to;
    QString subject; // RFC 2047 decoded
    QByteArray bodyBase64; // as sent, with its line breaks
    QString body; // decoded, \n line ends
};

// An RFC 2047 header value made of UTF-8 B encoded words (several allowed), else the raw value.
QString decodeMailHeader(const QByteArray& value);
ParsedMail parseMail(const QByteArray& bytes);
// The password-reset code: the indented line after the one announcing it.
QString mailedResetCode(const QString& body);
