#include "RequestArgs.h"

#include "domain/JsonFormat.h"
#include "domain/Limits.h"
#include "http/HttpReply.h"
#include "http/Router.h"

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace mycloud::server {

std::optional<QUuid> RequestArgs::pathId(const RouteContext& context, const QString& name,
                                         httplib::Response& res)
{
    if (const auto id = JsonFormat::parseUuid(context.params.value(name)))
        return id;
    HttpReply::problem(res, 404, u"not_found"_s, u"No such resource."_s);
    return std::nullopt;
}

std::optional<CatalogRepository::PageRequest> RequestArgs::page(const httplib::Request& req,
                                                                httplib::Response& res)
{
    CatalogRepository::PageRequest page;
    if (req.has_param("limit")) {
        bool ok = false;
        page.limit = QString::fromStdString(req.get_param_value("limit")).toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > limits::kPageItems) {
            HttpReply::problem(res, 400, u"bad_request"_s, u"limit must be an integer from 1 to 500."_s);
            return std::nullopt;
        }
    }
    page.cursor = QString::fromStdString(req.get_param_value("cursor"));
    page.search = QString::fromStdString(req.get_param_value("q")).trimmed();
    if (page.cursor.size() > limits::kCursor || page.search.size() > 200) {
        HttpReply::problem(res, 400, u"bad_request"_s, u"cursor or q is too long."_s);
        return std::nullopt;
    }
    return page;
}

} // namespace mycloud::server
