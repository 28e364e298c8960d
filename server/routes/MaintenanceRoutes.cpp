#include "MaintenanceRoutes.h"

#include "Answers.h"
#include "RequestArgs.h"
#include "domain/JsonReader.h"
#include "domain/Limits.h"
#include "http/HttpReply.h"
#include "http/Router.h"
#include "repository/CatalogRepository.h"
#include "repository/MaintenanceRepository.h"
#include "repository/SqlValues.h"

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

using Req = httplib::Request;
using Res = httplib::Response;
using PageRequest = MaintenanceRepository::PageRequest;

// The editable fields of TaskCreate / TaskUpdate into `task`; false after answering 400/422.
bool readTaskFields(JsonReader& r, Task& task, Res& res)
{
    task.description = r.string("description"_L1, 1, limits::kText);
    task.priority = r.boolean("priority"_L1);
    task.requester = r.object<Person>("requester"_L1);
    if (!r.ok()) {
        Answers::invalidBody(res, *r.error());
        return false;
    }
    if (task.description.trimmed().isEmpty()) { // blank is as empty as empty for a to-do
        Answers::invalidBody(res, DecodeError(DecodeError::Kind::TooShort, u"description"_s));
        return false;
    }
    return true;
}

// 201 (or 200 for an idempotent replay) with the entity, its ETag and its Location.
template <class T>
void created(Res& res, WriteOutcome outcome, const std::optional<T>& value, const QString& path)
{
    if (!Answers::succeeded(res, outcome))
        return;
    res.set_header("Location", QString(path + SqlValues::uuid(value->id)).toStdString());
    Answers::entity(res, value, outcome == WriteOutcome::Replayed ? 200 : 201);
}

} // namespace

MaintenanceRoutes::MaintenanceRoutes(CatalogRepository& catalog, MaintenanceRepository& maintenance)
    : m_catalog(catalog)
    , m_maintenance(maintenance)
{ }

