#include "Mailer.h"

#include "MaildirMailer.h"
#include "SmtpMailer.h"

#include <QDateTime>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMail, "mycloud.server.mail")

namespace mycloud::server {

Mailer::Mailer(QString from)
    : m_from(std::move(from))
{ }

Mailer::~Mailer() = default;

std::variant<std::unique_ptr<Mailer>, QString> Mailer::create(const QString& spec, const QString& from)
{
    if (spec.startsWith(u"maildir:"_s)) {
        const QString dir = spec.mid(8);
        if (dir.isEmpty())
            return u"--mail maildir: needs a folder, e.g. maildir:/var/mail/mycloud"_s;
        return std::unique_ptr<Mailer>(std::make_unique<MaildirMailer>(dir, from));
    }
    const QUrl url(spec);
    if (url.scheme() == u"smtp" && !url.host().isEmpty())
        return std::unique_ptr<Mailer>(std::make_unique<SmtpMailer>(url.host(), url.port(25), from));
    return u"--mail wants maildir:DIR or smtp://host:port, not \"%1\""_s.arg(spec);
}

void Mailer::start()
{
    m_thread = std::thread([this] { run(); });
}

void Mailer::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void Mailer::post(MailMessage message)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(message));
    }
    m_wake.notify_one();
}

void Mailer::flush()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && !m_sending; });
}

void Mailer::run()
{
    for (;;) {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty()) {
            m_idle.notify_all();
            return; // stopping, and everything was sent
        }
        MailMessage message = std::move(m_queue.front());
        m_queue.pop_front();
        m_sending = true;
        lock.unlock();

        const QString domain = m_from.section(u'@', 1).remove(u'>');
        const QByteArray bytes
            = message.toRfc5322(QDateTime::currentDateTimeUtc(),
                                QUuid::createUuid().toString(QUuid::WithoutBraces) + u'@' + domain);
        if (const auto error = deliver(bytes, message))
            qCWarning(lcMail) << "mail to" << message.to << "not sent:" << *error;
        else
            qCInfo(lcMail) << "mail sent to" << message.to;

        lock.lock();
        m_sending = false;
        if (m_queue.empty())
            m_idle.notify_all();
    }
}

} // namespace mycloud::server
