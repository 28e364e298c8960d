#include "SingleInstance.h"

#include "core/Identity.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QRegularExpression>
#include <QTimer>
#include <QtEndian>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcInstance, "mycloud.instance")

namespace mycloud {

namespace {

constexpr qsizetype kHeader = 4;
constexpr qsizetype kMaxUnixPath = 100; // sockaddr_un holds 104 (macOS) to 108 (Linux) bytes

enum class Taken { Incomplete, Complete, Garbage };

// One message off the front of `buffer`, or why the bytes are no message of ours.
Taken takeFrame(QByteArray& buffer, QJsonObject* message, QString* why)
{
    if (buffer.size() < kHeader)
        return Taken::Incomplete;
    const quint32 length = qFromBigEndian<quint32>(buffer.constData());
    if (length == 0 || length > quint32(SingleInstance::kMaxMessage)) {
        *why = u"a message of %1 bytes announced"_s.arg(length);
        return Taken::Garbage;
    }
    if (buffer.size() < kHeader + qsizetype(length))
        return Taken::Incomplete;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(buffer.mid(kHeader, length), &error);
    buffer.remove(0, kHeader + length);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        *why = json.isNull() ? u"no JSON: "_s + error.errorString() : u"JSON, but not an object"_s;
        return Taken::Garbage;
    }
    *message = json.object();
    return Taken::Complete;
}

QString appId()
{
    return QString::fromLatin1(identity::kAppId);
}

} // namespace

SingleInstanceError::SingleInstanceError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(std::move(detail))
{ }

QString SingleInstanceError::message() const
{
    switch (m_kind) {
    case Kind::Busy:
        return tr("MyCloud is starting in another window for this profile: try again in a moment.");
    case Kind::NoAnswer:
        return tr("MyCloud is already open for this profile but does not answer. Close it (or end it "
                  "in the task manager), then try again.");
    case Kind::CannotListen: return tr("MyCloud cannot receive links from other launches: %1").arg(m_detail);
    }
    return {};
}

SingleInstance::SingleInstance(QString name, QObject* parent)
    : QObject(parent)
    , m_name(std::move(name))
{ }

SingleInstance::~SingleInstance() = default; // the server closes with its parent: the socket goes

QString SingleInstance::nameFor(const QString& profileDirectory)
{
    const QFileInfo info(profileDirectory);
    QString path = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
#ifdef Q_OS_WIN
    path = path.toLower(); // one folder, however it is spelled
#endif
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex();
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    user.replace(QRegularExpression(u"[^A-Za-z0-9._-]"_s), u"_"_s);
    const QString name = u"%1-%2-%3"_s.arg(appId(), user.left(32), QString::fromLatin1(hash.left(16)));
#ifdef Q_OS_LINUX
    // The user's own 0700 runtime directory: in /tmp another user could take the name first.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir() && runtime.size() + name.size() < kMaxUnixPath)
        return runtime + u'/' + name;
#endif
    return name;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

QString SingleInstance::serverPath() const
{
    return isListening() ? m_server->fullServerName() : QString();
}

QString SingleInstance::lockPath() const
{
    return (QDir::isAbsolutePath(m_name) ? m_name : QDir::temp().filePath(m_name)) + u".lock"_s;
}

QByteArray SingleInstance::frame(const QJsonObject& message)
{
    const QByteArray json = QJsonDocument(message).toJson(QJsonDocument::Compact);
    QByteArray framed(kHeader, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(json.size()), framed.data());
    return framed + json;
}

Result<SingleInstance::Role, SingleInstanceError> SingleInstance::claim(const QStringList& links)
{
    // Two launches at once (a double click) must not both find no instance and both listen: the
    // check and the listen are one step under this lock. QLockFile takes over a dead holder's lock.
    QLockFile lock(lockPath());
    if (!lock.tryLock(m_timeoutMs))
        return SingleInstanceError(SingleInstanceError::Kind::Busy, lockPath());

    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(m_timeoutMs))
        return handOver(socket, links);
    if (socket.error() == QLocalSocket::ConnectionRefusedError)
        qCInfo(lcInstance) << "no instance answers on" << m_name << "(it crashed?): taking its place";
    // A socket file left by a crashed instance makes listen() fail with "address in use".
    QLocalServer::removeServer(m_name);
    auto server = std::make_unique<QLocalServer>(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name))
        return SingleInstanceError(SingleInstanceError::Kind::CannotListen, server->errorString());
    m_server = server.release();
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
    qCInfo(lcInstance) << "listening on" << m_server->fullServerName();
    return Role::Primary;
}

