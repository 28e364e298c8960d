#include "MailParsing.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString decodeMailHeader(const QByteArray& value)
{
    static const QRegularExpression word(u"=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QByteArray bytes;
    bool any = false;
    for (auto it = word.globalMatch(QString::fromLatin1(value)); it.hasNext();) {
        bytes += QByteArray::fromBase64(it.next().captured(1).toLatin1());
        any = true;
    }
    return any ? QString::fromUtf8(bytes) : QString::fromUtf8(value);
}

ParsedMail parseMail(const QByteArray& bytes)
{
    ParsedMail mail;
    const qsizetype split = bytes.indexOf("\r\n\r\n");
    QByteArray head = bytes.left(split);
    head.replace("\r\n ", " ").replace("\r\n\t", " "); // unfold
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            mail.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    mail.to = QString::fromUtf8(mail.headers.value("to"));
    mail.rawSubject = mail.headers.value("subject");
    mail.subject = decodeMailHeader(mail.rawSubject);
    mail.bodyBase64 = bytes.mid(split + 4);
    QByteArray base64 = mail.bodyBase64;
    base64.replace("\r\n", "");
    mail.body = QString::fromUtf8(QByteArray::fromBase64(base64));
    mail.body.replace(u"\r\n"_s, u"\n"_s);
    return mail;
}

QString mailedResetCode(const QString& body)
{
    bool announced = false;
    for (const QString& line : body.split(u'\n')) {
        if (announced && line.startsWith(u"    "_s) && !line.trimmed().isEmpty())
            return line.trimmed();
        if (line.contains(u"code"_s, Qt::CaseInsensitive))
            announced = true;
    }
    return {};
}
