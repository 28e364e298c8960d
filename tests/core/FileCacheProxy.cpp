#include "FileCacheProxy.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <algorithm>
#include <memory>

FileCacheProxy::FileCacheProxy(quint16 targetPort, qint64 cutAfter, QObject* parent)
    : QObject(parent)
    , m_targetPort(targetPort)
    , m_cutAfter(cutAfter)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FileCacheProxy::accept);
}

bool FileCacheProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FileCacheProxy::accept()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        const bool cutThisOne = ++m_connections == 1 && m_cutAfter >= 0;
        auto* upstream = new QTcpSocket(client);
        // What the client sends before the server side is connected.
        auto pending = std::make_shared<QByteArray>();
        auto forwarded = std::make_shared<qint64>(0);

        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream, pending] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
            else
                *pending += client->readAll();
        });
        connect(upstream, &QTcpSocket::connected, upstream, [upstream, pending] {
            upstream->write(*pending);
            pending->clear();
        });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, forwarded, cutThisOne] {
            QByteArray bytes = upstream->readAll();
            if (cutThisOne && *forwarded + bytes.size() >= m_cutAfter) {
                bytes.truncate(m_cutAfter - *forwarded);
                client->write(bytes);
                client->flush();
                m_cut = true;
                upstream->abort();
                client->disconnectFromHost(); // mid-record for TLS: the client sees the connection end
                return;
            }
            if (m_stallAfter >= 0)
                bytes.truncate(std::max<qint64>(0, m_stallAfter - *forwarded));
            *forwarded += bytes.size();
            client->write(bytes);
        });
        connect(upstream, &QTcpSocket::disconnected, client, [this, client] {
            if (m_stallAfter < 0) // a stalled answer never ends
                client->disconnectFromHost();
        });
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        // Nothing upstream (a server that is not there): the client sees its connection end.
        connect(upstream, &QTcpSocket::errorOccurred, client, [client, upstream] {
            if (upstream->state() != QAbstractSocket::ConnectedState)
                client->abort();
        });
        connect(client, &QTcpSocket::disconnected, this, &FileCacheProxy::connectionClosed);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}
