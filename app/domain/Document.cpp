#include "Document.h"

#include "JsonFormat.h"
#include "JsonReader.h"
#include "Limits.h"

using namespace Qt::StringLiterals;

namespace mycloud {

Result<Document, DecodeError> Document::fromJson(const QJsonValue& json, const QString& path)
{
    JsonReader r(json, path);
    Document v;
    v.id = r.uuid("id"_L1);
    v.productId = r.uuid("productId"_L1);
    v.kind = r.enumeration("kind"_L1, &documentKindFromString);
    v.title = r.string("title"_L1, 1, limits::kTitle);
    v.fileName = r.string("fileName"_L1, 1, limits::kFileName);
    v.mimeType = r.string("mimeType"_L1, 0, limits::kMimeType);
    v.size = r.integer("size"_L1, 0, limits::kMaxVersion);
    v.sha256 = r.lowerHex("sha256"_L1, limits::kSha256Hex);
    v.revision = r.integer("revision"_L1, 1, limits::kMaxVersion);
    v.valid = r.boolean("valid"_L1);
    v.createdAt = r.dateTime("createdAt"_L1);
    v.version = r.integer("version"_L1, 1, limits::kMaxVersion);
    return r.finish(std::move(v));
}

QJsonObject Document::toJson() const
{
    return {{u"id"_s, JsonFormat::formatUuid(id)},
            {u"productId"_s, JsonFormat::formatUuid(productId)},
            {u"kind"_s, documentKindToString(kind)},
            {u"title"_s, title},
            {u"fileName"_s, fileName},
            {u"mimeType"_s, mimeType},
            {u"size"_s, size},
            {u"sha256"_s, sha256},
            {u"revision"_s, revision},
            {u"valid"_s, valid},
            {u"createdAt"_s, JsonFormat::formatDateTime(createdAt)},
            {u"version"_s, version}};
}

} // namespace mycloud
