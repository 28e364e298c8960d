#include "JsonFormat.h"

#include <QRegularExpression>

namespace mycloud {

namespace {

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

} // namespace

std::optional<QUuid> JsonFormat::parseUuid(QStringView text)
{
    if (text.size() != 36)
        return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != u'-' : !isHex(text[i]))
            return std::nullopt;
    }
    const QUuid id = QUuid::fromString(text);
    if (id.isNull())
        return std::nullopt;
    return id;
}

QString JsonFormat::formatUuid(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

std::optional<QDateTime> JsonFormat::parseDateTime(QStringView text)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$)"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    QString normalised = text.toString();
    // Qt reads at most millisecond precision: drop extra fraction digits rather than reject them.
    if (const qsizetype dot = normalised.indexOf(u'.'); dot > 0) {
        qsizetype end = dot + 1;
        while (end < normalised.size() && normalised[end].isDigit())
            ++end;
        if (end - dot - 1 > 3)
            normalised.remove(dot + 4, end - dot - 4);
    }
    const QDateTime when = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!when.isValid())
        return std::nullopt;
    return when.toUTC();
}

QString JsonFormat::formatDateTime(const QDateTime& when)
{
    const QDateTime utc = when.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

std::optional<QDate> JsonFormat::parseDate(QStringView text)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate day = QDate::fromString(text.toString(), Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    return day;
}

QString JsonFormat::formatDate(QDate day)
{
    return day.toString(Qt::ISODate);
}

bool JsonFormat::isPlausibleEmail(QStringView text)
{
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || at != text.lastIndexOf(u'@') || at == text.size() - 1)
        return false;
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); }))
        return false;
    const QStringView domain = text.mid(at + 1);
    const qsizetype dot = domain.indexOf(u'.');
    return dot > 0 && dot < domain.size() - 1 && !domain.endsWith(u'.');
}

} // namespace mycloud
