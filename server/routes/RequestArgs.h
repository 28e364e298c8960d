#pragma once

#include "repository/CatalogRepository.h"

#include <QUuid>

#include <optional>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace mycloud::server {

struct RouteContext;

// Reading path and query arguments; each returns nullopt after answering the error itself.
class RequestArgs final
{
public:
    RequestArgs() = delete;

    // A path UUID; malformed ids answer 404 like unknown ones (ids cannot be probed by shape).
    static std::optional<QUuid> pathId(const RouteContext& context, const QString& name,
                                       httplib::Response& res);

    // limit (1..500, default 100), cursor, q (at most 200 characters).
    static std::optional<CatalogRepository::PageRequest> page(const httplib::Request& req,
                                                              httplib::Response& res);
};

} // namespace mycloud::server
