#pragma once

#include "domain/Problem.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace mycloud::server {

// Writing answers: JSON bodies, RFC 9457 problems with our stable codes, and reading JSON bodies.
class HttpReply final
{
public:
    HttpReply() = delete;

    static void json(httplib::Response& res, int status, const QJsonObject& body);
    static void problem(httplib::Response& res, int status, const QString& code, const QString& detail,
                        QList<Problem::FieldError> errors = {});

    // The request body as a JSON object, or nullopt after answering 415 or 400.
    static std::optional<QJsonObject> jsonBody(const httplib::Request& req, httplib::Response& res);

    // "\"<version>\"": entity ETags and If-Match values.
    static QString entityTag(qint64 version);
};

} // namespace mycloud::server
