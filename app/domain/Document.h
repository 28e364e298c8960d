#pragma once

#include "DecodeError.h"
#include "DocumentKind.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace mycloud {

// A file attached to a product: photo, schematic revision, quality document or misc file.
struct Document final
{
    QUuid id;
    QUuid productId;
    DocumentKind kind = DocumentKind::Misc;
    QString title;
    QString fileName; // as uploaded; never trusted as a path
    QString mimeType;
    qint64 size = 0;
    QString sha256; // lowercase hex; also the content ETag
    qint64 revision = 1; // schematics: higher is newer
    bool valid = false; // schematics: the latest valid one is the valid one with the highest revision
    QDateTime createdAt;
    qint64 version = 0;

    static Result<Document, DecodeError> fromJson(const QJsonValue& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const Document&) const = default;
};

} // namespace mycloud
