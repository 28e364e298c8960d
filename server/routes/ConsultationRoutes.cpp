#include "ConsultationRoutes.h"

#include "Answers.h"
#include "RequestArgs.h"
#include "domain/JsonReader.h"
#include "http/HttpReply.h"
#include "http/Router.h"
#include "repository/AccountRepository.h"
#include "repository/CatalogRepository.h"
#include "services/PasswordHasher.h"

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

using Req = httplib::Request;
using Res = httplib::Response;
using Level = CatalogRepository::Level;

// SwitchRequest's `enabled`, or nullopt after answering 400.
std::optional<bool> readSwitch(const Req& req, Res& res)
{
    bool enabled = false;
    if (!Answers::readBody(req, res, [&](JsonReader& r) { enabled = r.boolean("enabled"_L1); }))
        return std::nullopt;
    return enabled;
}

// LockRequest's password (8..256 characters) hashed with Argon2id, or nullopt after answering.
std::optional<QString> readLockHash(const Req& req, Res& res)
{
    QString password;
    if (!Answers::readBody(req, res, [&](JsonReader& r) { password = r.string("password"_L1, 8, 256); }))
        return std::nullopt;
    return PasswordHasher::hash(password);
}

} // namespace

ConsultationRoutes::ConsultationRoutes(AccountRepository& accounts, CatalogRepository& catalog)
    : m_accounts(accounts)
    , m_catalog(catalog)
{ }

void ConsultationRoutes::registerOn(Router& router)
{
    const auto customer = Router::Access::Customer;

    router.add(u"PUT"_s, u"/api/v1/account/remote-consultation"_s, customer,
               [this](const Req& req, Res& res, const RouteContext& c) {
                   const auto expected = Answers::ifMatch(req, res, false);
                   const auto enabled = expected ? readSwitch(req, res) : std::nullopt;
                   if (enabled
                       && Answers::succeeded(
                           res, m_accounts.setRemoteConsultation(c.customerId, *enabled, *expected)))
                       Answers::entity(res, m_accounts.account(c.customerId));
               });

    // The same four routes for affairs and products: the answer is the entity as it is now.
    struct Target
    {
        Level level;
        QString collection;
        QString param;
    };
    for (const Target& target : {Target{Level::Affair, u"affairs"_s, u"affairId"_s},
                                 Target{Level::Product, u"products"_s, u"productId"_s}}) {
        const QString base = u"/api/v1/"_s + target.collection + u"/{"_s + target.param + u"}/"_s;
        auto answer = [this, target](Res& res, const RouteContext& c, const QUuid& id, WriteOutcome outcome) {
            if (!Answers::succeeded(res, outcome))
                return;
            if (target.level == Level::Affair)
                Answers::entity(res, m_catalog.affair(c.customerId, id));
            else
                Answers::entity(res, m_catalog.product(c.customerId, id));
        };
        router.add(u"PUT"_s, base + u"remote-consultation"_s, customer,
                   [this, target, answer](const Req& req, Res& res, const RouteContext& c) {
                       const auto id = RequestArgs::pathId(c, target.param, res);
                       const auto expected = id ? Answers::ifMatch(req, res, false) : std::nullopt;
                       const auto enabled = expected ? readSwitch(req, res) : std::nullopt;
                       if (enabled)
                           answer(res, c, *id,
                                  m_catalog.setRemoteConsultation(target.level, c.customerId, *id, *enabled,
                                                                  *expected));
                   });
        router.add(u"POST"_s, base + u"lock"_s, customer,
                   [this, target, answer](const Req& req, Res& res, const RouteContext& c) {
                       const auto id = RequestArgs::pathId(c, target.param, res);
                       const auto expected = id ? Answers::ifMatch(req, res, false) : std::nullopt;
                       const auto hash = expected ? readLockHash(req, res) : std::nullopt;
                       if (hash)
                           answer(res, c, *id,
                                  m_catalog.setLock(target.level, c.customerId, *id, hash, *expected));
                   });
        router.add(u"POST"_s, base + u"unlock"_s, customer,
                   [this, target, answer](const Req& req, Res& res, const RouteContext& c) {
                       const auto id = RequestArgs::pathId(c, target.param, res);
                       const auto expected = id ? Answers::ifMatch(req, res, false) : std::nullopt;
                       if (expected)
                           answer(
                               res, c, *id,
                               m_catalog.setLock(target.level, c.customerId, *id, std::nullopt, *expected));
                   });
    }
}

} // namespace mycloud::server
