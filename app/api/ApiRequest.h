#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace mycloud {

// One API call, before it is sent: everything the client needs to send it, and to decide
// whether it may be sent again after a transient failure.
struct ApiRequest final
{
    QByteArray verb = "GET";
    QString path; // under /api/v1/, e.g. "affairs/<id>/products"
    QUrlQuery query;
    QByteArray body; // JSON when not empty
    QList<QPair<QByteArray, QByteArray>> headers; // e.g. If-Match
    bool authenticated = true;
    // Safe to repeat: GET/PUT/DELETE, and creates that carry a client id.
    bool idempotent = true;

    static ApiRequest get(QString path, QUrlQuery query = {});
    static ApiRequest json(QByteArray verb, QString path, const QByteArray& body, bool idempotent);
};

inline ApiRequest ApiRequest::get(QString path, QUrlQuery query)
{
    ApiRequest r;
    r.path = std::move(path);
    r.query = std::move(query);
    return r;
}

inline ApiRequest ApiRequest::json(QByteArray verb, QString path, const QByteArray& body, bool idempotent)
{
    ApiRequest r;
    r.verb = std::move(verb);
    r.path = std::move(path);
    r.body = body;
    r.idempotent = idempotent;
    return r;
}

} // namespace mycloud
