#include "MaildirMailer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace mycloud::server {

MaildirMailer::MaildirMailer(QString dir, QString from)
    : Mailer(std::move(from))
    , m_dir(std::move(dir))
{
    for (const QString& sub : {u"tmp"_s, u"new"_s, u"cur"_s})
        QDir().mkpath(m_dir + u'/' + sub);
    start();
}

MaildirMailer::~MaildirMailer()
{
    stop();
}

std::optional<QString> MaildirMailer::deliver(const QByteArray& rfc5322, const MailMessage&)
{
    const QString name = QString::number(QDateTime::currentSecsSinceEpoch()) + u'.'
        + QUuid::createUuid().toString(QUuid::Id128) + u".mycloud"_s;
    const QString temporary = m_dir + u"/tmp/"_s + name;
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly) || file.write(rfc5322) != rfc5322.size() || !file.flush()) {
        const QString error = file.errorString();
        file.remove();
        return error;
    }
    file.close();
    if (!QFile::rename(temporary, m_dir + u"/new/"_s + name)) {
        QFile::remove(temporary);
        return u"cannot move the message into %1/new"_s.arg(m_dir);
    }
    return std::nullopt;
}

} // namespace mycloud::server
