#include "SyncHelpers.h"

#include <QDebug>
#include <QSignalSpy>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace mycloud {

SyncEngine::Report syncOnce(ApiClient& client, Store& store)
{
    SyncEngine engine(client, store);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    if (engine.isRunning() && !finished.wait(60000))
        qWarning() << "the sync did not finish";
    return engine.report();
}

QUrl unreachableServer()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(u"https://127.0.0.1:%1/"_s.arg(port));
}

} // namespace mycloud
