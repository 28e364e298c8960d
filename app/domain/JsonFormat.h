#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace mycloud {

// The wire spellings of ids, timestamps and dates, shared by the reader and every encoder.
class JsonFormat final
{
public:
    JsonFormat() = delete;

    // Canonical 8-4-4-4-12 hex (either case accepted, lowercase written); the nil UUID is refused.
    static std::optional<QUuid> parseUuid(QStringView text);
    static QString formatUuid(const QUuid& id);

    // RFC 3339 with a mandatory zone ("Z" or ±hh:mm), optional fraction; returned in UTC.
    static std::optional<QDateTime> parseDateTime(QStringView text);
    // UTC, "Z", milliseconds only when not zero: 2026-11-23T10:15:30Z.
    static QString formatDateTime(const QDateTime& when);

    static std::optional<QDate> parseDate(QStringView text); // YYYY-MM-DD
    static QString formatDate(QDate day);

    // A deliberately loose check (one '@', something on each side, a dot in the domain, no spaces):
    // the real proof of an address is a mail that arrives.
    static bool isPlausibleEmail(QStringView text);
};

} // namespace mycloud
