#include "ApiReply.h"

#include <QNetworkReply>

namespace mycloud {

ApiReply::ApiReply(ApiRequest request, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
{ }

ApiReply::~ApiReply()
{
    // Deleted before its answer: the transfer stops, and nothing calls back into this object.
    if (m_network) {
        m_network->disconnect();
        m_network->abort();
        m_network->deleteLater();
    }
}

void ApiReply::abort()
{
    m_aborted = true;
    if (m_network)
        m_network->abort();
}

} // namespace mycloud