Result<SingleInstance::Role, SingleInstanceError> SingleInstance::handOver(QLocalSocket& socket,
                                                                           const QStringList& links)
{
    const QDeadlineTimer deadline(m_timeoutMs);
    socket.write(frame({{u"app"_s, appId()}, {u"links"_s, QJsonArray::fromStringList(links)}}));
    while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(int(deadline.remainingTime()))) { }
    QByteArray buffer;
    QJsonObject answer;
    QString why;
    Taken taken = Taken::Incomplete;
    while (taken == Taken::Incomplete) {
        if (!socket.waitForReadyRead(int(deadline.remainingTime()))) {
            why = socket.state() == QLocalSocket::UnconnectedState ? u"it hung up"_s : socket.errorString();
            break;
        }
        buffer += socket.readAll();
        taken = takeFrame(buffer, &answer, &why);
    }
    socket.disconnectFromServer();
    if (taken != Taken::Complete || answer.value(u"ok"_s) != true) {
        qCWarning(lcInstance).noquote()
            << "the instance on" << m_name
            << "did not take the hand-over:" << (why.isEmpty() ? u"it refused"_s : why);
        return SingleInstanceError(SingleInstanceError::Kind::NoAnswer, why);
    }
    qCInfo(lcInstance) << "handed over to the running instance:" << links.size() << "link(s)";
    return Role::HandedOver;
}

void SingleInstance::accept()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection())
        serve(socket);
}

void SingleInstance::serve(QLocalSocket* socket)
{
    struct State
    {
        QByteArray buffer;
        bool done = false;
    };
    auto state = std::make_shared<State>();
    const auto drop = [socket, state](const QString& why) {
        state->done = true;
        qCWarning(lcInstance).noquote() << "ignored a connection that was no hand-over:" << why;
        socket->abort();
        socket->deleteLater();
    };
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    // A peer that connects and says nothing (or half a message) does not stay forever.
    QTimer::singleShot(m_timeoutMs, socket, [state, drop] {
        if (!state->done)
            drop(u"nothing complete within the timeout"_s);
    });
    connect(socket, &QLocalSocket::readyRead, this, [this, socket, state, drop] {
        if (state->done) {
            socket->readAll();
            return;
        }
        state->buffer += socket->readAll();
        QJsonObject message;
        QString why;
        switch (takeFrame(state->buffer, &message, &why)) {
        case Taken::Incomplete: return;
        case Taken::Garbage: drop(why); return;
        case Taken::Complete: break;
        }
        const QJsonValue links = message.value(u"links"_s);
        if (message.value(u"app"_s) != appId() || !links.isArray()) {
            drop(u"a JSON object without our app id and links"_s);
            return;
        }
        if (links.toArray().size() > kMaxLinks) {
            drop(u"%1 links"_s.arg(links.toArray().size()));
            return;
        }
        QStringList received;
        for (const QJsonValue& link : links.toArray()) {
            if (!link.isString()) {
                drop(u"a link that is not a string"_s);
                return;
            }
            received << link.toString();
        }
        state->done = true;
        socket->write(frame({{u"ok"_s, true}}));
        socket->disconnectFromServer(); // after the acknowledgement is written
        qCInfo(lcInstance) << "another launch handed over" << received.size() << "link(s)";
        emit activationRequested();
        for (const QString& link : std::as_const(received))
            emit linkReceived(link);
    });
}

} // namespace mycloud
