#pragma once

namespace mycloud::server {

class CatalogRepository;
class DoeRepository;
class DoeService;
class FileStore;
class Router;

// DOE exports: create (sized at once, built in the background), poll, download with ranges; and
// the public /d/{link} address that the e-mail of a large package carries.
class DoeRoutes final
{
public:
    DoeRoutes(DoeService& service, DoeRepository& exports, CatalogRepository& catalog, FileStore& files);
    void registerOn(Router& router);

private:
    DoeService& m_service;
    DoeRepository& m_exports;
    CatalogRepository& m_catalog;
    FileStore& m_files;
};

} // namespace mycloud::server
