#include "ApiReply.h"

#include <QNetworkReply>

namespace mycloud {

ApiReply::ApiReply(ApiRequest request, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
{ }

void ApiReply::abort()
{
    m_aborted = true;
    if (m_network)
        m_network->abort();
}

} // namespace mycloud
