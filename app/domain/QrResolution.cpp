#include "QrResolution.h"

#include "JsonReader.h"

using namespace Qt::StringLiterals;

namespace mycloud {

Result<QrResolution, DecodeError> QrResolution::fromJson(const QJsonValue& json, const QString& path)
{
    JsonReader r(json, path);
    QrResolution v;
    v.product = r.object<Product>("product"_L1);
    v.affair = r.object<Affair>("affair"_L1);
    return r.finish(std::move(v));
}

QJsonObject QrResolution::toJson() const
{
    return {{u"product"_s, product.toJson()}, {u"affair"_s, affair.toJson()}};
}

} // namespace mycloud
