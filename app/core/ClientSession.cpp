#include "ClientSession.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/Endpoints.h"
#include "core/SessionVault.h"
#include "doe/OfflineAffairs.h"
#include "files/FileCache.h"
#include "store/Outbox.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClient, "mycloud.client")

namespace mycloud {

namespace {

constexpr int kPushDelayMs = 1500;
constexpr int kPollIntervalMs = 5 * 60 * 1000;

} // namespace

ClientSession::ClientSession(const QString& profileDirectory, QObject* parent)
    : QObject(parent)
    , m_profile(profileDirectory)
    , m_client(std::make_unique<ApiClient>())
    , m_store(std::make_unique<Store>(m_profile.storePath()))
    , m_files(std::make_unique<FileCache>(*m_client, m_profile.filesDirectory()))
    , m_offline(std::make_unique<OfflineAffairs>(*m_store, *m_files))
    , m_engine(std::make_unique<SyncEngine>(*m_client, *m_store))
    , m_actions(std::make_unique<Actions>(*m_store))
{
    m_client->setServer(m_profile.server());
    m_client->setTrustedCertificates(m_profile.trustedCertificates());
    m_pushTimer.setSingleShot(true);
    m_pushTimer.setInterval(kPushDelayMs);
    m_pollTimer.setInterval(kPollIntervalMs);
    connect(&m_pushTimer, &QTimer::timeout, this, &ClientSession::sync);
    connect(&m_pollTimer, &QTimer::timeout, this, &ClientSession::sync);
    connect(m_engine.get(), &SyncEngine::progress, this, &ClientSession::syncProgress);
    connect(m_engine.get(), &SyncEngine::finished, this, &ClientSession::onSyncFinished);
    connect(m_client.get(), &ApiClient::sessionExpired, this, &ClientSession::onSessionExpired);
}

ClientSession::~ClientSession() = default;

std::optional<QString> ClientSession::open()
{
    auto opened = m_store->open();
    if (!opened)
        return opened.error();
    m_storeRebuilt = opened.value().rebuilt;
    if (const auto error = m_files->openInBackground()) // a large cache takes seconds to scan
        return error->message();
    m_offline->refresh(false); // what the pinned affairs hold, for the settings; fetched after a sync
    return std::nullopt;
}

int ClientSession::pendingChanges() const
{
    return Outbox(*m_store).count();
}

int ClientSession::conflictCount() const
{
    return int(Outbox(*m_store).conflicts().size());
}

QDateTime ClientSession::lastSync() const
{
    return QDateTime::fromString(m_store->meta(QString::fromLatin1(Store::kLastSync)), Qt::ISODate);
}

// A vault for one keychain call; it deletes itself once its callback ran.
SessionVault* ClientSession::vaultFor(const QUrl& server, const QString& email)
{
    auto* vault = new SessionVault(server.toString(), email, this);
    vault->setTimeout(60000); // on a desktop, time for the user to answer the keyring's unlock prompt
    return vault;
}

void ClientSession::restore()
{
    if (!m_profile.isConfigured()) {
        emit signInNeeded();
        return;
    }
    setState(State::SigningIn);
    SessionVault* raw = vaultFor(m_profile.server(), m_profile.email());
    raw->load([this, raw](const QByteArray& token) {
        raw->deleteLater();
        m_keychainAvailable = raw->isPersistent();
        if (!token.isEmpty()) {
            useToken(token);
        } else if (!m_fallbackPassword.isEmpty()) {
            signIn(m_profile.server(), m_profile.email(), std::exchange(m_fallbackPassword, {}));
        } else {
            setState(State::SignedOut);
            emit signInNeeded();
        }
    });
}

void ClientSession::signIn(const QUrl& server, const QString& email, const QString& password,
                           const QByteArray& caPem)
{
    setState(State::SigningIn);
    if (!caPem.isEmpty()) {
        QString error;
        if (!m_profile.trustCertificatePem(caPem, &error)) {
            setState(State::SignedOut);
            emit signInFailed(ApiError(ApiError::Kind::BadAnswer, error));
            return;
        }
    }
    m_client->setServer(server);
    m_client->setTrustedCertificates(m_profile.trustedCertificates());
    ApiReply* reply = m_client->send(Endpoints::login(email.trimmed(), password));
    connect(reply, &ApiReply::finished, this, [this, reply, server, email = email.trimmed()] {
        reply->deleteLater();
        if (const auto& error = reply->error()) {
            setState(State::SignedOut);
            emit signInFailed(*error);
            return;
        }
        const QByteArray token
            = QJsonDocument::fromJson(reply->body()).object().value(u"token"_s).toString().toLatin1();
        if (token.isEmpty()) {
            setState(State::SignedOut);
            emit signInFailed(ApiError(ApiError::Kind::BadAnswer, tr("The server sent no session.")));
            return;
        }
        QString error;
        // A different account or server: its data must not mix with the previous one's.
        const bool otherAccount = m_profile.isConfigured()
            && (m_profile.server() != server || m_profile.email().compare(email, Qt::CaseInsensitive) != 0);
        if (!m_profile.remember(server, email, QString(), &error))
            qCWarning(lcClient) << error;
        if (otherAccount)
            m_store->clearMirror();
        SessionVault* raw = vaultFor(server, email);
        raw->store(token, [this, raw](bool persisted) {
            raw->deleteLater();
            m_keychainAvailable = persisted;
        });
        useToken(token);
    });
}

void ClientSession::useToken(const QByteArray& token)
{
    m_client->setToken(token);
    setState(State::SignedIn);
    emit signedIn();
    m_pollTimer.start();
    sync();
}

void ClientSession::signOut()
{
    if (m_state == State::SignedIn) { // best effort: the token dies on the server
        ApiReply* logout = m_client->send(Endpoints::logout());
        connect(logout, &ApiReply::finished, logout, &QObject::deleteLater);
    }
    m_client->setToken({});
    m_pollTimer.stop();
    SessionVault* raw = vaultFor(m_profile.server(), m_profile.email());
    raw->erase([raw] { raw->deleteLater(); });
    setState(State::SignedOut);
    emit signInNeeded();
}

void ClientSession::onSessionExpired()
{
    if (m_state != State::SignedIn)
        return;
    qCInfo(lcClient) << "the session expired: signing out, the store and queued changes are kept";
    m_client->setToken({});
    m_pollTimer.stop();
    setState(State::SignedOut);
    emit signInNeeded();
}

void ClientSession::sync()
{
    if (m_state != State::SignedIn)
        return;
    if (m_engine->isRunning()) {
        m_syncAgain = true; // changes made during a sync go out right after it
        return;
    }
    emit syncStarted();
    m_engine->start();
}

void ClientSession::onSyncFinished()
{
    const auto& report = m_engine->report();
    const bool online = report.status != SyncEngine::Status::Offline;
    m_online = online;
    if (report.changes > 0 || report.sent > 0 || report.conflicts > 0)
        emit storeChanged();
    emit syncFinished();
    emit statusChanged();
    if (report.status == SyncEngine::Status::Ok)
        m_offline->refresh(); // new revisions of pinned affairs, and files a cut left missing
    if (report.status == SyncEngine::Status::SignedOut)
        onSessionExpired();
    else if (std::exchange(m_syncAgain, false) && online)
        sync();
}

void ClientSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

std::optional<QUuid> ClientSession::changed(std::optional<QUuid> result)
{
    if (result) {
        emit storeChanged();
        emit statusChanged();
        emit changeQueued();
        m_pushTimer.start();
    }
    return result;
}

ApiReply* ClientSession::requestPasswordReset(const QUrl& server, const QString& email)
{
    m_client->setServer(server);
    return m_client->send(Endpoints::requestPasswordReset(email.trimmed()));
}

ApiReply* ClientSession::confirmPasswordReset(const QUrl& server, const QString& code,
                                              const QString& newPassword)
{
    m_client->setServer(server);
    return m_client->send(Endpoints::confirmPasswordReset(code.trimmed(), newPassword));
}

ApiReply* ClientSession::changePassword(const QString& current, const QString& newPassword)
{
    return m_client->send(Endpoints::changePassword(current, newPassword));
}

std::optional<QUuid> ClientSession::addTask(const QUuid& productId, const QString& description, bool priority,
                                            const Person& requester)
{
    return changed(m_actions->addTask(productId, description, priority, requester));
}

std::optional<QUuid> ClientSession::editTask(const Task& edited)
{
    return changed(m_actions->editTask(edited));
}

std::optional<QUuid> ClientSession::deleteTask(const QUuid& taskId)
{
    return changed(m_actions->deleteTask(taskId));
}

std::optional<QUuid> ClientSession::validateTask(const QUuid& taskId, const Person& performer,
                                                 const QDate& performedAt, const QString& workDone,
                                                 const QString& comment)
{
    return changed(m_actions->validateTask(taskId, performer, performedAt, workDone, comment));
}

std::optional<QUuid> ClientSession::addNote(const MaintenanceNote& note)
{
    return changed(m_actions->addNote(note));
}

std::optional<QUuid> ClientSession::deleteNote(const QUuid& noteId)
{
    return changed(m_actions->deleteNote(noteId));
}

std::optional<QUuid> ClientSession::setRemoteConsultation(Actions::Level level, const QUuid& id, bool enabled)
{
    return changed(m_actions->setRemoteConsultation(level, id, enabled));
}

std::optional<QUuid> ClientSession::lock(Actions::Level level, const QUuid& id, const QString& password)
{
    return changed(m_actions->lock(level, id, password));
}

std::optional<QUuid> ClientSession::unlock(Actions::Level level, const QUuid& id)
{
    return changed(m_actions->unlock(level, id));
}

bool ClientSession::dismissConflict(qint64 id)
{
    const bool dismissed = Outbox(*m_store).dismissConflict(id);
    if (dismissed)
        emit statusChanged();
    return dismissed;
}

} // namespace mycloud
