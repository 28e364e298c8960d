#include "SyncRoutes.h"

#include "Answers.h"
#include "RequestArgs.h"
#include "domain/Limits.h"
#include "domain/QrResolution.h"
#include "http/HttpReply.h"
#include "http/Router.h"
#include "repository/CatalogRepository.h"
#include "services/ChangeFeed.h"

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace mycloud::server {

SyncRoutes::SyncRoutes(ChangeFeed& feed, CatalogRepository& catalog)
    : m_feed(feed)
    , m_catalog(catalog)
{ }

void SyncRoutes::registerOn(Router& router)
{
    using Req = httplib::Request;
    using Res = httplib::Response;
    const auto customer = Router::Access::Customer;

    router.add(
        u"GET"_s, u"/api/v1/changes"_s, customer, [this](const Req& req, Res& res, const RouteContext& c) {
            const auto page = RequestArgs::page(req, res);
            if (!page)
                return;
            const QString since = QString::fromStdString(req.get_param_value("since"));
            const auto result = m_feed.page(c.customerId, since, page->limit);
            if (const auto* changes = std::get_if<ChangePage>(&result)) {
                HttpReply::json(res, 200, changes->toJson());
                return;
            }
            switch (std::get<ChangeFeed::Error>(result)) {
            case ChangeFeed::Error::BadCursor:
                HttpReply::problem(res, 400, u"bad_request"_s, u"since is not a cursor of this feed."_s);
                break;
            case ChangeFeed::Error::CursorExpired:
                HttpReply::problem(res, 410, u"cursor_expired"_s,
                                   u"This server no longer knows the cursor: resync without since."_s);
                break;
            case ChangeFeed::Error::Database:
                HttpReply::problem(res, 503, u"unavailable"_s,
                                   u"The changes could not be read; try again."_s);
                break;
            }
        });
    router.add(
        u"GET"_s, u"/api/v1/qr/{token}"_s, customer, [this](const Req&, Res& res, const RouteContext& c) {
            const QString token = c.params.value(u"token"_s);
            if (token.size() > limits::kQrTokenMax)
                return Answers::notFound(res);
            const auto product = Answers::orNotFound(res, m_catalog.productByQrToken(c.customerId, token));
            if (!product)
                return;
            const auto affair = Answers::orNotFound(res, m_catalog.affair(c.customerId, product->affairId));
            if (affair)
                HttpReply::json(res, 200, QrResolution{*product, *affair}.toJson());
        });
}

} // namespace mycloud::server
