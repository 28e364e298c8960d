#include "SessionVault.h"

#include <qt6keychain/keychain.h>

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
    return m_email + u'@' + m_server;
}

void SessionVault::load(std::function<void(QByteArray token)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key());
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            done(job->binaryData());
            return;
        }
        if (job->error() != QKeychain::EntryNotFound) {
            m_persistent = false;
            qCInfo(lcSession) << "no keychain:" << job->errorString();
        }
        done(m_memory);
    });
    job->start();
}

void SessionVault::store(const QByteArray& token, std::function<void(bool persisted)> done)
{
    m_memory = token;
    auto* job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key());
    job->setBinaryData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        m_persistent = job->error() == QKeychain::NoError;
        if (!m_persistent)
            qCInfo(lcSession) << "the session stays in memory only:" << job->errorString();
        done(m_persistent);
    });
    job->start();
}

void SessionVault::erase(std::function<void()> done)
{
    m_memory.clear();
    auto* job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key());
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)] { done(); });
    job->start();
}

} // namespace mycloud
