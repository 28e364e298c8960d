#include "PageCursor.h"

#include <QByteArray>

namespace mycloud::server {

namespace {
constexpr char16_t kSeparator = u'\x1f';
}

QString PageCursor::encode(const QStringList& keys)
{
    return QString::fromLatin1(keys.join(QChar(kSeparator))
                                   .toUtf8()
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QStringList> PageCursor::decode(const QString& cursor, qsizetype expectedKeys)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QStringList keys = QString::fromUtf8(*decoded).split(QChar(kSeparator));
    if (keys.size() != expectedKeys)
        return std::nullopt;
    return keys;
}

} // namespace mycloud::server
