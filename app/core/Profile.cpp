#include "Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace mycloud {

Profile::Profile(QString directory)
    : m_directory(QDir(directory).absolutePath())
{
    QDir().mkpath(m_directory);
}

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString Profile::storePath() const
{
    return m_directory + u"/store.sqlite"_s;
}

QString Profile::filesDirectory() const
{
    return m_directory + u"/files"_s;
}

QString Profile::doeHistoryDirectory() const
{
    return m_directory + u"/doe"_s;
}

QString Profile::settingsPath() const
{
    return m_directory + u"/profile.ini"_s;
}

QUrl Profile::server() const
{
    return QUrl(QSettings(settingsPath(), QSettings::IniFormat).value(u"server"_s).toString());
}

QString Profile::email() const
{
    return QSettings(settingsPath(), QSettings::IniFormat).value(u"email"_s).toString();
}

QString Profile::caPath() const
{
    const QString path = m_directory + u"/trusted-ca.pem"_s;
    return QFile::exists(path) ? path : QString();
}

QList<QSslCertificate> Profile::trustedCertificates() const
{
    const QString path = caPath();
    return path.isEmpty() ? QList<QSslCertificate>() : QSslCertificate::fromPath(path);
}

bool Profile::remember(const QUrl& server, const QString& email, const QString& caSource, QString* error)
{
    if (!caSource.isEmpty()) {
        QFile source(caSource);
        if (!source.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("Profile", "Cannot read the CA certificate %1: %2")
                         .arg(caSource, source.errorString());
            return false;
        }
        if (!trustCertificatePem(source.readAll(), error))
            return false;
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(u"server"_s, server.toString());
    settings.setValue(u"email"_s, email);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        *error = QCoreApplication::translate("Profile", "Cannot write the profile in %1.").arg(m_directory);
        return false;
    }
    return true;
}

bool Profile::trustCertificatePem(const QByteArray& pem, QString* error)
{
    if (QSslCertificate::fromData(pem, QSsl::Pem).isEmpty()) {
        *error = QCoreApplication::translate("Profile", "This file holds no PEM certificate.");
        return false;
    }
    QFile target(m_directory + u"/trusted-ca.pem"_s);
    if (!target.open(QIODevice::WriteOnly) || target.write(pem) != pem.size()) {
        *error = QCoreApplication::translate("Profile", "Cannot store the certificate: %1")
                     .arg(target.errorString());
        return false;
    }
    return true;
}

} // namespace mycloud
