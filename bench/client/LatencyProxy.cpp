#include "LatencyProxy.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {

// What arrives on `from` reaches `to` `delayMs` later, in order (timers of one interval fire in
// the order they were started); its end too.
void forwardLater(QTcpSocket* from, QTcpSocket* to, int delayMs)
{
    QObject::connect(from, &QTcpSocket::readyRead, to, [from, to, delayMs] {
        QTimer::singleShot(delayMs, to, [to = QPointer<QTcpSocket>(to), bytes = from->readAll()] {
            if (to)
                to->write(bytes);
        });
    });
    QObject::connect(from, &QTcpSocket::disconnected, to, [to, delayMs] {
        QTimer::singleShot(delayMs, to, [to = QPointer<QTcpSocket>(to)] {
            if (to)
                to->disconnectFromHost();
        });
    });
}

} // namespace

LatencyProxy::LatencyProxy(quint16 targetPort, int delayMs, QObject* parent)
    : QObject(parent)
    , m_targetPort(targetPort)
    , m_delayMs(delayMs)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LatencyProxy::accept);
}

bool LatencyProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void LatencyProxy::accept()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        ++m_connections;
        auto* upstream = new QTcpSocket(client);
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        forwardLater(client, upstream, m_delayMs);
        forwardLater(upstream, client, m_delayMs);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        // At once, so that what the client sends has somewhere to go: the TCP handshake's own round
        // trip is not simulated (which favours one connection per request).
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}
