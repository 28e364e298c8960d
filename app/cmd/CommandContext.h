#pragma once

#include "api/ApiClient.h"
#include "core/Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <optional>

namespace mycloud {

class FileCache;
class OfflineAffairs;
class SessionVault;
class Store;

// What every mycloudcmd command shares: the command line, the profile, the API client, the offline
// store and file cache (opened on demand), the session, and how to answer on the terminal. Exit
// codes: 0 done, 1 error, 2 usage, 3 offline with work queued.
class CommandContext final
{
    // mycloudcmd's strings are one set, under the context the French catalogue has them in.
    Q_DECLARE_TR_FUNCTIONS(mycloud::CommandRunner)

public:
    enum Exit { Ok = 0, Error = 1, Usage = 2, OfflineQueued = 3 };

    CommandContext(const QCommandLineParser& parser, const QString& profileDirectory);
    ~CommandContext();

    const QStringList& arguments() const { return m_positional; } // the command first
    QString argument(qsizetype index) const { return m_positional.value(index); }
    QString option(const QString& name) const { return m_parser.value(name); }
    bool isSet(const QString& name) const { return m_parser.isSet(name); }

    Profile& profile() { return m_profile; }
    ApiClient& client() { return m_client; }
    Store& store() { return *m_store; } // after openStore()
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

    static void say(const QString& line);
    static void warn(const QString& message);
    static int fail(const QString& message);
    static int usage(const QString& message);
    static QString column(const QString& text); // one cell of a tab-separated line

    // The keychain's token for this vault, or empty; the caller keeps the vault for what follows.
    static QByteArray storedToken(SessionVault& vault);
    // Waits for an object's signal in a local loop: a command line has nothing else to do meanwhile.
    template <class Sender, class Signal> static void waitFor(Sender* sender, Signal signal)
    {
        QEventLoop loop;
        QObject::connect(sender, signal, &loop, &QEventLoop::quit);
        loop.exec();
    }
    // The same for the keychain, which answers through callbacks: until one has set `done`.
    static void waitUntil(const bool& done);

private:
    int keepOffline();

    const QCommandLineParser& m_parser;
    const QStringList m_positional;
    Profile m_profile;
    ApiClient m_client;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<FileCache> m_files;
    std::unique_ptr<OfflineAffairs> m_offline; // after m_files and m_store: destroyed before them
};

} // namespace mycloud
