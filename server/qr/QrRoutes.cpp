#include "QrRoutes.h"

#include "QrPageRenderer.h"
#include "domain/JsonFormat.h"
#include "domain/Limits.h"
#include "files/FileStore.h"
#include "http/HttpReply.h"
#include "http/Language.h"
#include "http/Router.h"
#include "repository/MaintenanceRepository.h"
#include "repository/QrUnlockRepository.h"
#include "repository/SqlValues.h"
#include "routes/DocumentContent.h"
#include "services/PasswordHasher.h"
#include "services/RateLimiter.h"
#include "services/Tokens.h"

#include <QUrlQuery>

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

using Req = httplib::Request;
using Res = httplib::Response;

constexpr int kUnlockSeconds = 3600;
constexpr int kListLimit = 500;

QrPageRenderer rendererFor(const Req& req)
{
    return QrPageRenderer(
        languageFromAcceptLanguage(QString::fromStdString(req.get_header_value("Accept-Language"))));
}

bool wantsProblem(const Req& req)
{
    return req.get_header_value("Accept").find("application/problem+json") != std::string::npos;
}

// An HTML page, or the equivalent problem for a client that asked for one.
void sendPage(const Req& req, Res& res, int status, const QByteArray& html, const QString& code,
              const QString& detail)
{
    if (status >= 400 && wantsProblem(req)) {
        HttpReply::problem(res, status, code, detail);
        return;
    }
    res.status = status;
    // The pages show a customer's data to whoever holds the label: never cached, never framed,
    // never leaking the token in a Referer, and running no script at all.
    res.set_header("Cache-Control", "no-store");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("Content-Security-Policy",
                   "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; form-action 'self'; "
                   "frame-ancestors 'none'; base-uri 'none'");
    res.set_content(html.constData(), static_cast<size_t>(html.size()), "text/html; charset=utf-8");
}

QString cookieValue(const Req& req, const QString& name)
{
    const QString header = QString::fromStdString(req.get_header_value("Cookie"));
    for (const QString& part : header.split(u';')) {
        const QString pair = part.trimmed();
        if (pair.startsWith(name + u'='))
            return pair.mid(name.size() + 1);
    }
    return {};
}

QString addressKey(const Req& req)
{
    return u"qr-address:"_s + QString::fromStdString(req.remote_addr);
}

} // namespace

QrRoutes::QrRoutes(CatalogRepository& catalog, MaintenanceRepository& maintenance,
                   QrUnlockRepository& unlocks, FileStore& files, Limits limits)
    : m_catalog(catalog)
    , m_maintenance(maintenance)
    , m_unlocks(unlocks)
    , m_files(files)
    , m_limits(limits)
{ }

QrRoutes::Gate QrRoutes::gate(const QString& token, bool checkCookie, const Req& req,
                              std::optional<CatalogRepository::QrAccess>& access) const
{
    if (token.size() > limits::kQrTokenMax)
        return Gate::NotFound;
    access = m_catalog.qrAccess(token);
    if (!access)
        return Gate::NotFound;
    if (!access->accountSwitch || !access->affairSwitch || !access->productSwitch)
        return Gate::Disabled;
    const bool locked = !access->affairLockHash.isEmpty() || !access->productLockHash.isEmpty();
    if (!locked || !checkCookie)
        return Gate::Open;
    const QString cookie = cookieValue(req, u"qr_unlock"_s);
    if (!cookie.isEmpty() && cookie.size() <= 64
        && m_unlocks.isValid(access->productId, Tokens::hash(cookie)))
        return Gate::Open;
    return Gate::Locked;
}

void QrRoutes::answerGate(Gate gate, const QString& token, const Req& req, Res& res) const
{
    const QrPageRenderer renderer = rendererFor(req);
    switch (gate) {
    case Gate::NotFound:
        sendPage(req, res, 404, renderer.notFound(), u"not_found"_s, u"Unknown QR code."_s);
        break;
    case Gate::Disabled:
        sendPage(req, res, 403, renderer.disabled(), u"consultation_disabled"_s,
                 u"The owner has disabled remote consultation of this product."_s);
        break;
    case Gate::Locked:
        sendPage(req, res, 401, renderer.locked(token, false), u"unauthorized"_s,
                 u"This product is protected by a password."_s);
        break;
    case Gate::Open: break;
    }
}

void QrRoutes::productPage(const CatalogRepository::QrAccess& access, const QString& token, const Req& req,
                           Res& res) const
{
    const QUuid& customer = access.customerId;
    const CatalogRepository::PageRequest all{kListLimit, {}, {}};
    const auto product = m_catalog.product(customer, access.productId);
    const auto affair = m_catalog.affair(customer, access.affairId);
    const auto documents = m_catalog.documents(customer, access.productId, std::nullopt, all);
    const auto tasks = m_maintenance.tasks(customer, access.productId, all);
    const auto notes = m_maintenance.notes(customer, access.productId, all);
    if (!product || !affair || !documents || !tasks || !notes) {
        sendPage(req, res, 503, rendererFor(req).failed(), u"unavailable"_s,
                 u"The page could not be built."_s);
        return;
    }
    const QrPageRenderer::ProductSheet sheet{token,        *product,    *affair, documents->items,
                                             tasks->items, notes->items};
    sendPage(req, res, 200, rendererFor(req).product(sheet), {}, {});
}

