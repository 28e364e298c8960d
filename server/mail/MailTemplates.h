#pragma once

#include "MailMessage.h"
#include "http/Language.h"

#include <QDateTime>

namespace mycloud::server {

// The server's e-mails, in French and English. Plain text: readable in every client and on a phone.
class MailTemplates final
{
public:
    MailTemplates() = delete;

    static MailMessage passwordReset(Language language, const QString& to, const QString& code,
                                     int validMinutes);
    static MailMessage doeLink(Language language, const QString& to, const QString& affairName,
                               const QString& url, const QDateTime& expiresAt);
};

} // namespace mycloud::server
