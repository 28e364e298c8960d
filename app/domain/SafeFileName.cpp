#include "SafeFileName.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

constexpr qsizetype kMaxLength = 150;

bool isReservedDeviceName(const QString& name)
{
    static const QRegularExpression device(u"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return device.match(name).hasMatch();
}

} // namespace

QString SafeFileName::component(const QString& name, const QString& fallback)
{
    QString safe;
    safe.reserve(name.size());
    for (const QChar c : name) {
        const bool reserved
            = c.unicode() < 0x20 || c.unicode() == 0x7f || QStringView(u"<>:\"/\\|?*").contains(c);
        safe += reserved ? u'_' : c;
    }
    safe = safe.trimmed();
    while (safe.endsWith(u'.') || safe.endsWith(u' '))
        safe.chop(1);
    while (safe.startsWith(u'.'))
        safe.remove(0, 1); // no hidden files, no "..": a leading dot is dropped
    if (safe.isEmpty())
        safe = fallback;
    if (isReservedDeviceName(safe))
        safe.prepend(u'_');
    if (safe.size() > kMaxLength) {
        const qsizetype dot = safe.lastIndexOf(u'.');
        const QString extension = dot > 0 && safe.size() - dot <= 10 ? safe.mid(dot) : QString();
        safe = safe.left(kMaxLength - extension.size()).trimmed() + extension;
        if (safe.at(safe.size() - 1 - extension.size()).isHighSurrogate())
            safe.remove(safe.size() - 1 - extension.size(), 1); // never half a character
    }
    return safe;
}

} // namespace mycloud
