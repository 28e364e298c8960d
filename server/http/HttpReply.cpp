#include "HttpReply.h"

#include "domain/JsonCodec.h"

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

QString titleFor(int status)
{
    switch (status) {
    case 400: return u"Bad request"_s;
    case 401: return u"Unauthorized"_s;
    case 403: return u"Forbidden"_s;
    case 404: return u"Not found"_s;
    case 405: return u"Method not allowed"_s;
    case 409: return u"Conflict"_s;
    case 410: return u"Gone"_s;
    case 412: return u"Precondition failed"_s;
    case 413: return u"Payload too large"_s;
    case 415: return u"Unsupported media type"_s;
    case 416: return u"Range not satisfiable"_s;
    case 422: return u"Validation failed"_s;
    case 428: return u"Precondition required"_s;
    case 429: return u"Too many requests"_s;
    case 503: return u"Service unavailable"_s;
    default: return status >= 500 ? u"Internal server error"_s : u"Error"_s;
    }
}

} // namespace

void HttpReply::json(httplib::Response& res, int status, const QJsonObject& body)
{
    res.status = status;
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    res.set_content(bytes.constData(), static_cast<size_t>(bytes.size()), "application/json");
}

void HttpReply::problem(httplib::Response& res, int status, const QString& code, const QString& detail,
                        QList<Problem::FieldError> errors)
{
    Problem p;
    p.type = u"https://mycloud.b2ei.fr/problems/"_s + code;
    p.title = titleFor(status);
    p.status = status;
    p.code = code;
    p.detail = detail;
    p.errors = std::move(errors);
    res.status = status;
    const QByteArray bytes = JsonCodec::encode(p);
    res.set_content(bytes.constData(), static_cast<size_t>(bytes.size()), "application/problem+json");
}

std::optional<QJsonObject> HttpReply::jsonBody(const httplib::Request& req, httplib::Response& res)
{
    // The media type before any parameter (charset), compared whole: application/json-patch+json
    // is another type.
    const QString type
        = QString::fromStdString(req.get_header_value("Content-Type")).section(u';', 0, 0).trimmed();
    if (type.compare(u"application/json"_s, Qt::CaseInsensitive) != 0) {
        problem(res, 415, u"unsupported_media_type"_s, u"Send the body as application/json."_s);
        return std::nullopt;
    }
    auto root = JsonCodec::parse(QByteArray::fromStdString(req.body));
    if (!root || !root->isObject()) {
        problem(res, 400, u"bad_request"_s,
                root ? u"The body must be a JSON object."_s : root.error().message());
        return std::nullopt;
    }
    return root->toObject();
}

QString HttpReply::entityTag(qint64 version)
{
    return u"\""_s + QString::number(version) + u"\""_s;
}

} // namespace mycloud::server
