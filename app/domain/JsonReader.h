#pragma once

#include "DecodeError.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QUuid>

#include <optional>

namespace mycloud {

// Reads the fields of one JSON object under strict rules and remembers the first violation.
// Once an error is recorded every further read is a no-op, so decoders read all their fields in a
// straight line and call finish() once. Unknown keys are ignored (forward compatibility); a key
// that is present must be valid, and a required key must be present: nothing is ever defaulted.
class JsonReader final
{
public:
    JsonReader(const QJsonValue& value, QString path);

    // Strings: length in UTF-16 units; C0 control characters other than tab and newlines rejected.
    QString string(QLatin1StringView key, qsizetype minLength, qsizetype maxLength);
    QString email(QLatin1StringView key);
    QString lowerHex(QLatin1StringView key, qsizetype length);
    QString token(QLatin1StringView key, qsizetype minLength, qsizetype maxLength); // base64url chars
    bool boolean(QLatin1StringView key);
    qint64 integer(QLatin1StringView key, qint64 min, qint64 max);
    double number(QLatin1StringView key, double min, double max);
    QUuid uuid(QLatin1StringView key);
    QDateTime dateTime(QLatin1StringView key);
    QDate date(QLatin1StringView key);

    // "Nullable": the key must be present, its value may be null.
    std::optional<QUuid> nullableUuid(QLatin1StringView key);
    std::optional<QDateTime> nullableDateTime(QLatin1StringView key);
    std::optional<QDate> nullableDate(QLatin1StringView key);
    std::optional<QString> nullableString(QLatin1StringView key, qsizetype minLength, qsizetype maxLength);
    // "Optional": the key may be absent (or null).
    std::optional<QUuid> optionalUuid(QLatin1StringView key);
    std::optional<QString> optionalString(QLatin1StringView key, qsizetype minLength, qsizetype maxLength);
    std::optional<QJsonObject> optionalObject(QLatin1StringView key);

    // An enum spelled as a string; `parse` maps the spelling or returns nullopt.
    template <class E> E enumeration(QLatin1StringView key, std::optional<E> (*parse)(QStringView))
    {
        const QString text = string(key, 1, 64);
        if (!ok())
            return E{};
        if (const auto value = parse(text))
            return *value;
        fail(DecodeError::Kind::UnknownValue, key, text.left(64));
        return E{};
    }

    // A nested object decoded by T::fromJson.
    template <class T> T object(QLatin1StringView key)
    {
        const std::optional<QJsonValue> value = require(key);
        if (!value)
            return T{};
        return adopt(T::fromJson(*value, childPath(key)));
    }

    // An array of at most maxItems, each element decoded by `decode(value, path)`.
    template <class T, class Decode> QList<T> array(QLatin1StringView key, qsizetype maxItems, Decode decode)
    {
        QList<T> items;
        const std::optional<QJsonValue> value = require(key);
        if (!value)
            return items;
        if (!value->isArray()) {
            fail(DecodeError::Kind::WrongType, key, QStringLiteral("expected an array"));
            return items;
        }
        const QJsonArray array = value->toArray();
        if (array.size() > maxItems) {
            fail(DecodeError::Kind::TooLong, key, QStringLiteral("more than %1 items").arg(maxItems));
            return items;
        }
        items.reserve(array.size());
        for (qsizetype i = 0; i < array.size() && ok(); ++i)
            items.append(adopt(decode(array.at(i), childPath(key) + QStringLiteral("[%1]").arg(i))));
        return items;
    }

    template <class T> QList<T> objectArray(QLatin1StringView key, qsizetype maxItems)
    {
        return array<T>(key, maxItems,
                        [](const QJsonValue& v, const QString& p) { return T::fromJson(v, p); });
    }

    // Whether the key is present with a non-null value.
    bool has(QLatin1StringView key) const;

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    const std::optional<DecodeError>& error() const { return m_error; }

    template <class T> Result<T, DecodeError> finish(T value) const
    {
        if (m_error)
            return *m_error;
        return value;
    }

    QString childPath(QLatin1StringView key) const;

private:
    std::optional<QJsonValue> require(QLatin1StringView key); // records MissingField / null
    std::optional<QJsonValue> nullable(QLatin1StringView key); // records MissingField; nullopt for null
    std::optional<QJsonValue> optional(QLatin1StringView key); // nullopt when absent or null
    void fail(DecodeError::Kind kind, QLatin1StringView key, QString detail = {});
    bool checkString(QLatin1StringView key, const QString& text, qsizetype minLength, qsizetype maxLength);

    template <class T> T adopt(Result<T, DecodeError>&& result)
    {
        if (!result) {
            if (!m_error)
                m_error = result.error();
            return T{};
        }
        return std::move(result).value();
    }

    QJsonObject m_object;
    QString m_path;
    std::optional<DecodeError> m_error;
};

} // namespace mycloud
