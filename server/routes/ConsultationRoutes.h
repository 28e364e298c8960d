#pragma once

namespace mycloud::server {

class AccountRepository;
class CatalogRepository;
class Router;

// What governs QR access: the remote-consultation switches (account, affair, product) and the
// lock passwords of affairs and products. The owner's own API access never depends on them.
class ConsultationRoutes final
{
public:
    ConsultationRoutes(AccountRepository& accounts, CatalogRepository& catalog);
    void registerOn(Router& router);

private:
    AccountRepository& m_accounts;
    CatalogRepository& m_catalog;
};

} // namespace mycloud::server
