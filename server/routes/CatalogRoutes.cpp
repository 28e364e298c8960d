#include "CatalogRoutes.h"

#include "Answers.h"
#include "DocumentContent.h"
#include "RequestArgs.h"
#include "files/FileStore.h"
#include "http/HttpReply.h"
#include "http/Router.h"
#include "repository/AccountRepository.h"
#include "repository/CatalogRepository.h"

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace mycloud::server {

CatalogRoutes::CatalogRoutes(AccountRepository& accounts, CatalogRepository& catalog, FileStore& files)
    : m_accounts(accounts)
    , m_catalog(catalog)
    , m_files(files)
{ }

void CatalogRoutes::registerOn(Router& router)
{
    using Req = httplib::Request;
    using Res = httplib::Response;
    const auto customer = Router::Access::Customer;

    router.add(u"GET"_s, u"/api/v1/account"_s, customer, [this](const Req&, Res& res, const RouteContext& c) {
        Answers::entity(res, m_accounts.account(c.customerId));
    });
    router.add(u"GET"_s, u"/api/v1/company"_s, customer, [this](const Req&, Res& res, const RouteContext&) {
        const auto company = m_accounts.company();
        if (!company)
            HttpReply::problem(res, 404, u"not_found"_s, u"The company record is not set up."_s);
        else
            HttpReply::json(res, 200, company->toJson());
    });
    router.add(u"GET"_s, u"/api/v1/affairs"_s, customer,
               [this](const Req& req, Res& res, const RouteContext& c) {
                   if (const auto page = RequestArgs::page(req, res))
                       Answers::page(res, m_catalog.affairs(c.customerId, *page));
               });
    router.add(u"GET"_s, u"/api/v1/affairs/{affairId}"_s, customer,
               [this](const Req&, Res& res, const RouteContext& c) {
                   if (const auto id = RequestArgs::pathId(c, u"affairId"_s, res))
                       Answers::entity(res, m_catalog.affair(c.customerId, *id));
               });
    router.add(u"GET"_s, u"/api/v1/affairs/{affairId}/products"_s, customer,
               [this](const Req& req, Res& res, const RouteContext& c) {
                   const auto id = RequestArgs::pathId(c, u"affairId"_s, res);
                   if (!id)
                       return;
                   if (!Answers::orNotFound(res, m_catalog.affair(c.customerId, *id)))
                       return;
                   if (const auto page = RequestArgs::page(req, res))
                       Answers::page(res, m_catalog.products(c.customerId, *id, *page));
               });
    router.add(u"GET"_s, u"/api/v1/products/{productId}"_s, customer,
               [this](const Req&, Res& res, const RouteContext& c) {
                   if (const auto id = RequestArgs::pathId(c, u"productId"_s, res))
                       Answers::entity(res, m_catalog.product(c.customerId, *id));
               });
    router.add(u"GET"_s, u"/api/v1/products/{productId}/documents"_s, customer,
               [this](const Req& req, Res& res, const RouteContext& c) {
                   const auto id = RequestArgs::pathId(c, u"productId"_s, res);
                   if (!id)
                       return;
                   if (!Answers::orNotFound(res, m_catalog.product(c.customerId, *id)))
                       return;
                   std::optional<DocumentKind> kind;
                   if (req.has_param("kind")) {
                       kind = documentKindFromString(QString::fromStdString(req.get_param_value("kind")));
                       if (!kind) {
                           HttpReply::problem(res, 400, u"bad_request"_s,
                                              u"kind must be photo, schematic, quality or misc."_s);
                           return;
                       }
                   }
                   if (const auto page = RequestArgs::page(req, res))
                       Answers::page(res, m_catalog.documents(c.customerId, *id, kind, *page));
               });
    router.add(u"GET"_s, u"/api/v1/documents/{documentId}"_s, customer,
               [this](const Req&, Res& res, const RouteContext& c) {
                   if (const auto id = RequestArgs::pathId(c, u"documentId"_s, res))
                       Answers::entity(res, m_catalog.document(c.customerId, *id));
               });
    router.add(u"GET"_s, u"/api/v1/documents/{documentId}/content"_s, customer,
               [this](const Req& req, Res& res, const RouteContext& c) {
                   const auto id = RequestArgs::pathId(c, u"documentId"_s, res);
                   if (!id)
                       return;
                   const auto document = Answers::orNotFound(res, m_catalog.document(c.customerId, *id));
                   if (!document)
                       return;
                   DocumentContent::serve(req, res, *document, m_files.pathFor(document->sha256));
               });
}

} // namespace mycloud::server
