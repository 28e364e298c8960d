#include "JsonReader.h"

#include "JsonFormat.h"

#include <algorithm>
#include <cmath>

namespace mycloud {

namespace {

// JSON numbers are doubles: integers beyond 2^53 cannot round-trip and are refused.
constexpr double kMaxSafeInteger = 9007199254740992.0;

bool isBase64UrlChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'
        || u == u'_';
}

bool isLowerHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f');
}

} // namespace

JsonReader::JsonReader(const QJsonValue& value, QString path)
    : m_path(std::move(path))
{
    if (value.isObject())
        m_object = value.toObject();
    else
        m_error = DecodeError(DecodeError::Kind::WrongType, m_path, QStringLiteral("expected an object"));
}

QString JsonReader::childPath(QLatin1StringView key) const
{
    if (m_path.isEmpty())
        return QString(key);
    return m_path + QLatin1Char('.') + key;
}

void JsonReader::fail(DecodeError::Kind kind, QLatin1StringView key, QString detail)
{
    if (!m_error)
        m_error = DecodeError(kind, childPath(key), std::move(detail));
}

std::optional<QJsonValue> JsonReader::require(QLatin1StringView key)
{
    if (!ok())
        return std::nullopt;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        fail(DecodeError::Kind::MissingField, key);
        return std::nullopt;
    }
    if (it->isNull()) {
        fail(DecodeError::Kind::WrongType, key, QStringLiteral("null is not allowed"));
        return std::nullopt;
    }
    return it.value();
}

std::optional<QJsonValue> JsonReader::nullable(QLatin1StringView key)
{
    if (!ok())
        return std::nullopt;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        fail(DecodeError::Kind::MissingField, key);
        return std::nullopt;
    }
    if (it->isNull())
        return std::nullopt;
    return it.value();
}

std::optional<QJsonValue> JsonReader::optional(QLatin1StringView key)
{
    if (!ok())
        return std::nullopt;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isNull())
        return std::nullopt;
    return it.value();
}

bool JsonReader::has(QLatin1StringView key) const
{
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it->isNull();
}

bool JsonReader::checkString(QLatin1StringView key, const QString& text, qsizetype minLength,
                             qsizetype maxLength)
{
    if (text.size() > maxLength) {
        fail(DecodeError::Kind::TooLong, key, QStringLiteral("at most %1 characters").arg(maxLength));
        return false;
    }
    if (text.size() < minLength) {
        fail(DecodeError::Kind::TooShort, key, QStringLiteral("at least %1 characters").arg(minLength));
        return false;
    }
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7f) {
            fail(DecodeError::Kind::BadFormat, key, QStringLiteral("control character"));
            return false;
        }
    }
    return true;
}

QString JsonReader::string(QLatin1StringView key, qsizetype minLength, qsizetype maxLength)
{
    const auto value = require(key);
    if (!value)
        return {};
    if (!value->isString()) {
        fail(DecodeError::Kind::WrongType, key, QStringLiteral("expected a string"));
        return {};
    }
    QString text = value->toString();
    return checkString(key, text, minLength, maxLength) ? text : QString();
}

std::optional<QString> JsonReader::nullableString(QLatin1StringView key, qsizetype minLength,
                                                  qsizetype maxLength)
{
    if (!nullable(key))
        return std::nullopt;
    return string(key, minLength, maxLength);
}

std::optional<QString> JsonReader::optionalString(QLatin1StringView key, qsizetype minLength,
                                                  qsizetype maxLength)
{
    if (!optional(key))
        return std::nullopt;
    return string(key, minLength, maxLength);
}

QString JsonReader::email(QLatin1StringView key)
{
    QString text = string(key, 0, 254);
    if (!ok() || text.isEmpty())
        return text;
    if (!JsonFormat::isPlausibleEmail(text)) {
        fail(DecodeError::Kind::BadFormat, key, QStringLiteral("not an e-mail address"));
        return {};
    }
    return text;
}

