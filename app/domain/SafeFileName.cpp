#include "SafeFileName.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

constexpr qsizetype kMaxLength = 150;
// NAME_MAX of ext4 and APFS counts UTF-8 bytes: 150 accented or CJK characters can be 300 or 450.
constexpr qsizetype kMaxBytes = 255;

bool isReservedDeviceName(const QString& name)
{
    // Windows opens the device for these whatever follows a dot, and ignores spaces before it.
    static const QRegularExpression device(
        u"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\\$|conout\\$) *(\\..*)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return device.match(name).hasMatch();
}

// Control characters (C0, DEL, C1), the characters Windows reserves, and the invisible ones that
// make a name read otherwise than it is: bidirectional overrides ("evil<RLO>fdp.exe" shows as
// "evilexe.pdf") and Unicode line separators.
bool isReserved(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u < 0xa0) || QStringView(u"<>:\"/\\|?*").contains(c) || u == 0x200e
        || u == 0x200f || (u >= 0x2028 && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
}

bool fits(const QString& name)
{
    return name.size() <= kMaxLength && name.toUtf8().size() <= kMaxBytes;
}

// Cut to the caps, keeping a short extension so that the file still opens, never half a
// character, and again no trailing dot or space (Windows drops them: two names would be one).
QString truncated(const QString& name, const QString& fallback)
{
    if (fits(name))
        return name;
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString extension = dot > 0 && name.size() - dot <= 10 ? name.mid(dot) : QString();
    QString stem = name.left(std::min(name.size(), kMaxLength) - extension.size());
    while (!stem.isEmpty()
           && (!fits(stem + extension) || stem.endsWith(u'.') || stem.at(stem.size() - 1).isSpace()
               || stem.at(stem.size() - 1).isHighSurrogate()))
        stem.chop(1);
    return (stem.isEmpty() ? fallback : stem) + extension;
}

} // namespace

QString SafeFileName::component(const QString& name, const QString& fallback)
{
    QString safe;
    safe.reserve(name.size());
    for (const QChar c : name)
        safe += isReserved(c) ? u'_' : c;
    // No hidden files, no "..": leading dots go, and the spaces they may have hidden.
    while (!safe.isEmpty() && (safe.startsWith(u'.') || safe.at(0).isSpace()))
        safe.remove(0, 1);
    while (!safe.isEmpty() && (safe.endsWith(u'.') || safe.at(safe.size() - 1).isSpace()))
        safe.chop(1);
    if (safe.isEmpty())
        safe = fallback;
    safe = truncated(safe, fallback);
    if (isReservedDeviceName(safe))
        safe = truncated(u'_' + safe, fallback);
    return safe;
}

} // namespace mycloud
