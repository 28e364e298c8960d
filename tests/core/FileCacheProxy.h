#pragma once

#include <QObject>
#include <QTcpServer>

// A TCP proxy in front of the test server, for cutting a download for real: the first
// connection is closed after `cutAfter` bytes of the server's answer (never when negative), later
// ones are forwarded whole. It forwards raw bytes, so TLS passes through untouched (and the client
// still verifies the server's certificate). Downloads make one connection per request, so it also
// counts the requests a client made, and sees it hang up.
class FileCacheProxy final : public QObject
{
    Q_OBJECT

public:
    FileCacheProxy(quint16 targetPort, qint64 cutAfter, QObject* parent = nullptr);

    bool listen();
    // Every connection then forwards only the first `bytes` of the server's answer and holds the
    // rest: a download that is certain to be under way, and not to end.
    void stallAfter(qint64 bytes) { m_stallAfter = bytes; }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    bool didCut() const { return m_cut; }

signals:
    // A client closed its connection (or the proxy did, after a cut or a failed upstream).
    void connectionClosed();

private:
    void accept();

    QTcpServer m_server;
    quint16 m_targetPort;
    qint64 m_cutAfter;
    qint64 m_stallAfter = -1;
    int m_connections = 0;
    bool m_cut = false;
};
