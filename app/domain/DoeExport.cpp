#include "DoeExport.h"

#include "JsonFormat.h"
#include "JsonReader.h"
#include "Limits.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

constexpr qsizetype kMaxProducts = 10000;

} // namespace

Result<DoeRequest, DecodeError> DoeRequest::fromJson(const QJsonValue& json, const QString& path)
{
    JsonReader r(json, path);
    DoeRequest v;
    v.kinds = r.array<DocumentKind>(
        "kinds"_L1, 4, [](const QJsonValue& value, const QString& at) -> Result<DocumentKind, DecodeError> {
            if (!value.isString())
                return DecodeError(DecodeError::Kind::WrongType, at, u"expected a string"_s);
            if (const auto kind = documentKindFromString(value.toString()))
                return *kind;
            return DecodeError(DecodeError::Kind::UnknownValue, at, value.toString().left(64));
        });
    if (r.ok() && r.has("productIds"_L1)) {
        v.productIds = r.array<QUuid>(
            "productIds"_L1, kMaxProducts,
            [](const QJsonValue& value, const QString& at) -> Result<QUuid, DecodeError> {
                if (!value.isString())
                    return DecodeError(DecodeError::Kind::WrongType, at, u"expected a string"_s);
                if (const auto id = JsonFormat::parseUuid(value.toString()))
                    return *id;
                return DecodeError(DecodeError::Kind::BadUuid, at);
            });
    } else if (r.ok()) {
        // The key is required, its value may be null (every product).
        r.nullableUuid("productIds"_L1);
    }
    v.latestValidOnly = r.boolean("latestValidOnly"_L1);
    auto result = r.finish(std::move(v));
    if (!result)
        return result;
    // At least one kind, and no duplicates in either list: rules a well-typed request can break.
    const DoeRequest& request = result.value();
    if (request.kinds.isEmpty())
        return DecodeError(DecodeError::Kind::TooShort, r.childPath("kinds"_L1), u"at least one kind"_s);
    if (QSet<DocumentKind>(request.kinds.begin(), request.kinds.end()).size() != request.kinds.size())
        return DecodeError(DecodeError::Kind::BadFormat, r.childPath("kinds"_L1), u"duplicate kinds"_s);
    if (request.productIds) {
        if (request.productIds->isEmpty())
            return DecodeError(DecodeError::Kind::TooShort, r.childPath("productIds"_L1),
                               u"at least one product"_s);
        if (QSet<QUuid>(request.productIds->begin(), request.productIds->end()).size()
            != request.productIds->size())
            return DecodeError(DecodeError::Kind::BadFormat, r.childPath("productIds"_L1),
                               u"duplicate products"_s);
    }
    return result;
}

QJsonObject DoeRequest::toJson() const
{
    QJsonArray kindArray;
    for (const DocumentKind kind : kinds)
        kindArray.append(documentKindToString(kind));
    QJsonValue products;
    if (productIds) {
        QJsonArray ids;
        for (const QUuid& id : *productIds)
            ids.append(JsonFormat::formatUuid(id));
        products = ids;
    }
    return {{u"kinds"_s, kindArray}, {u"productIds"_s, products}, {u"latestValidOnly"_s, latestValidOnly}};
}

QString DoeExport::statusToString(Status status)
{
    switch (status) {
    case Status::Preparing: return u"preparing"_s;
    case Status::Ready: return u"ready"_s;
    case Status::Emailed: return u"emailed"_s;
    case Status::Failed: return u"failed"_s;
    }
    return {};
}

std::optional<DoeExport::Status> DoeExport::statusFromString(QStringView text)
{
    for (const Status s : {Status::Preparing, Status::Ready, Status::Emailed, Status::Failed})
        if (text == statusToString(s))
            return s;
    return std::nullopt;
}

QString DoeExport::deliveryToString(Delivery delivery)
{
    return delivery == Delivery::Download ? u"download"_s : u"email"_s;
}

std::optional<DoeExport::Delivery> DoeExport::deliveryFromString(QStringView text)
{
    if (text == u"download")
        return Delivery::Download;
    if (text == u"email")
        return Delivery::Email;
    return std::nullopt;
}

Result<DoeExport, DecodeError> DoeExport::fromJson(const QJsonValue& json, const QString& path)
{
    JsonReader r(json, path);
    DoeExport v;
    v.id = r.uuid("id"_L1);
    v.affairId = r.uuid("affairId"_L1);
    v.status = r.enumeration<Status>("status"_L1, &DoeExport::statusFromString);
    v.delivery = r.enumeration<Delivery>("delivery"_L1, &DoeExport::deliveryFromString);
    v.fileCount = r.integer("fileCount"_L1, 0, limits::kMaxVersion);
    v.size = r.integer("size"_L1, 0, limits::kMaxVersion);
    v.createdAt = r.dateTime("createdAt"_L1);
    v.expiresAt = r.dateTime("expiresAt"_L1);
    return r.finish(std::move(v));
}

QJsonObject DoeExport::toJson() const
{
    return {{u"id"_s, JsonFormat::formatUuid(id)},
            {u"affairId"_s, JsonFormat::formatUuid(affairId)},
            {u"status"_s, statusToString(status)},
            {u"delivery"_s, deliveryToString(delivery)},
            {u"fileCount"_s, fileCount},
            {u"size"_s, size},
            {u"createdAt"_s, JsonFormat::formatDateTime(createdAt)},
            {u"expiresAt"_s, JsonFormat::formatDateTime(expiresAt)}};
}

} // namespace mycloud
