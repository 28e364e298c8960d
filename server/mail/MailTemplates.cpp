#include "MailTemplates.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace mycloud::server {

MailMessage MailTemplates::passwordReset(Language language, const QString& to, const QString& code,
                                         int validMinutes)
{
    MailMessage m;
    m.to = to;
    if (language == Language::French) {
        m.subject = u"MyCloud : réinitialisation de votre mot de passe"_s;
        m.body = u"Bonjour,\n\nVous avez demandé à réinitialiser votre mot de passe MyCloud.\n"
                 u"Saisissez ce code dans MyCloud, puis choisissez votre nouveau mot de passe :\n\n    %1\n\n"
                 u"Ce code est valable %2 minutes et ne sert qu'une fois.\n"
                 u"Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe "
                 u"reste inchangé.\n\nL'équipe MyCloud B2EI\n"_s.arg(code)
                     .arg(validMinutes);
    } else {
        m.subject = u"MyCloud: reset your password"_s;
        m.body = u"Hello,\n\nYou asked to reset your MyCloud password.\n"
                 u"Enter this code in MyCloud, then choose your new password:\n\n    %1\n\n"
                 u"The code is valid for %2 minutes and works once.\n"
                 u"If you did not ask for this, ignore this message: your password stays as it is.\n\n"
                 u"The B2EI MyCloud team\n"_s.arg(code)
                     .arg(validMinutes);
    }
    return m;
}

MailMessage MailTemplates::doeLink(Language language, const QString& to, const QString& affairName,
                                   const QString& url, const QDateTime& expiresAt)
{
    MailMessage m;
    m.to = to;
    if (language == Language::French) {
        const QString until = QLocale(QLocale::French).toString(expiresAt.date(), QLocale::LongFormat);
        m.subject = u"MyCloud : votre DOE « %1 » est prêt"_s.arg(affairName);
        m.body
            = u"Bonjour,\n\nLe DOE de l'affaire « %1 » est prêt. Téléchargez-le avec ce lien :\n\n    %2\n\n"
              u"Le lien est valable jusqu'au %3 (45 jours).\n"
              u"Le fichier est volumineux : préférez une connexion Wi-Fi.\n\nL'équipe MyCloud B2EI\n"_s.arg(
                  affairName, url, until);
    } else {
        const QString until = QLocale(QLocale::English).toString(expiresAt.date(), QLocale::LongFormat);
        m.subject = u"MyCloud: your DOE \"%1\" is ready"_s.arg(affairName);
        m.body = u"Hello,\n\nThe DOE of the affair \"%1\" is ready. Download it with this link:\n\n    %2\n\n"
                 u"The link is valid until %3 (45 days).\n"
                 u"The file is large: prefer a Wi-Fi connection.\n\nThe B2EI MyCloud team\n"_s.arg(
                     affairName, url, until);
    }
    return m;
}

} // namespace mycloud::server
