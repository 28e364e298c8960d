#pragma once

namespace mycloud::server {

class AccountRepository;
class Router;
class SessionService;

// POST /auth/login and /auth/logout.
class AuthRoutes final
{
public:
    AuthRoutes(AccountRepository& accounts, SessionService& sessions);
    void registerOn(Router& router);

private:
    AccountRepository& m_accounts;
    SessionService& m_sessions;
};

} // namespace mycloud::server
