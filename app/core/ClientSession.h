#pragma once

#include "api/ApiError.h"
#include "core/Profile.h"
#include "sync/Actions.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace mycloud {

class ApiClient;
class ApiReply;
class FileCache;
class OfflineAffairs;
class SessionVault;
class Store;

// One user of the desktop app on this machine: the profile, the API client, the offline store, the
// sync engine, the file cache and the user's actions, wired together. The UI reads the store and
// asks this for everything else; nothing here touches a widget.
//
// Signed in means "a token is known": offline work goes on from the store whatever the network
// says, and an expired token only signs out (store and queued changes kept).
class ClientSession final : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, SigningIn, SignedIn };

    explicit ClientSession(const QString& profileDirectory, QObject* parent = nullptr);
    ~ClientSession() override;

    // Opens the offline store (rebuilt when damaged) and the file cache: an error message, or none.
    std::optional<QString> open();
    // True when the store had to be set aside as damaged: the UI says so once.
    bool storeWasRebuilt() const { return m_storeRebuilt; }

    Profile& profile() { return m_profile; }
    Store& store() { return *m_store; }
    FileCache& files() { return *m_files; }
    OfflineAffairs& offline() { return *m_offline; } // refreshed after every sync that reached the server
    ApiClient& client() { return *m_client; }

    State state() const { return m_state; }
    bool isOnline() const { return m_online; }
    bool keychainAvailable() const { return m_keychainAvailable; }
    int pendingChanges() const;
    int conflictCount() const;
    QDateTime lastSync() const;
    bool isSyncing() const { return m_engine->isRunning(); }
    const SyncEngine::Report& lastReport() const { return m_engine->report(); }

    // The saved session, from the keychain: signedIn(), or signInNeeded() when there is none (after
    // trying the fallback password, if one was given).
    void restore();
    void setFallbackPassword(const QString& password) { m_fallbackPassword = password; }
    // A CA to trust for this server (PEM), e.g. after the user checked a self-hosted server's
    // certificate; empty keeps what the profile has.
    void signIn(const QUrl& server, const QString& email, const QString& password,
                const QByteArray& caPem = {});
    void signOut();
    void sync();

    // Password help, before or after signing in. The reply is the caller's to delete.
    ApiReply* requestPasswordReset(const QUrl& server, const QString& email);
    ApiReply* confirmPasswordReset(const QUrl& server, const QString& code, const QString& newPassword);
    ApiReply* changePassword(const QString& current, const QString& newPassword);

    // The user's changes: applied to the store at once, queued, and sent by a sync shortly after.
    std::optional<QUuid> addTask(const QUuid& productId, const QString& description, bool priority,
                                 const Person& requester);
    std::optional<QUuid> editTask(const Task& edited);
    std::optional<QUuid> deleteTask(const QUuid& taskId);
    std::optional<QUuid> validateTask(const QUuid& taskId, const Person& performer, const QDate& performedAt,
                                      const QString& workDone, const QString& comment);
    std::optional<QUuid> addNote(const MaintenanceNote& note);
    std::optional<QUuid> deleteNote(const QUuid& noteId);
    std::optional<QUuid> setRemoteConsultation(Actions::Level level, const QUuid& id, bool enabled);
    std::optional<QUuid> lock(Actions::Level level, const QUuid& id, const QString& password);
    std::optional<QUuid> unlock(Actions::Level level, const QUuid& id);
    bool dismissConflict(qint64 id);

signals:
    void stateChanged(mycloud::ClientSession::State state);
    void signInNeeded();
    void signInFailed(const mycloud::ApiError& error);
    void signedIn();
    void syncStarted();
    void syncProgress(qint64 changes);
    void syncFinished();
    // The store changed (a sync wrote to it, or the user did): views reload what they show.
    void storeChanged();
    // Online state, pending changes, conflicts or last sync time changed.
    void statusChanged();
    // A change of the user's is in the store and queued for the server.
    void changeQueued();

private:
    void setState(State state);
    void useToken(const QByteArray& token);
    void onSyncFinished();
    void onSessionExpired();
    std::optional<QUuid> changed(std::optional<QUuid> result);
    SessionVault* vaultFor(const QUrl& server, const QString& email);

    Profile m_profile;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<FileCache> m_files;
    std::unique_ptr<OfflineAffairs> m_offline;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<Actions> m_actions;
    QTimer m_pushTimer; // a sync shortly after the user's changes, several changes making one
    QTimer m_pollTimer; // a sync every few minutes while the app is open
    State m_state = State::SignedOut;
    bool m_online = false;
    bool m_keychainAvailable = true;
    bool m_storeRebuilt = false;
    bool m_syncAgain = false;
    QString m_fallbackPassword;
};

} // namespace mycloud