QString JsonReader::lowerHex(QLatin1StringView key, qsizetype length)
{
    QString text = string(key, length, length);
    if (ok() && !std::all_of(text.cbegin(), text.cend(), isLowerHex)) {
        fail(DecodeError::Kind::BadFormat, key, QStringLiteral("expected lowercase hexadecimal"));
        return {};
    }
    return text;
}

QString JsonReader::token(QLatin1StringView key, qsizetype minLength, qsizetype maxLength)
{
    QString text = string(key, minLength, maxLength);
    if (ok() && !std::all_of(text.cbegin(), text.cend(), isBase64UrlChar)) {
        fail(DecodeError::Kind::BadFormat, key, QStringLiteral("expected letters, digits, '-' or '_'"));
        return {};
    }
    return text;
}

bool JsonReader::boolean(QLatin1StringView key)
{
    const auto value = require(key);
    if (!value)
        return false;
    if (!value->isBool()) {
        fail(DecodeError::Kind::WrongType, key, QStringLiteral("expected true or false"));
        return false;
    }
    return value->toBool();
}

double JsonReader::number(QLatin1StringView key, double min, double max)
{
    const auto value = require(key);
    if (!value)
        return 0;
    if (!value->isDouble()) {
        fail(DecodeError::Kind::WrongType, key, QStringLiteral("expected a number"));
        return 0;
    }
    const double d = value->toDouble();
    if (!std::isfinite(d) || d < min || d > max) {
        fail(DecodeError::Kind::OutOfRange, key, QStringLiteral("expected %1 to %2").arg(min).arg(max));
        return 0;
    }
    return d;
}

qint64 JsonReader::integer(QLatin1StringView key, qint64 min, qint64 max)
{
    const double d = number(key, -kMaxSafeInteger, kMaxSafeInteger);
    if (!ok())
        return 0;
    if (std::trunc(d) != d) {
        fail(DecodeError::Kind::OutOfRange, key, QStringLiteral("expected an integer"));
        return 0;
    }
    const auto i = static_cast<qint64>(d);
    if (i < min || i > max) {
        fail(DecodeError::Kind::OutOfRange, key, QStringLiteral("expected %1 to %2").arg(min).arg(max));
        return 0;
    }
    return i;
}

QUuid JsonReader::uuid(QLatin1StringView key)
{
    const QString text = string(key, 0, 64); // shape errors are reported as BadUuid
    if (!ok())
        return {};
    const auto id = JsonFormat::parseUuid(text);
    if (!id) {
        fail(DecodeError::Kind::BadUuid, key, text.left(40));
        return {};
    }
    return *id;
}

QDateTime JsonReader::dateTime(QLatin1StringView key)
{
    const QString text = string(key, 0, 64);
    if (!ok())
        return {};
    const auto when = JsonFormat::parseDateTime(text);
    if (!when) {
        fail(DecodeError::Kind::BadDateTime, key, text);
        return {};
    }
    return *when;
}

QDate JsonReader::date(QLatin1StringView key)
{
    const QString text = string(key, 0, 64);
    if (!ok())
        return {};
    const auto day = JsonFormat::parseDate(text);
    if (!day) {
        fail(DecodeError::Kind::BadDate, key, text);
        return {};
    }
    return *day;
}

std::optional<QUuid> JsonReader::nullableUuid(QLatin1StringView key)
{
    if (!nullable(key))
        return std::nullopt;
    return uuid(key);
}

std::optional<QUuid> JsonReader::optionalUuid(QLatin1StringView key)
{
    if (!optional(key))
        return std::nullopt;
    return uuid(key);
}

std::optional<QDateTime> JsonReader::nullableDateTime(QLatin1StringView key)
{
    if (!nullable(key))
        return std::nullopt;
    return dateTime(key);
}

std::optional<QDate> JsonReader::nullableDate(QLatin1StringView key)
{
    if (!nullable(key))
        return std::nullopt;
    return date(key);
}

std::optional<QJsonObject> JsonReader::optionalObject(QLatin1StringView key)
{
    const auto value = optional(key);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        fail(DecodeError::Kind::WrongType, key, QStringLiteral("expected an object"));
        return std::nullopt;
    }
    return value->toObject();
}

} // namespace mycloud
