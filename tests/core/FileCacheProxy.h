#pragma once

#include <QObject>
#include <QTcpServer>

// A TCP proxy in front of the test server, for cutting a download for real: the first
// connection is closed after `cutAfter` bytes of the server's answer, later ones are forwarded
// whole. It forwards raw bytes, so TLS passes through untouched (and the client still verifies
// the server's certificate).
class FileCacheProxy final : public QObject
{
    Q_OBJECT

public:
    FileCacheProxy(quint16 targetPort, qint64 cutAfter, QObject* parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    bool didCut() const { return m_cut; }

private:
    void accept();

    QTcpServer m_server;
    quint16 m_targetPort;
    qint64 m_cutAfter;
    int m_connections = 0;
    bool m_cut = false;
};
