#pragma once

#include "ServerProcess.h"
#include "core/ClientSession.h"

#include <QString>

#include <memory>

namespace mycloud {

// The starting point of the app-level tests: the real server started with the demo data, and a
// ClientSession in `profileDirectory` signed in as the demo user (the server's CA trusted) and
// synchronised once. Also gives the test its own settings (organisation/application name), so
// no test reads another's window geometry or last page. An error message, or empty.
QString startSignedInSession(ServerProcess& server, const QString& profileDirectory, const QString& testName,
                             std::unique_ptr<ClientSession>* session);

} // namespace mycloud
