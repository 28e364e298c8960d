#pragma once

#include "Mailer.h"

namespace mycloud::server {

// Writes each message as a file in a maildir (tmp/ then renamed into new/, as the maildir
// convention wants, so a reader never sees half a message). For the demo and the tests.
class MaildirMailer final : public Mailer
{
public:
    MaildirMailer(QString dir, QString from);
    ~MaildirMailer() override;

private:
    std::optional<QString> deliver(const QByteArray& rfc5322, const MailMessage& message) override;

    QString m_dir;
};

} // namespace mycloud::server
