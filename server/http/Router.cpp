#include "Router.h"

#include <variant>

namespace mycloud::server {

namespace {

QStringList splitPath(const QString& path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

} // namespace

void Router::add(QString method, QString pattern, Access access, RouteHandler handler)
{
    m_routes.push_back({std::move(method), splitPath(pattern), access, std::move(handler)});
}

std::optional<QHash<QString, QString>> Router::matchSegments(const Route& route, const QStringList& segments)
{
    if (route.segments.size() != segments.size())
        return std::nullopt;
    QHash<QString, QString> params;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString& expected = route.segments[i];
        if (expected.startsWith(u'{') && expected.endsWith(u'}'))
            params.insert(expected.mid(1, expected.size() - 2), segments[i]);
        else if (expected != segments[i])
            return std::nullopt;
    }
    return params;
}

std::variant<Router::Match, Router::Miss> Router::match(const QString& method, const QString& path) const
{
    const QStringList segments = splitPath(path);
    // HEAD is served by the GET handler; the HTTP layer drops the body.
    const QString effective = method == u"HEAD" ? QStringLiteral("GET") : method;
    Miss miss;
    for (const Route& route : m_routes) {
        auto params = matchSegments(route, segments);
        if (!params)
            continue;
        if (route.method == effective)
            return Match{&route.handler, route.access, std::move(*params)};
        miss.methodNotAllowed = true;
        miss.allowed.append(route.method);
    }
    return miss;
}

} // namespace mycloud::server
