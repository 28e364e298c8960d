#include "SessionVault.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "mycloud.session")

namespace mycloud {

namespace {

const QString kService = u"fr.b2ei.MyCloud"_s;

} // namespace

SessionVault::SessionVault(QString server, QString email, QObject* parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_email(std::move(email))
{ }

QString SessionVault::key() const
{
    return m_key.isEmpty() ? m_email + u'@' + m_server : m_key;
}

// A keychain that never answers (a locked keyring whose unlock prompt nobody sees: a kiosk, a
// server, Xvfb) must not hang the caller: past the timeout it counts as no keychain.
void SessionVault::run(QKeychain::Job* job, const std::function<void()>& answered,
                       const std::function<void()>& silent)
{
    auto settled = std::make_shared<bool>(false);
    connect(job, &QKeychain::Job::finished, this, [settled, answered] {
        if (!std::exchange(*settled, true))
            answered();
    });
    QTimer::singleShot(m_timeoutMs, this, [this, job, settled, silent] {
        if (std::exchange(*settled, true))
            return;
        // Still running in the keychain's library, which holds a pointer to it: it must outlive us
        // (the caller may delete this vault now) and deletes itself once it ends (auto-delete).
        job->setParent(nullptr);
        m_persistent = false;
        qCInfo(lcSession) << "the keychain did not answer within" << m_timeoutMs << "ms";
        silent();
    });
    job->start();
}

void SessionVault::load(std::function<void(QByteArray token)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key());
    run(
        job,
        [this, job, done] {
            if (job->error() == QKeychain::NoError) {
                done(job->binaryData());
                return;
            }
            if (job->error() != QKeychain::EntryNotFound) {
                m_persistent = false;
                qCInfo(lcSession) << "no keychain:" << job->errorString();
            }
            done(m_memory);
        },
        [this, done] { done(m_memory); });
}

void SessionVault::store(const QByteArray& token, std::function<void(bool persisted)> done)
{
    m_memory = token;
    auto* job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key());
    job->setBinaryData(token);
    run(
        job,
        [this, job, done] {
            m_persistent = job->error() == QKeychain::NoError;
            if (!m_persistent)
                qCInfo(lcSession) << "the session stays in memory only:" << job->errorString();
            done(m_persistent);
        },
        [done] { done(false); });
}

void SessionVault::erase(std::function<void()> done)
{
    m_memory.clear();
    auto* job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key());
    run(job, done, done);
}

} // namespace mycloud
