#include "AuthRoutes.h"

#include "domain/JsonFormat.h"
#include "domain/JsonReader.h"
#include "http/HttpReply.h"
#include "http/Router.h"
#include "repository/AccountRepository.h"
#include "services/PasswordHasher.h"
#include "services/SessionService.h"

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

// Verifying against a real hash when the e-mail is unknown keeps the answer time the same,
// so timing does not reveal which addresses have accounts.
const QString& decoyHash()
{
    static const QString hash = PasswordHasher::hash(u"decoy password never used"_s);
    return hash;
}

} // namespace

AuthRoutes::AuthRoutes(AccountRepository& accounts, SessionService& sessions)
    : m_accounts(accounts)
    , m_sessions(sessions)
{ }

void AuthRoutes::registerOn(Router& router)
{
    router.add(u"POST"_s, u"/api/v1/auth/login"_s, Router::Access::Public,
               [this](const httplib::Request& req, httplib::Response& res, const RouteContext&) {
                   const auto body = HttpReply::jsonBody(req, res);
                   if (!body)
                       return;
                   JsonReader r(*body, {});
                   const QString email = r.string("email"_L1, 1, 254);
                   const QString password = r.string("password"_L1, 1, 256);
                   if (!r.ok()) {
                       HttpReply::problem(res, 400, u"bad_request"_s, r.error()->message());
                       return;
                   }
                   const auto credentials = m_accounts.credentialsByEmail(email);
                   const bool valid = PasswordHasher::verify(
                                          credentials ? credentials->passwordHash : decoyHash(), password)
                       && credentials;
                   if (!valid) {
                       HttpReply::problem(res, 401, u"invalid_credentials"_s, u"Wrong e-mail or password."_s);
                       return;
                   }
                   const auto session = m_sessions.create(credentials->id);
                   const auto account = m_accounts.account(credentials->id);
                   if (!session || !account) {
                       HttpReply::problem(res, 503, u"unavailable"_s, u"The session could not be stored."_s);
                       return;
                   }
                   HttpReply::json(res, 200,
                                   {{u"token"_s, session->token},
                                    {u"expiresAt"_s, JsonFormat::formatDateTime(session->expiresAt)},
                                    {u"account"_s, account->toJson()}});
               });
    router.add(u"POST"_s, u"/api/v1/auth/logout"_s, Router::Access::Customer,
               [this](const httplib::Request&, httplib::Response& res, const RouteContext& context) {
                   m_sessions.revoke(context.tokenHash);
                   res.status = 204;
               });
}

} // namespace mycloud::server
