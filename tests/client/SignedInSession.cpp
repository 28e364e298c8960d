#include "SignedInSession.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace mycloud {

QString startSignedInSession(ServerProcess& server, const QString& profileDirectory, const QString& testName,
                             std::unique_ptr<ClientSession>* session)
{
    if (const QString error = server.start(); !error.isEmpty())
        return error;
    QCoreApplication::setOrganizationName(u"MyCloudTests"_s);
    QCoreApplication::setApplicationName(testName + u'-' + QUuid::createUuid().toString(QUuid::Id128));
    *session = std::make_unique<ClientSession>(profileDirectory);
    if (const auto error = (*session)->open())
        return *error;
    QFile ca(server.dataPath(u"tls/ca.pem"_s));
    if (!ca.open(QIODevice::ReadOnly))
        return u"no CA in the server's data"_s;
    QSignalSpy finished(session->get(), &ClientSession::syncFinished);
    (*session)->signIn(server.rootUrl(QString()), QString::fromLatin1(ServerProcess::kDemoEmail),
                       QString::fromLatin1(ServerProcess::kDemoPassword), ca.readAll());
    if (!finished.wait(60000))
        return u"the first sync did not finish"_s;
    if ((*session)->lastReport().status != SyncEngine::Status::Ok)
        return (*session)->lastReport().message;
    return {};
}

} // namespace mycloud
