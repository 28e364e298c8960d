#pragma once

#include "api/ApiClient.h"
#include "core/Profile.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace mycloud {

class FileCache;
class OfflineAffairs;
class Store;
class SyncEngine;

// mycloudcmd's commands, each run to completion with a local event loop (a command line has
// nothing else to do meanwhile). Exit codes: 0 done, 1 error, 2 usage, 3 offline with work queued.
class CommandRunner final : public QObject
{
    Q_OBJECT

public:
    enum Exit { Ok = 0, Error = 1, Usage = 2, OfflineQueued = 3 };

    CommandRunner();
    ~CommandRunner() override;
    int run(const QStringList& arguments);

private:
    int login();
    int logout();
    int sync();
    int status();
    int list();
    int get();
    int task();
    int note();
    int scan();
    int doe();
    int pin(bool keep);
    int keepOffline();
    std::optional<QUuid> affairArgument();
    FileCache& files();
    OfflineAffairs& offline();

    bool openStore();
    // A token in the client: from the keychain, else by signing in with MYCLOUD_PASSWORD.
    bool ensureSession();
    std::optional<QByteArray> signIn(const QString& password);
    // Runs a sync and maps it to an exit code; `wrote`: this command queued work.
    int syncAndReport(bool wrote);
    std::optional<QUuid> resolveAffair(const QString& idOrReference);
    std::optional<QUuid> resolveProduct(const QString& idOrReference);
    QString password();

    int usage(const QString& message);
    int fail(const QString& message);
    void say(const QString& line);

    QCommandLineParser m_parser;
    QStringList m_positional;
    std::unique_ptr<Profile> m_profile;
    ApiClient m_client;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<FileCache> m_files;
    std::unique_ptr<OfflineAffairs> m_offline; // after m_files and m_store: destroyed before them
};

} // namespace mycloud
