#include "JsonCodec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>

namespace mycloud {

Result<QJsonValue, DecodeError> JsonCodec::parse(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return DecodeError(DecodeError::Kind::NotJson, {},
                           QStringLiteral("%1 at byte %2").arg(error.errorString()).arg(error.offset));
    }
    if (document.isArray())
        return QJsonValue(document.array());
    return QJsonValue(document.object());
}

} // namespace mycloud