void MaintenanceRoutes::registerOn(Router& router)
{
    const auto customer = Router::Access::Customer;

    // The caller's product named in the path, or nullopt after answering 404.
    auto product = [this](const RouteContext& c, Res& res) -> std::optional<QUuid> {
        const auto id = RequestArgs::pathId(c, u"productId"_s, res);
        if (!id || !Answers::orNotFound(res, m_catalog.product(c.customerId, *id)))
            return std::nullopt;
        return id;
    };

    // The product's tasks or notes, a page at a time.
    auto addList = [&](const QString& what, auto fetch) {
        router.add(u"GET"_s, u"/api/v1/products/{productId}/"_s + what, customer,
                   [product, fetch](const Req& req, Res& res, const RouteContext& c) {
                       const auto productId = product(c, res);
                       if (!productId)
                           return;
                       if (const auto page = RequestArgs::page(req, res))
                           Answers::page(res, fetch(c.customerId, *productId, *page));
                   });
    };
    addList(u"tasks"_s, [this](const QUuid& owner, const QUuid& productId, const PageRequest& page) {
        return m_maintenance.tasks(owner, productId, page);
    });
    addList(u"notes"_s, [this](const QUuid& owner, const QUuid& productId, const PageRequest& page) {
        return m_maintenance.notes(owner, productId, page);
    });
    router.add(u"POST"_s, u"/api/v1/products/{productId}/tasks"_s, customer,
               [this, product](const Req& req, Res& res, const RouteContext& c) {
                   const auto productId = product(c, res);
                   const auto body = productId ? HttpReply::jsonBody(req, res) : std::nullopt;
                   if (!body)
                       return;
                   JsonReader r(*body, {});
                   Task task;
                   task.id = r.optionalUuid("id"_L1).value_or(QUuid::createUuid());
                   if (!readTaskFields(r, task, res))
                       return;
                   task.productId = *productId;
                   task.createdAt = task.updatedAt = SqlValues::now();
                   task.version = 1;
                   const auto written = m_maintenance.createTask(c.customerId, task);
                   created(res, written.outcome, written.value, u"/api/v1/tasks/"_s);
               });
    router.add(u"PUT"_s, u"/api/v1/tasks/{taskId}"_s, customer,
               [this](const Req& req, Res& res, const RouteContext& c) {
                   const auto id = RequestArgs::pathId(c, u"taskId"_s, res);
                   if (!id || !Answers::orNotFound(res, m_maintenance.task(c.customerId, *id)))
                       return;
                   const auto expected = Answers::ifMatch(req, res, true);
                   const auto body = expected ? HttpReply::jsonBody(req, res) : std::nullopt;
                   if (!body)
                       return;
                   JsonReader r(*body, {});
                   Task task;
                   task.id = *id;
                   if (!readTaskFields(r, task, res))
                       return;
                   const auto written = m_maintenance.updateTask(c.customerId, task, *expected);
                   if (Answers::succeeded(res, written.outcome))
                       Answers::entity(res, written.value);
               });
    router.add(u"DELETE"_s, u"/api/v1/tasks/{taskId}"_s, customer,
               [this](const Req& req, Res& res, const RouteContext& c) {
                   const auto id = RequestArgs::pathId(c, u"taskId"_s, res);
                   const auto expected = id ? Answers::ifMatch(req, res, false) : std::nullopt;
                   if (expected
                       && Answers::succeeded(res, m_maintenance.deleteTask(c.customerId, *id, *expected)))
                       res.status = 204;
               });
    router.add(u"POST"_s, u"/api/v1/tasks/{taskId}/validate"_s, customer,
               [this](const Req& req, Res& res, const RouteContext& c) {
                   const auto id = RequestArgs::pathId(c, u"taskId"_s, res);
                   if (!id || !Answers::orNotFound(res, m_maintenance.task(c.customerId, *id)))
                       return;
                   const auto expected = Answers::ifMatch(req, res, false);
                   const auto body = expected ? HttpReply::jsonBody(req, res) : std::nullopt;
                   if (!body)
                       return;
                   JsonReader r(*body, {});
                   MaintenanceNote note;
                   note.id = QUuid::createUuid();
                   note.performer = r.object<Person>("performer"_L1);
                   note.performedAt = r.date("performedAt"_L1);
                   note.workDone = r.optionalString("workDone"_L1, 0, limits::kText).value_or(QString());
                   note.comment = r.string("comment"_L1, 0, limits::kText);
                   if (!r.ok())
                       return Answers::invalidBody(res, *r.error());
                   note.createdAt = SqlValues::now();
                   note.version = 1;
                   const auto written = m_maintenance.validateTask(c.customerId, *id, note, *expected);
                   created(res, written.outcome, written.value, u"/api/v1/notes/"_s);
               });

    router.add(u"POST"_s, u"/api/v1/products/{productId}/notes"_s, customer,
               [this, product](const Req& req, Res& res, const RouteContext& c) {
                   const auto productId = product(c, res);
                   const auto body = productId ? HttpReply::jsonBody(req, res) : std::nullopt;
                   if (!body)
                       return;
                   JsonReader r(*body, {});
                   MaintenanceNote note;
                   note.id = r.optionalUuid("id"_L1).value_or(QUuid::createUuid());
                   note.requester = r.object<Person>("requester"_L1);
                   note.performer = r.object<Person>("performer"_L1);
                   note.requestedAt = r.nullableDateTime("requestedAt"_L1);
                   note.performedAt = r.date("performedAt"_L1);
                   note.taskDescription = r.string("taskDescription"_L1, 0, limits::kText);
                   note.workDone = r.string("workDone"_L1, 0, limits::kText);
                   note.comment = r.string("comment"_L1, 0, limits::kText);
                   if (!r.ok())
                       return Answers::invalidBody(res, *r.error());
                   note.productId = *productId;
                   note.createdAt = SqlValues::now();
                   note.version = 1;
                   const auto written = m_maintenance.createNote(c.customerId, note);
                   created(res, written.outcome, written.value, u"/api/v1/notes/"_s);
               });
    router.add(u"DELETE"_s, u"/api/v1/notes/{noteId}"_s, customer,
               [this](const Req& req, Res& res, const RouteContext& c) {
                   const auto id = RequestArgs::pathId(c, u"noteId"_s, res);
                   const auto expected = id ? Answers::ifMatch(req, res, false) : std::nullopt;
                   if (expected
                       && Answers::succeeded(res, m_maintenance.deleteNote(c.customerId, *id, *expected)))
                       res.status = 204;
               });
}

} // namespace mycloud::server
