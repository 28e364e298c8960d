#pragma once

#include "domain/DecodeError.h"
#include "domain/JsonReader.h"
#include "http/HttpReply.h"
#include "repository/WriteOutcome.h"

#include <QString>

#include <optional>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace mycloud::server {

// The answers every route shares: 404 for what is not the caller's, the status of a write's
// outcome, entity bodies with their ETag, and 400 vs 422 for a body that does not decode.
namespace Answers {

void notFound(httplib::Response& res);
void entityTag(httplib::Response& res, qint64 version);

// The entity, or nullopt after answering 404: another customer's object is simply not found.
template <class T> std::optional<T> orNotFound(httplib::Response& res, std::optional<T> entity)
{
    if (!entity)
        notFound(res);
    return entity;
}

// 200 (or `status`) with the entity and its ETag; 404 when there is none.
template <class T> void entity(httplib::Response& res, const std::optional<T>& found, int status = 200)
{
    if (!orNotFound(res, found))
        return;
    entityTag(res, found->version);
    HttpReply::json(res, status, found->toJson());
}

// 200 with the page; 400 when the cursor was not valid for this list.
template <class Page> void page(httplib::Response& res, const std::optional<Page>& found)
{
    if (!found) {
        HttpReply::problem(res, 400, QStringLiteral("bad_request"),
                           QStringLiteral("The cursor is not valid for this list."));
        return;
    }
    HttpReply::json(res, 200, found->toJson());
}

// Answers the failure of a write and returns false, or returns true for Done / Replayed.
bool succeeded(httplib::Response& res, WriteOutcome outcome);

// Missing members and wrong JSON types are 400 bad_request; well-typed values breaking a field
// rule are 422 validation_failed with the field named.
void invalidBody(httplib::Response& res, const DecodeError& error);

// Decodes a JSON body with `read(JsonReader&)`; false after answering 400, 415 or 422.
template <class Read> bool readBody(const httplib::Request& req, httplib::Response& res, Read read)
{
    const auto body = HttpReply::jsonBody(req, res);
    if (!body)
        return false;
    JsonReader r(*body, {});
    read(r);
    if (!r.ok())
        invalidBody(res, *r.error());
    return r.ok();
}

// If-Match: nullopt after answering (428 when required and absent); otherwise the expected
// version, itself nullopt when the header is absent and optional. A value that is not one of our
// ETags can never match, so it answers 412 like a stale one.
std::optional<ExpectedVersion> ifMatch(const httplib::Request& req, httplib::Response& res, bool required);

} // namespace Answers

} // namespace mycloud::server
