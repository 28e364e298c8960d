#pragma once

#include "sync/SyncEngine.h"

#include <QUrl>

namespace mycloud {

class ApiClient;
class Store;

// One sync of `store` through `client`, waited for (60 s at most): its report.
SyncEngine::Report syncOnce(ApiClient& client, Store& store);
// A port nothing listens on: the server is unreachable, for real (connection refused).
QUrl unreachableServer();

} // namespace mycloud
