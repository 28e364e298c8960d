#include "DoePackageLabels.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

QLocale locale(DoePackageLabels::Language language)
{
    return QLocale(language == DoePackageLabels::Language::French ? QLocale::French : QLocale::English);
}

// A kind's folder is the plural of its label, where the word has one.
QString kindName(DocumentKind kind, DoePackageLabels::Language language, bool plural)
{
    using Labels = DoePackageLabels;
    switch (kind) {
    case DocumentKind::Photo: return plural ? u"Photos"_s : u"Photo"_s;
    case DocumentKind::Schematic:
        return plural ? Labels::text(language, "Schémas", "Schematics")
                      : Labels::text(language, "Schéma", "Schematic");
    case DocumentKind::Quality: return Labels::text(language, "Qualité", "Quality");
    case DocumentKind::Misc: break;
    }
    return Labels::text(language, "Divers", "Misc");
}

} // namespace

QString DoePackageLabels::text(Language language, const char* french, const char* english)
{
    return QString::fromUtf8(language == Language::French ? french : english);
}

QString DoePackageLabels::kindFolder(DocumentKind kind, Language language)
{
    return kindName(kind, language, true);
}

QString DoePackageLabels::kindLabel(DocumentKind kind, Language language)
{
    return kindName(kind, language, false);
}

QString DoePackageLabels::formattedDate(const QDateTime& when, Language language)
{
    if (!when.isValid())
        return u"—"_s;
    return locale(language).toString(
        when.toLocalTime(), language == Language::French ? u"dd/MM/yyyy HH:mm"_s : u"d MMM yyyy HH:mm"_s);
}

QString DoePackageLabels::formattedSize(qint64 bytes, Language language)
{
    return locale(language).formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString DoePackageLabels::productHeading(const Product& product)
{
    if (product.name.isEmpty())
        return product.reference;
    return product.reference.isEmpty() ? product.name : product.reference + u" — "_s + product.name;
}

} // namespace mycloud
