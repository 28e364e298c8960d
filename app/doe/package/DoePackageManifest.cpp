#include "DoePackageManifest.h"

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

QString csvField(const QString& value)
{
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

QByteArray DoePackageManifest::render(const DoePackageWriter::Info& info, const QList<DoePackageItem>& items,
                                      const QStringList& names)
{
    // The header stays French whatever the language: maintenance systems import this file.
    QString csv = u"affaire;produit;type;titre;révision;valide;fichier;taille;sha256;date\r\n"_s;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Document& document = items[i].document;
        csv += QStringList{csvField(info.affair.reference),
                           csvField(items[i].product.reference),
                           csvField(documentKindToString(document.kind)),
                           csvField(document.title),
                           QString::number(document.revision),
                           document.valid ? u"oui"_s : u"non"_s,
                           csvField(names[i]),
                           QString::number(document.size),
                           document.sha256,
                           document.createdAt.toString(Qt::ISODate)}
                   .join(u';')
            + u"\r\n"_s;
    }
    return "\xEF\xBB\xBF" + csv.toUtf8(); // the BOM: spreadsheets then read UTF-8
}

} // namespace mycloud
