#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace mycloud {

QString Translations::install(const QLocale& locale)
{
    auto* app = QCoreApplication::instance();
    Q_ASSERT(app);

    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto* ownTranslator = new QTranslator(app);
    if (ownTranslator->load(locale, u"mycloud"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(ownTranslator);
        return ownTranslator->language().section(u'_', 0, 0);
    }
    delete ownTranslator;
    return u"en"_s;
}

} // namespace mycloud
