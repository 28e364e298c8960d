#include "Answers.h"

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace mycloud::server::Answers {

void notFound(httplib::Response& res)
{
    HttpReply::problem(res, 404, u"not_found"_s, u"No such resource."_s);
}

void entityTag(httplib::Response& res, qint64 version)
{
    res.set_header("ETag", HttpReply::entityTag(version).toStdString());
}

bool succeeded(httplib::Response& res, WriteOutcome outcome)
{
    switch (outcome) {
    case WriteOutcome::Done:
    case WriteOutcome::Replayed: return true;
    case WriteOutcome::NotFound: notFound(res); return false;
    case WriteOutcome::Stale:
        HttpReply::problem(res, 412, u"precondition_failed"_s,
                           u"The resource changed since you read it: reload it and try again."_s);
        return false;
    case WriteOutcome::Conflict:
        HttpReply::problem(res, 409, u"conflict"_s, u"This id is already used by another object."_s);
        return false;
    case WriteOutcome::Failed: break;
    }
    HttpReply::problem(res, 503, u"unavailable"_s, u"The change could not be stored; try again."_s);
    return false;
}

void invalidBody(httplib::Response& res, const DecodeError& error)
{
    using Kind = DecodeError::Kind;
    const Kind kind = error.kind();
    if (kind == Kind::NotJson || kind == Kind::MissingField || kind == Kind::WrongType) {
        HttpReply::problem(res, 400, u"bad_request"_s, error.message());
        return;
    }
    HttpReply::problem(res, 422, u"validation_failed"_s, error.message(), {{error.field(), error.message()}});
}

std::optional<ExpectedVersion> ifMatch(const httplib::Request& req, httplib::Response& res, bool required)
{
    if (!req.has_header("If-Match")) {
        if (!required)
            return ExpectedVersion{};
        HttpReply::problem(res, 428, u"precondition_required"_s,
                           u"Send If-Match with the version you edited."_s);
        return std::nullopt;
    }
    const QString value = QString::fromStdString(req.get_header_value("If-Match")).trimmed();
    bool ok = false;
    const qint64 version = value.size() > 2 && value.startsWith(u'"') && value.endsWith(u'"')
        ? value.mid(1, value.size() - 2).toLongLong(&ok)
        : 0;
    // -1 is never a version: the write then answers 412 like any stale one.
    return ExpectedVersion{ok ? version : -1};
}

} // namespace mycloud::server::Answers
