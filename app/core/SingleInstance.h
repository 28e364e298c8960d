#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

Q_DECLARE_LOGGING_CATEGORY(lcInstance)

namespace mycloud {

// Why a launch could neither become the running instance nor hand over to it, as a value.
class SingleInstanceError final
{
    Q_DECLARE_TR_FUNCTIONS(SingleInstanceError)

public:
    enum class Kind {
        Busy, // another launch of the same profile held the claim for the whole timeout
        NoAnswer, // an instance listens but did not acknowledge the hand-over
        CannotListen, // no instance runs, and this one could not listen: see detail()
    };

    explicit SingleInstanceError(Kind kind, QString detail = {});

    Kind kind() const { return m_kind; }
    const QString& detail() const { return m_detail; }
    QString message() const; // translated

private:
    Kind m_kind;
    QString m_detail;
};

// One running app per profile (two profiles may run side by side). The first launch listens on a
// local socket named after the app, the user and the profile; a later launch connects, hands over
// its links (one length-prefixed UTF-8 JSON message), waits for the acknowledgement and quits, and
// the first one raises its window and opens them. A socket left by a crashed instance is removed;
// whatever else arrives on the socket is logged and dropped.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary, // this process is the instance: it now listens
        HandedOver, // another process is: it has the links, this one should exit
    };
    static constexpr int kDefaultTimeoutMs = 8000;
    static constexpr int kMaxLinks = 32; // in one hand-over
    static constexpr qsizetype kMaxMessage = 256 * 1024; // bytes: more is no hand-over of ours

    explicit SingleInstance(QString name, QObject* parent = nullptr);
    ~SingleInstance() override;

    // The name for a profile: the app id, the user and a hash of the profile's path, under the
    // user's private runtime directory where there is one.
    static QString nameFor(const QString& profileDirectory);

    // Becomes the instance, or hands `links` to the one that runs. Blocks (for at most about three
    // timeouts): it runs at start-up, before any window exists.
    Result<Role, SingleInstanceError> claim(const QStringList& links);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    const QString& name() const { return m_name; }
    bool isListening() const;
    QString serverPath() const; // where the instance listens (a socket file on Unix); empty otherwise

    // The frame of a message: its UTF-8 JSON length as 4 bytes, big-endian, then the JSON.
    static QByteArray frame(const QJsonObject& message);

signals:
    // Another launch happened: bring the window forward. Before its links, if it had any.
    void activationRequested();
    void linkReceived(const QString& link);

private:
    Result<Role, SingleInstanceError> handOver(QLocalSocket& socket, const QStringList& links);
    QString lockPath() const;
    void accept();
    void serve(QLocalSocket* socket);

    QString m_name;
    QLocalServer* m_server = nullptr;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace mycloud
