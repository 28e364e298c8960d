#pragma once

#include "repository/CatalogRepository.h"

#include <optional>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace mycloud::server {

class FileStore;
class MaintenanceRepository;
class QrPageRenderer;
class QrUnlockRepository;
class RateLimiter;
class Router;

// The public pages behind the QR code of a product label, outside /api/v1 and without a session:
// GET /q/{token} (the product sheet), POST /q/{token}/unlock (the lock password form) and
// GET /q/{token}/documents/{documentId}. Checked in order: unknown token 404, consultation off at
// any level 403, locked without a valid unlock cookie 401.
class QrRoutes final
{
public:
    struct Limits
    {
        RateLimiter& perToken;
        RateLimiter& perAddress;
    };
    QrRoutes(CatalogRepository& catalog, MaintenanceRepository& maintenance, QrUnlockRepository& unlocks,
             FileStore& files, Limits limits);
    void registerOn(Router& router);

private:
    enum class Gate { Open, NotFound, Disabled, Locked };
    Gate gate(const QString& token, bool checkCookie, const httplib::Request& req,
              std::optional<CatalogRepository::QrAccess>& access) const;
    void answerGate(Gate gate, const QString& token, const httplib::Request& req,
                    httplib::Response& res) const;
    void productPage(const CatalogRepository::QrAccess& access, const QString& token,
                     const httplib::Request& req, httplib::Response& res) const;
    void unlock(const QString& token, const httplib::Request& req, httplib::Response& res);

    CatalogRepository& m_catalog;
    MaintenanceRepository& m_maintenance;
    QrUnlockRepository& m_unlocks;
    FileStore& m_files;
    Limits m_limits;
};

} // namespace mycloud::server
