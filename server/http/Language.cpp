#include "Language.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace mycloud::server {

Language languageFromAcceptLanguage(const QString& header)
{
    Language best = Language::French;
    double bestQ = -1;
    for (const QString& part : header.split(u',', Qt::SkipEmptyParts)) {
        const QStringList fields = part.split(u';');
        const QString tag = fields.value(0).trimmed().toLower();
        double q = 1;
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const QString param = fields.at(i).trimmed();
            if (param.startsWith(u"q="_s)) {
                bool ok = false;
                q = param.mid(2).toDouble(&ok);
                if (!ok)
                    q = 0;
            }
        }
        const bool french = tag == u"fr" || tag.startsWith(u"fr-"_s);
        const bool english = tag == u"en" || tag.startsWith(u"en-"_s);
        if ((french || english) && q > 0 && q > bestQ) {
            best = french ? Language::French : Language::English;
            bestQ = q;
        }
    }
    return best;
}

} // namespace mycloud::server
