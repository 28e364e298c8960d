#include "PageCursor.h"

#include "SqlValues.h"

#include <QByteArray>
#include <QDate>
#include <QUuid>

namespace mycloud::server {

namespace {

constexpr char16_t kSeparator = u'\x1f';

bool fits(const QString& value, PageCursor::Key key)
{
    switch (key) {
    case PageCursor::Key::Text: return true;
    case PageCursor::Key::Time: return SqlValues::time(SqlValues::time(QVariant(value))) == value;
    case PageCursor::Key::Date: return QDate::fromString(value, Qt::ISODate).isValid();
    case PageCursor::Key::Uuid: return SqlValues::uuid(QUuid::fromString(value)) == value;
    case PageCursor::Key::Integer: {
        bool ok = false;
        value.toLongLong(&ok);
        return ok;
    }
    case PageCursor::Key::Flag: return value == u"0" || value == u"1";
    }
    return false;
}

} // namespace

QString PageCursor::encode(const QString& scope, const QStringList& keys)
{
    return QString::fromLatin1((QStringList{scope} + keys)
                                   .join(QChar(kSeparator))
                                   .toUtf8()
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QStringList> PageCursor::decode(const QString& cursor, const QString& scope,
                                              std::initializer_list<Key> shape)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QStringList keys = QString::fromUtf8(*decoded).split(QChar(kSeparator));
    if (keys.size() != qsizetype(shape.size()) + 1 || keys.takeFirst() != scope)
        return std::nullopt;
    qsizetype i = 0;
    for (const Key key : shape)
        if (!fits(keys.at(i++), key))
            return std::nullopt;
    return keys;
}

} // namespace mycloud::server
