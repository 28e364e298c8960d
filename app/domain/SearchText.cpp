#include "SearchText.h"

using namespace Qt::StringLiterals;

namespace mycloud {

QString SearchText::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            space = !folded.isEmpty();
            continue;
        }
        if (space) {
            folded += u' ';
            space = false;
        }
        // Letters that do not decompose: spelled the way a French keyboard user would type them.
        switch (c.unicode()) {
        case 0x0153:
        case 0x0152: folded += u"oe"_s; break;
        case 0x00e6:
        case 0x00c6: folded += u"ae"_s; break;
        case 0x00df: folded += u"ss"_s; break;
        case 0x2019:
        case 0x2018: folded += u'\''; break;
        case 0x2013:
        case 0x2014: folded += u'-'; break;
        default: folded += c.toLower();
        }
    }
    return folded;
}

QString SearchText::fold(const QStringList& fields)
{
    return fold(fields.join(u' '));
}

} // namespace mycloud
