#pragma once

namespace mycloud::server {

class AccountRepository;
class CatalogRepository;
class FileStore;
class Router;

// Read routes of the catalogue: account, company, affairs, products, documents and their bytes.
class CatalogRoutes final
{
public:
    CatalogRoutes(AccountRepository& accounts, CatalogRepository& catalog, FileStore& files);
    void registerOn(Router& router);

private:
    AccountRepository& m_accounts;
    CatalogRepository& m_catalog;
    FileStore& m_files;
};

} // namespace mycloud::server
