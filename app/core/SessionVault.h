#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QObject>
#include <QString>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcSession)

namespace QKeychain {
class Job;
}

namespace mycloud {

// Keeps the session token in the operating system's keychain (QtKeychain: Secret Service,
// Keychain, Credential Manager), one entry per server and account. Where no keychain answers
// (a headless Linux without a secret service), the token lives in memory for this run only, and
// isPersistent() says so — it is never written to a file.
class SessionVault final : public QObject
{
    Q_OBJECT

public:
    SessionVault(QString server, QString email, QObject* parent = nullptr);

    // Asynchronous, like the keychains themselves; `done` runs on this thread.
    void load(std::function<void(QByteArray token)> done);
    void store(const QByteArray& token, std::function<void(bool persisted)> done);
    void erase(std::function<void()> done);

    // Another secret, kept the same way under its own name instead of the session's token.
    void setKey(QString key) { m_key = std::move(key); }

    bool isPersistent() const { return m_persistent; }
    // How long a keychain may take to answer before it counts as absent (a prompt nobody answers).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    QString key() const;

private:
    void run(QKeychain::Job* job, const std::function<void()>& answered, const std::function<void()>& silent);

    QString m_server;
    QString m_email;
    QString m_key; // empty: the session's
    QByteArray m_memory;
    bool m_persistent = true;
    int m_timeoutMs = 10000;
};

} // namespace mycloud
