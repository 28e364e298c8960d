#pragma once

namespace mycloud::server {

class CatalogRepository;
class ChangeFeed;
class Router;

// What the desktop client syncs with: the changes feed, and QR tokens resolved for their owner.
class SyncRoutes final
{
public:
    SyncRoutes(ChangeFeed& feed, CatalogRepository& catalog);
    void registerOn(Router& router);

private:
    ChangeFeed& m_feed;
    CatalogRepository& m_catalog;
};

} // namespace mycloud::server
