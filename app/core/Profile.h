#pragma once

#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace mycloud {

// Where one user's MyCloud lives on this machine: the offline store, the file cache, and what to
// remember between runs (server, trusted CA, e-mail). Never the password, never the token (the
// token is in the OS keychain, see SessionVault).
class Profile final
{
public:
    explicit Profile(QString directory); // created when missing
    static QString defaultDirectory(); // the application's data directory

    const QString& directory() const { return m_directory; }
    QString storePath() const;
    QString filesDirectory() const;
    QString doeHistoryDirectory() const; // what each affair's last DOE package held

    QUrl server() const;
    QString email() const;
    QString caPath() const; // a copy of the trusted CA inside the profile, or empty
    QList<QSslCertificate> trustedCertificates() const;
    bool isConfigured() const { return server().isValid() && !email().isEmpty(); }

    // Remembers the server and e-mail; `caSource` (a PEM file) is copied into the profile.
    bool remember(const QUrl& server, const QString& email, const QString& caSource, QString* error);
    bool trustCertificatePem(const QByteArray& pem, QString* error);

private:
    QString settingsPath() const;

    QString m_directory;
};

} // namespace mycloud
