#include "DoeRoutes.h"

#include "Answers.h"
#include "DocumentContent.h"
#include "RequestArgs.h"
#include "domain/SafeFileName.h"
#include "files/FileStore.h"
#include "http/HttpReply.h"
#include "http/Language.h"
#include "http/Router.h"
#include "repository/CatalogRepository.h"
#include "repository/DoeRepository.h"
#include "repository/SqlValues.h"
#include "services/DoeService.h"
#include "services/Tokens.h"

#include <QFileInfo>

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

using Req = httplib::Request;
using Res = httplib::Response;

} // namespace

DoeRoutes::DoeRoutes(DoeService& service, DoeRepository& exports, CatalogRepository& catalog,
                     FileStore& files)
    : m_service(service)
    , m_exports(exports)
    , m_catalog(catalog)
    , m_files(files)
{ }

void DoeRoutes::registerOn(Router& router)
{
    const auto customer = Router::Access::Customer;

    // The package of a built export, with ranges to resume; 409 while preparing or failed, 410 after 45 days.
    auto sendPackage = [this](const Req& req, Res& res, const DoeRepository::Job& job) {
        const DoeExport& e = job.exported;
        if (e.status == DoeExport::Status::Preparing || e.status == DoeExport::Status::Failed) {
            HttpReply::problem(res, 409, u"conflict"_s,
                               e.status == DoeExport::Status::Failed
                                   ? u"This export failed: create a new one."_s
                                   : u"The package is still being prepared."_s);
            return;
        }
        if (e.expiresAt <= SqlValues::now()) {
            HttpReply::problem(res, 410, u"export_expired"_s, u"This DOE export is older than 45 days."_s);
            return;
        }
        const auto affair = m_catalog.affair(job.customerId, e.affairId);
        Document package;
        package.fileName = SafeFileName::component(u"DOE %1 %2.zip"_s.arg(
            affair ? affair->reference : QString(), affair ? affair->name : QString()));
        package.mimeType = u"application/zip"_s;
        package.sha256 = job.zipSha256;
        const QString path = m_files.pathFor(job.zipSha256);
        package.size = QFileInfo(path).size();
        DocumentContent::serve(req, res, package, path);
    };

    router.add(
        u"POST"_s, u"/api/v1/affairs/{affairId}/doe"_s, customer,
        [this](const Req& req, Res& res, const RouteContext& c) {
            const auto affairId = RequestArgs::pathId(c, u"affairId"_s, res);
            const auto body = affairId ? HttpReply::jsonBody(req, res) : std::nullopt;
            if (!body)
                return;
            const auto request = DoeRequest::fromJson(*body);
            if (!request)
                return Answers::invalidBody(res, request.error());
            const auto created = m_service.create(
                c.customerId, *affairId, request.value(),
                languageFromAcceptLanguage(QString::fromStdString(req.get_header_value("Accept-Language"))));
            if (const auto* exported = std::get_if<DoeExport>(&created)) {
                res.set_header("Location",
                               QString(u"/api/v1/doe/"_s + SqlValues::uuid(exported->id)).toStdString());
                HttpReply::json(res, 201, exported->toJson());
                return;
            }
            switch (std::get<DoeService::Refusal>(created)) {
            case DoeService::Refusal::NoSuchAffair: Answers::notFound(res); break;
            case DoeService::Refusal::UnknownProducts:
                HttpReply::problem(res, 422, u"validation_failed"_s,
                                   u"Some products are not of this affair."_s,
                                   {{u"productIds"_s, u"Some products are not of this affair."_s}});
                break;
            case DoeService::Refusal::NothingSelected:
                HttpReply::problem(res, 422, u"validation_failed"_s, u"No document matches this selection."_s,
                                   {{u"kinds"_s, u"No document matches this selection."_s}});
                break;
            case DoeService::Refusal::Database:
                HttpReply::problem(res, 503, u"unavailable"_s, u"The export could not be created."_s);
                break;
            }
        });
    router.add(u"GET"_s, u"/api/v1/doe/{exportId}"_s, customer,
               [this](const Req&, Res& res, const RouteContext& c) {
                   const auto id = RequestArgs::pathId(c, u"exportId"_s, res);
                   if (!id)
                       return;
                   if (const auto job = Answers::orNotFound(res, m_exports.get(c.customerId, *id)))
                       HttpReply::json(res, 200, job->exported.toJson());
               });
    router.add(u"GET"_s, u"/api/v1/doe/{exportId}/content"_s, customer,
               [this, sendPackage](const Req& req, Res& res, const RouteContext& c) {
                   const auto id = RequestArgs::pathId(c, u"exportId"_s, res);
                   if (!id)
                       return;
                   if (const auto job = Answers::orNotFound(res, m_exports.get(c.customerId, *id)))
                       sendPackage(req, res, *job);
               });
    router.add(u"GET"_s, u"/d/{link}"_s, Router::Access::Public,
               [this, sendPackage](const Req& req, Res& res, const RouteContext& c) {
                   const QString link = c.params.value(u"link"_s);
                   const auto job
                       = link.size() == 43 ? m_exports.byLinkTokenHash(Tokens::hash(link)) : std::nullopt;
                   if (Answers::orNotFound(res, job))
                       sendPackage(req, res, *job);
               });
}

} // namespace mycloud::server
