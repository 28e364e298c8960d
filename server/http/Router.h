#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <optional>
#include <variant>
#include <vector>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace mycloud::server {

// What a handler knows beyond the raw request: path parameters and, on authenticated routes,
// the customer the bearer token belongs to.
struct RouteContext
{
    QHash<QString, QString> params;
    QUuid customerId;
    QString tokenHash;
};

using RouteHandler = std::function<void(const httplib::Request&, httplib::Response&, const RouteContext&)>;

// A thin router of our own: "/api/v1/affairs/{affairId}/products" patterns, matched segment by
// segment (no regular expressions on the hot path), with 404 vs 405 told apart.
class Router final
{
public:
    enum class Access { Public, Customer };

    void add(QString method, QString pattern, Access access, RouteHandler handler);

    struct Match
    {
        const RouteHandler* handler = nullptr;
        Access access = Access::Customer;
        QHash<QString, QString> params;
    };
    struct Miss
    {
        bool methodNotAllowed = false;
        QStringList allowed; // for the Allow header
    };

    std::variant<Match, Miss> match(const QString& method, const QString& path) const;

private:
    struct Route
    {
        QString method;
        QStringList segments; // "{name}" segments capture
        Access access;
        RouteHandler handler;
    };
    static std::optional<QHash<QString, QString>> matchSegments(const Route& route,
                                                                const QStringList& segments);

    std::vector<Route> m_routes;
};

} // namespace mycloud::server
