#include "ApiError.h"

using namespace Qt::StringLiterals;

namespace mycloud {

ApiError::ApiError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(std::move(detail))
{ }

ApiError ApiError::http(int status, QString code, QString detail)
{
    ApiError error(Kind::Http, std::move(detail));
    error.m_status = status;
    error.m_code = std::move(code);
    return error;
}

ApiError ApiError::tls(CertificateDetails certificate, QString detail)
{
    ApiError error(Kind::Tls, std::move(detail));
    error.m_certificate = std::move(certificate);
    return error;
}

bool ApiError::isTransient() const
{
    return isUnreachable()
        || (m_kind == Kind::Http && (m_status == 502 || m_status == 503 || m_status == 504));
}

QString ApiError::message() const
{
    switch (m_kind) {
    case Kind::Offline: return tr("The MyCloud server cannot be reached. Check the network connection.");
    case Kind::Timeout: return tr("The MyCloud server did not answer in time.");
    case Kind::Tls:
        return tr("The server's identity could not be verified: its certificate is not trusted. "
                  "Check the certificate details before trusting it.");
    case Kind::BadAnswer: return tr("The server sent an answer MyCloud does not understand.");
    case Kind::Cancelled: return tr("Cancelled.");
    case Kind::Http: break;
    }
    if (m_code == u"invalid_credentials")
        return tr("Wrong e-mail or password.");
    if (m_code == u"unauthorized")
        return tr("Your session has expired: sign in again.");
    if (m_code == u"not_found")
        return tr("This item no longer exists on the server.");
    if (m_code == u"precondition_failed")
        return tr("Someone else changed this item in the meantime.");
    if (m_code == u"conflict")
        return tr("This change conflicts with the data on the server.");
    if (m_code == u"rate_limited")
        return tr("Too many attempts. Wait a moment and try again.");
    if (m_code == u"wrong_password")
        return tr("The password is wrong.");
    if (m_code == u"invalid_reset_token")
        return tr("This reset code is unknown, used or expired: ask for a new one.");
    if (m_code == u"validation_failed")
        return tr("The server refused the values: %1").arg(m_detail);
    if (m_code == u"cursor_expired")
        return tr("The server asked for a full synchronisation.");
    if (m_code == u"export_expired")
        return tr("This DOE download has expired (45 days): create a new one.");
    if (m_code == u"payload_too_large")
        return tr("The change is too large to send.");
    if (m_status >= 500)
        return tr("The MyCloud server has a problem (error %1). Try again later.").arg(m_status);
    return tr("The server refused the request (error %1).").arg(m_status);
}

} // namespace mycloud
