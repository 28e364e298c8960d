#include "AuthRoutes.h"

#include "Answers.h"
#include "domain/JsonFormat.h"
#include "domain/JsonReader.h"
#include "domain/Limits.h"
#include "http/HttpReply.h"
#include "http/Language.h"
#include "http/Router.h"
#include "mail/MailTemplates.h"
#include "mail/Mailer.h"
#include "repository/AccountRepository.h"
#include "repository/SqlValues.h"
#include "services/PasswordHasher.h"
#include "services/RateLimiter.h"
#include "services/SessionService.h"
#include "services/Tokens.h"

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

using Req = httplib::Request;
using Res = httplib::Response;

constexpr int kResetValidMinutes = 60;
constexpr qsizetype kPasswordMin = 10;
constexpr qsizetype kPasswordMax = 256;

// Verifying against a real hash when the e-mail is unknown keeps the answer time the same,
// so timing does not reveal which addresses have accounts.
const QString& decoyHash()
{
    static const QString hash = PasswordHasher::hash(u"decoy password never used"_s);
    return hash;
}

// Per client address, one budget per kind of attempt: reset requests (however many an office
// sends) never lock that office out of signing in.
QString addressKey(const Req& req, const QString& attempt = u"login"_s)
{
    return attempt + u"-address:"_s + QString::fromStdString(req.remote_addr);
}

// Answers 429 with Retry-After and returns true when any of the keys is over its limit.
bool limited(Res& res, std::initializer_list<std::pair<RateLimiter*, QString>> keys)
{
    for (const auto& [limiter, key] : keys) {
        if (const auto wait = limiter->retryAfter(key)) {
            res.set_header("Retry-After", std::to_string(*wait));
            HttpReply::problem(res, 429, u"rate_limited"_s,
                               u"Too many attempts: try again in %1 seconds."_s.arg(*wait));
            return true;
        }
    }
    return false;
}

} // namespace

AuthRoutes::AuthRoutes(AccountRepository& accounts, SessionService& sessions, Mailer& mailer, Limits limits)
    : m_accounts(accounts)
    , m_sessions(sessions)
    , m_mailer(mailer)
    , m_limits(limits)
{ }

void AuthRoutes::registerOn(Router& router)
{
    router.add(
        u"POST"_s, u"/api/v1/auth/login"_s, Router::Access::Public,
        [this](const Req& req, Res& res, const RouteContext&) {
            QString email;
            QString password;
            if (!Answers::readBody(req, res, [&](JsonReader& r) {
                    email = r.string("email"_L1, 1, limits::kEmail).trimmed().toLower();
                    password = r.string("password"_L1, 1, kPasswordMax);
                }))
                return;
            const QString accountKey = u"login:"_s + email;
            if (limited(res, {{&m_limits.perAccount, accountKey}, {&m_limits.perAddress, addressKey(req)}}))
                return;
            const auto credentials = m_accounts.credentialsByEmail(email);
            const bool valid
                = PasswordHasher::verify(credentials ? credentials->passwordHash : decoyHash(), password)
                && credentials;
            if (!valid) {
                m_limits.perAccount.recordFailure(accountKey);
                m_limits.perAddress.recordFailure(addressKey(req));
                HttpReply::problem(res, 401, u"invalid_credentials"_s, u"Wrong e-mail or password."_s);
                return;
            }
            m_limits.perAccount.reset(accountKey);
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
               [this](const Req&, Res& res, const RouteContext& context) {
                   m_sessions.revoke(context.tokenHash);
                   res.status = 204;
               });
    registerPasswordRoutes(router);
}

void AuthRoutes::registerPasswordRoutes(Router& router)
{
    router.add(
        u"POST"_s, u"/api/v1/auth/password-reset"_s, Router::Access::Public,
        [this](const Req& req, Res& res, const RouteContext&) {
            QString email;
            if (!Answers::readBody(req, res,
                                   [&](JsonReader& r) { email = r.email("email"_L1).trimmed().toLower(); }))
                return;
            // JsonReader::email lets "" through (optional contact e-mails); here it is no address.
            if (email.isEmpty())
                return Answers::invalidBody(
                    res, DecodeError(DecodeError::Kind::TooShort, u"email"_s, u"not an e-mail address"_s));
            // Counted whether or not the address has an account: the answer never tells.
            const QString accountKey = u"reset:"_s + email;
            if (limited(res,
                        {{&m_limits.perAccount, accountKey},
                         {&m_limits.perAddress, addressKey(req, u"reset"_s)}}))
                return;
            m_limits.perAccount.recordFailure(accountKey);
            m_limits.perAddress.recordFailure(addressKey(req, u"reset"_s));
            if (const auto credentials = m_accounts.credentialsByEmail(email)) {
                const QString code = Tokens::random(18);
                if (m_accounts.storeResetToken(credentials->id, Tokens::hash(code),
                                               SqlValues::now().addSecs(kResetValidMinutes * 60))) {
                    MailMessage message
                        = MailTemplates::passwordReset(languageFromAcceptLanguage(QString::fromStdString(
                                                           req.get_header_value("Accept-Language"))),
                                                       email, code, kResetValidMinutes);
                    message.from = m_mailer.from();
                    m_mailer.post(std::move(message));
                }
            }
            res.status = 202;
        });
    router.add(u"POST"_s, u"/api/v1/auth/password-reset/confirm"_s, Router::Access::Public,
               [this](const Req& req, Res& res, const RouteContext&) {
                   QString token;
                   QString password;
                   if (!Answers::readBody(req, res, [&](JsonReader& r) {
                           token = r.string("token"_L1, 1, 256).trimmed();
                           password = r.string("newPassword"_L1, kPasswordMin, kPasswordMax);
                       }))
                       return;
                   if (limited(res, {{&m_limits.perAddress, addressKey(req, u"reset-code"_s)}}))
                       return;
                   if (!m_accounts.consumeResetToken(Tokens::hash(token), PasswordHasher::hash(password))) {
                       m_limits.perAddress.recordFailure(addressKey(req, u"reset-code"_s));
                       HttpReply::problem(
                           res, 400, u"invalid_reset_token"_s,
                           u"This reset code is unknown, used or expired: ask for a new one."_s);
                       return;
                   }
                   res.status = 204;
               });
    router.add(u"POST"_s, u"/api/v1/auth/change-password"_s, Router::Access::Customer,
               [this](const Req& req, Res& res, const RouteContext& c) {
                   QString current;
                   QString password;
                   if (!Answers::readBody(req, res, [&](JsonReader& r) {
                           current = r.string("currentPassword"_L1, 1, kPasswordMax);
                           password = r.string("newPassword"_L1, kPasswordMin, kPasswordMax);
                       }))
                       return;
                   const QString accountKey = u"password:"_s + c.customerId.toString();
                   if (limited(res, {{&m_limits.perAccount, accountKey}}))
                       return;
                   const auto hash = m_accounts.passwordHash(c.customerId);
                   if (!hash || !PasswordHasher::verify(*hash, current)) {
                       m_limits.perAccount.recordFailure(accountKey);
                       HttpReply::problem(res, 403, u"wrong_password"_s, u"The current password is wrong."_s);
                       return;
                   }
                   if (!m_accounts.setPasswordHash(c.customerId, PasswordHasher::hash(password))) {
                       HttpReply::problem(res, 503, u"unavailable"_s, u"The password could not be stored."_s);
                       return;
                   }
                   m_sessions.revokeOthers(c.customerId, c.tokenHash);
                   res.status = 204;
               });
}

} // namespace mycloud::server
