#pragma once

#include "MailMessage.h"

#include <QLoggingCategory>
#include <QString>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>

Q_DECLARE_LOGGING_CATEGORY(lcMail)

namespace mycloud::server {

// Sends the server's e-mail (password reset codes, DOE links) on a thread of its own, so that a
// request never waits for a mail relay, and an answer's timing does not tell whether a mail was
// sent (no account enumeration through password reset). Backends: a maildir folder (demo, tests)
// or an SMTP relay.
class Mailer
{
public:
    virtual ~Mailer();
    Mailer(const Mailer&) = delete;
    Mailer& operator=(const Mailer&) = delete;

    // "maildir:DIR" or "smtp://host:port"; an error message when the spec is not one of them.
    static std::variant<std::unique_ptr<Mailer>, QString> create(const QString& spec, const QString& from);

    void post(MailMessage message); // queued; returns at once
    void flush(); // waits until every posted message was handed to the backend
    const QString& from() const { return m_from; }

protected:
    explicit Mailer(QString from);
    void start(); // starts the sending thread; called by the backends' constructors
    void stop(); // sends what is queued, then ends the thread; called by the backends' destructors
    // Returns an error message on failure (logged; the message is dropped).
    virtual std::optional<QString> deliver(const QByteArray& rfc5322, const MailMessage& message) = 0;

private:
    void run();

    QString m_from;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<MailMessage> m_queue;
    bool m_sending = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace mycloud::server
