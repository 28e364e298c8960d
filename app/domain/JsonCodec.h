#pragma once

#include "DecodeError.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace mycloud {

// Bytes on the wire ⇄ domain values. Decoding refuses anything that is not JSON, and leaves every
// field rule to T::fromJson, which names the offending field.
class JsonCodec final
{
public:
    JsonCodec() = delete;

    // The root of a JSON text (object or array), or NotJson with the parser's reason and offset.
    static Result<QJsonValue, DecodeError> parse(const QByteArray& bytes);

    template <class T> static Result<T, DecodeError> decode(const QByteArray& bytes)
    {
        auto root = parse(bytes);
        if (!root)
            return root.error();
        return T::fromJson(root.value());
    }

    template <class T> static QByteArray encode(const T& value)
    {
        return QJsonDocument(value.toJson()).toJson(QJsonDocument::Compact);
    }
};

} // namespace mycloud