void QrRoutes::unlock(const QString& token, const Req& req, Res& res)
{
    std::optional<CatalogRepository::QrAccess> access;
    const Gate opened = gate(token, false, req, access);
    if (opened != Gate::Open)
        return answerGate(opened, token, req, res);
    const QByteArray back = "/q/" + token.toUtf8();
    if (access->affairLockHash.isEmpty() && access->productLockHash.isEmpty()) {
        res.status = 303;
        res.set_header("Location", back.toStdString());
        return;
    }
    if (req.get_header_value("Content-Type").rfind("application/x-www-form-urlencoded", 0) != 0) {
        HttpReply::problem(res, 415, u"unsupported_media_type"_s,
                           u"Send the form as application/x-www-form-urlencoded."_s);
        return;
    }
    QString body = QString::fromUtf8(req.body);
    body.replace(u'+', u' '); // form encoding writes spaces as '+'
    const QString password = QUrlQuery(body).queryItemValue(u"password"_s, QUrl::FullyDecoded);
    if (password.isEmpty() || password.size() > 256) {
        HttpReply::problem(res, 400, u"bad_request"_s,
                           u"The form needs a password of at most 256 characters."_s);
        return;
    }
    const QString tokenKey = u"qr:"_s + token;
    const QrPageRenderer renderer = rendererFor(req);
    for (const auto& [limiter, key] :
         {std::pair{&m_limits.perToken, tokenKey}, std::pair{&m_limits.perAddress, addressKey(req)}}) {
        if (const auto wait = limiter->retryAfter(key)) {
            res.set_header("Retry-After", std::to_string(*wait));
            sendPage(req, res, 429, renderer.rateLimited(*wait), u"rate_limited"_s,
                     u"Too many attempts: try again in %1 seconds."_s.arg(*wait));
            return;
        }
    }
    // The product's own lock or its affair's: either password opens the page.
    const bool right
        = (!access->productLockHash.isEmpty() && PasswordHasher::verify(access->productLockHash, password))
        || (!access->affairLockHash.isEmpty() && PasswordHasher::verify(access->affairLockHash, password));
    if (!right) {
        m_limits.perToken.recordFailure(tokenKey);
        m_limits.perAddress.recordFailure(addressKey(req));
        sendPage(req, res, 403, renderer.locked(token, true), u"wrong_password"_s, u"Wrong password."_s);
        return;
    }
    m_limits.perToken.reset(tokenKey);
    const QString cookie = Tokens::random(24);
    if (!m_unlocks.store(access->productId, Tokens::hash(cookie), SqlValues::now().addSecs(kUnlockSeconds))) {
        sendPage(req, res, 503, renderer.failed(), u"unavailable"_s, u"The unlock could not be stored."_s);
        return;
    }
    res.status = 303;
    res.set_header("Location", back.toStdString());
    const QString setCookie = u"qr_unlock="_s + cookie + u"; Path=/q/"_s + token + u"; Max-Age="_s
        + QString::number(kUnlockSeconds) + u"; HttpOnly; Secure; SameSite=Strict"_s;
    res.set_header("Set-Cookie", setCookie.toStdString());
}

void QrRoutes::registerOn(Router& router)
{
    const auto open = Router::Access::Public;
    router.add(u"GET"_s, u"/q/{token}"_s, open, [this](const Req& req, Res& res, const RouteContext& c) {
        const QString token = c.params.value(u"token"_s);
        std::optional<CatalogRepository::QrAccess> access;
        const Gate opened = gate(token, true, req, access);
        if (opened != Gate::Open)
            return answerGate(opened, token, req, res);
        productPage(*access, token, req, res);
    });
    router.add(u"POST"_s, u"/q/{token}/unlock"_s, open,
               [this](const Req& req, Res& res, const RouteContext& c) {
                   unlock(c.params.value(u"token"_s), req, res);
               });
    router.add(u"GET"_s, u"/q/{token}/documents/{documentId}"_s, open,
               [this](const Req& req, Res& res, const RouteContext& c) {
                   const QString token = c.params.value(u"token"_s);
                   std::optional<CatalogRepository::QrAccess> access;
                   const Gate opened = gate(token, true, req, access);
                   if (opened != Gate::Open)
                       return answerGate(opened, token, req, res);
                   const auto id = JsonFormat::parseUuid(c.params.value(u"documentId"_s));
                   const auto document = id ? m_catalog.document(access->customerId, *id) : std::nullopt;
                   if (!document || document->productId != access->productId)
                       return answerGate(Gate::NotFound, token, req, res);
                   DocumentContent::serve(req, res, *document, m_files.pathFor(document->sha256));
               });
}

} // namespace mycloud::server
