#pragma once

namespace mycloud::server {

class CatalogRepository;
class MaintenanceRepository;
class Router;

// Tasks to perform (create with a client id, edit under If-Match, delete, validate into the
// maintenance log) and maintenance notes (create, delete) of the caller's products.
class MaintenanceRoutes final
{
public:
    MaintenanceRoutes(CatalogRepository& catalog, MaintenanceRepository& maintenance);
    void registerOn(Router& router);

private:
    CatalogRepository& m_catalog;
    MaintenanceRepository& m_maintenance;
};

} // namespace mycloud::server
