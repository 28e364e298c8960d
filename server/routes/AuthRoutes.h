#pragma once

namespace mycloud::server {

class AccountRepository;
class Mailer;
class RateLimiter;
class Router;
class SessionService;

// Sign-in and passwords: login (rate-limited per account and per address), logout, reset by an
// e-mailed single-use code, and change of the signed-in account's password.
class AuthRoutes final
{
public:
    struct Limits
    {
        RateLimiter& perAccount;
        RateLimiter& perAddress;
    };
    AuthRoutes(AccountRepository& accounts, SessionService& sessions, Mailer& mailer, Limits limits);
    void registerOn(Router& router);

private:
    void registerPasswordRoutes(Router& router);

    AccountRepository& m_accounts;
    SessionService& m_sessions;
    Mailer& m_mailer;
    Limits m_limits;
};

} // namespace mycloud::server
