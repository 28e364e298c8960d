#pragma once

#include "Affair.h"
#include "DecodeError.h"
#include "Product.h"
#include "Result.h"

#include <QJsonObject>

namespace mycloud {

// A scanned QR token resolved for its owner (GET /qr/{token}): the product and its affair.
struct QrResolution final
{
    Product product;
    Affair affair;

    static Result<QrResolution, DecodeError> fromJson(const QJsonValue& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const QrResolution&) const = default;
};

} // namespace mycloud
