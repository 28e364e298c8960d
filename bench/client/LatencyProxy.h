#pragma once

#include <QObject>
#include <QTcpServer>

// A TCP proxy on 127.0.0.1 that delays every byte by `delayMs` in each direction: a link across
// the internet (a round trip of twice that) for benchmarks, where the machine has no netem. It
// forwards raw bytes, so TLS passes through untouched. Connecting to it is instant, so a new
// connection costs one round trip less than across a real link.
class LatencyProxy final : public QObject
{
    Q_OBJECT

public:
    LatencyProxy(quint16 targetPort, int delayMs, QObject* parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }

private:
    void accept();

    QTcpServer m_server;
    quint16 m_targetPort;
    int m_delayMs;
    int m_connections = 0;
};
