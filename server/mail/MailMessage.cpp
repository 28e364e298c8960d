#include "MailMessage.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

// RFC 2047 encoded words of 64 characters at most (39 bytes of UTF-8, never splitting a
// character), folded onto continuation lines: no header line goes over 78 characters.
QByteArray encodedWords(const QString& text)
{
    QByteArrayList words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype width = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.mid(i, width).toUtf8();
        i += width - 1;
        if (chunk.size() + character.size() > 39) {
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += character;
    }
    if (!chunk.isEmpty() || words.isEmpty())
        words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
    return words.join("\r\n ");
}

// Header values never carry line breaks: a value with CR/LF would inject headers.
QByteArray headerSafe(const QString& text)
{
    QString flat = text;
    flat.replace(u'\r', u' ').replace(u'\n', u' ');
    return flat.toUtf8();
}

} // namespace

QByteArray MailMessage::toRfc5322(const QDateTime& date, const QString& messageId) const
{
    QByteArray out;
    out += "From: " + headerSafe(from) + "\r\n";
    out += "To: " + headerSafe(to) + "\r\n";
    out += "Subject: " + encodedWords(QString::fromUtf8(headerSafe(subject))) + "\r\n";
    out += "Date: " + QLocale::c().toString(date.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss"_s).toLatin1()
        + " +0000\r\n";
    out += "Message-ID: <" + headerSafe(messageId) + ">\r\n";
    out += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: "
           "base64\r\n\r\n";
    QString text = body;
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\n', u"\r\n"_s);
    const QByteArray encoded = text.toUtf8().toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

} // namespace mycloud::server
