#include "DoePackageIndex.h"

#include "DoePackageLabels.h"
#include "DoePackageManifest.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

using Language = DoePackageWriter::Language;

// HTML text or a double-quoted attribute value. Control characters are not allowed in HTML text:
// they become U+FFFD, so that a hostile title cannot break the page either.
QString html(const QString& value)
{
    QString escaped = value.toHtmlEscaped();
    for (QChar& c : escaped)
        if ((c.unicode() < 0x20 && c != u'\t' && c != u'\n') || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
            c = QChar::ReplacementCharacter;
    return escaped;
}

// A relative URL to an entry that works from file:// once the package is extracted: every byte of
// every segment but the unreserved ones percent-encoded (spaces, '#', '%', '?', accents).
QString href(const QString& entryName)
{
    QStringList segments;
    for (const QString& segment : entryName.split(u'/'))
        segments << QString::fromLatin1(QUrl::toPercentEncoding(segment));
    return segments.join(u'/');
}

QString timeElement(const QDateTime& when, Language language)
{
    if (!when.isValid())
        return u"—"_s;
    return u"<time datetime=\""_s + when.toUTC().toString(Qt::ISODate) + u"\">"_s
        + html(DoePackageLabels::formattedDate(when, language)) + u"</time>"_s;
}

const char* const kStyle
    = "body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d2733;"
      "background:#f3f5f8;line-height:1.45}"
      "header{background:#0b4f8a;color:#fff;padding:14px 20px}header small{display:block;opacity:.85}"
      "header h1{font-size:1.4em;margin:.1em 0}"
      "main{max-width:1200px;margin:0 auto;padding:12px 20px}"
      "section{background:#fff;border-radius:10px;padding:12px 16px;margin:14px 0;"
      "box-shadow:0 1px 2px rgba(0,0,0,.08)}"
      "h2{font-size:1.15em;margin:.1em 0 .5em;color:#0b4f8a}h3{font-size:1em;margin:.8em 0 .3em}"
      "dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 14px;margin:0}"
      "dt{color:#5b6b7c}dd{margin:0}"
      "table{border-collapse:collapse;width:100%;font-size:.92em}"
      "th,td{text-align:left;vertical-align:top;padding:6px 8px;border-top:1px solid #e6eaef}"
      "th{color:#5b6b7c;font-weight:600;border-top:0}td.n{text-align:right;white-space:nowrap}td.d{white-"
      "space:nowrap}"
      "a{color:#0b62b0}.file{display:block;color:#5b6b7c;font-size:.85em;word-break:break-all}"
      ".sha{font-family:ui-monospace,Consolas,monospace;font-size:.78em;word-break:break-all;color:#5b6b7c}"
      ".valid{color:#1b6b35;font-weight:600}.meta{color:#5b6b7c}"
      ".changes{border-left:4px solid #e67e00}ul{margin:.2em 0 .6em;padding-left:1.3em}"
      "nav ul{columns:2 22em}"
      "@media print{body{background:#fff}section{box-shadow:none;border:1px solid #ccc}a{color:inherit}}";

} // namespace

DoePackageIndex::DoePackageIndex(const DoePackageWriter::Info& info, const QList<DoePackageItem>& items,
                                 const QStringList& names)
    : m_info(info)
    , m_items(items)
    , m_names(names)
    , m_language(info.language)
{
    for (qsizetype i = 0; i < items.size(); ++i)
        m_entryByDocument.insert(items[i].document.id, names[i]);
}

QByteArray DoePackageIndex::render(const DoePackageWriter::Info& info, const QList<DoePackageItem>& items,
                                   const QStringList& names)
{
    return DoePackageIndex(info, items, names).build();
}

QByteArray DoePackageIndex::build() const
{
    const Affair& affair = m_info.affair;
    const QString heading = t("Dossier des ouvrages exécutés (DOE)", "As-built package (DOE)");
    const QString affairName = affair.reference.isEmpty() ? affair.name
        : affair.name.isEmpty()                           ? affair.reference
                                                          : affair.reference + u" — "_s + affair.name;
    QString page = u"<!DOCTYPE html>\n<html lang=\""_s + (m_language == Language::French ? u"fr"_s : u"en"_s)
        + u"\">\n<head>\n<meta charset=\"utf-8\">\n"
          u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          u"style-src 'unsafe-inline'\">\n"
          u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_s
        + html(u"DOE "_s + affairName) + u"</title>\n<style>"_s + QString::fromLatin1(kStyle)
        + u"</style>\n</head>\n<body>\n<header><small>"_s + html(heading) + u"</small><h1>"_s
        + html(affairName) + u"</h1></header>\n<main>\n"_s;
    page += affairSection();
    if (m_info.changes)
        page += changesSection(*m_info.changes);
    page += contentsSection();
    QList<QUuid> products;
    for (const DoePackageItem& item : m_items)
        if (!products.contains(item.product.id))
            products.append(item.product.id);
    for (qsizetype p = 0; p < products.size(); ++p)
        page += productSection(p, products[p]);
    page += u"</main>\n</body>\n</html>\n"_s;
    return page.toUtf8();
}

QString DoePackageIndex::t(const char* french, const char* english) const
{
    return DoePackageLabels::text(m_language, french, english);
}

QString DoePackageIndex::affairSection() const
{
    const Affair& affair = m_info.affair;
    qint64 total = 0;
    for (const DoePackageItem& item : m_items)
        total += item.document.size;
    QStringList contact;
    for (const QString& part : {affair.contact.name, affair.contact.phone, affair.contact.email})
        if (!part.isEmpty())
            contact << html(part);
    QString section = u"<section>\n<h2>"_s + html(t("Affaire", "Affair")) + u"</h2>\n<dl>\n"_s;
    auto row = [&section](const QString& label, const QString& valueHtml) {
        section += u"<dt>"_s + html(label) + u"</dt><dd>"_s + valueHtml + u"</dd>\n"_s;
    };
    row(t("Référence", "Reference"), html(affair.reference));
    row(t("Nom", "Name"), html(affair.name));
    row(t("Client", "Client"), html(affair.client));
    row(t("Site", "Site"), html(affair.site));
    row(t("Interlocuteur B2EI", "B2EI contact"), contact.join(u" · "_s));
    row(t("Date du dossier", "Package date"), timeElement(m_info.createdAt, m_language));
    row(t("Contenu", "Contents"),
        html((m_items.size() == 1 ? t("1 document, %1", "1 document, %1")
                                  : t("%1 documents, %2", "%1 documents, %2").arg(m_items.size()))
                 .arg(DoePackageLabels::formattedSize(total, m_language))));
    row(t("Liste pour import", "Machine-readable list"),
        u"<a href=\""_s + href(DoePackageManifest::kFileName) + u"\">"_s + html(DoePackageManifest::kFileName)
            + u"</a> <span class=\"meta\">"_s
            + html(t("(UTF-8, séparateur ;, une ligne par document)",
                     "(UTF-8, ';' separated, one row per document)"))
            + u"</span>"_s);
    return section + u"</dl>\n</section>\n"_s;
}

QString DoePackageIndex::changesSection(const DoePackageChanges& changes) const
{
    const QString since = timeElement(changes.previousExport, m_language);
    QString section = u"<section class=\"changes\">\n<h2>"_s;
    if (changes.isEmpty()) {
        return section + html(t("Modifications", "Changes")) + u"</h2>\n<p>"_s
            + html(t("Aucune modification depuis l'export du %1.", "No change since the export of %1."))
                  .arg(since)
            + u"</p>\n</section>\n"_s;
    }
    section += html(t("Modifications depuis l'export du %1", "Changes since the export of %1")).arg(since)
        + u"</h2>\n"_s;
    auto list = [&](const QString& title, const QList<DoePackageItem>& items) {
        if (items.isEmpty())
            return;
        section += u"<h3>"_s + html(title) + u" ("_s + QString::number(items.size()) + u")</h3>\n<ul>\n"_s;
        for (const DoePackageItem& item : items)
            section += u"<li>"_s + html(item.product.reference) + u" — "_s + documentLink(item.document)
                + u" <span class=\"meta\">"_s + html(documentMeta(item.document)) + u"</span></li>\n"_s;
        section += u"</ul>\n"_s;
    };
    list(t("Ajoutés", "Added"), changes.added);
    list(t("Nouvelle révision", "Revised (new revision)"), changes.revised);
    if (!changes.removed.isEmpty()) {
        QHash<QUuid, QString> productReferences;
        for (const DoePackageItem& item : m_items)
            productReferences.insert(item.product.id, item.product.reference);
        section += u"<h3>"_s + html(t("Retirés", "Removed")) + u" ("_s
            + QString::number(changes.removed.size()) + u")</h3>\n<ul>\n"_s;
        for (const Document& document : changes.removed) {
            const QString product = productReferences.value(document.productId);
            section += u"<li>"_s + (product.isEmpty() ? QString() : html(product) + u" — "_s)
                + html(documentTitle(document)) + u" <span class=\"meta\">"_s + html(documentMeta(document))
                + u"</span></li>\n"_s;
        }
        section += u"</ul>\n"_s;
    }
    return section + u"</section>\n"_s;
}

QString DoePackageIndex::contentsSection() const
{
    QString section = u"<section>\n<h2>"_s + html(t("Produits", "Products")) + u"</h2>\n"_s;
    if (m_items.isEmpty())
        return section + u"<p>"_s + html(t("Aucun document.", "No document.")) + u"</p>\n</section>\n"_s;
    section += u"<nav><ul>\n"_s;
    QList<QUuid> seen;
    for (const DoePackageItem& item : m_items) {
        if (seen.contains(item.product.id))
            continue;
        seen.append(item.product.id);
        section += u"<li><a href=\"#product-"_s + QString::number(seen.size()) + u"\">"_s
            + html(DoePackageLabels::productHeading(item.product)) + u"</a></li>\n"_s;
    }
    return section + u"</ul></nav>\n</section>\n"_s;
}

QString DoePackageIndex::productSection(qsizetype index, const QUuid& productId) const
{
    QList<qsizetype> rows;
    for (qsizetype i = 0; i < m_items.size(); ++i)
        if (m_items[i].product.id == productId)
            rows.append(i);
    const Product& product = m_items[rows.first()].product;
    // Photos, schematics, quality, misc, like the product sheet; the caller's order within each.
    std::stable_sort(rows.begin(), rows.end(), [this](qsizetype a, qsizetype b) {
        return m_items[a].document.kind < m_items[b].document.kind;
    });
    QString section = u"<section id=\"product-"_s + QString::number(index + 1) + u"\">\n<h2>"_s
        + html(DoePackageLabels::productHeading(product)) + u"</h2>\n"_s;
    if (!product.serialNumber.isEmpty())
        section += u"<p class=\"meta\">"_s
            + html(t("N° de série : %1", "Serial number: %1").arg(product.serialNumber)) + u"</p>\n"_s;
    section += u"<table>\n<thead><tr><th>"_s
        + QStringList{html(t("Type", "Kind")),
                      html(t("Titre et fichier", "Title and file")),
                      html(t("Révision", "Revision")),
                      html(t("Valide", "Valid")),
                      html(t("Date", "Date")),
                      html(t("Taille", "Size")),
                      u"SHA-256"_s}
              .join(u"</th><th>"_s)
        + u"</th></tr></thead>\n<tbody>\n"_s;
    for (const qsizetype i : std::as_const(rows)) {
        const Document& document = m_items[i].document;
        const bool schematic = document.kind == DocumentKind::Schematic;
        const QString valid = !schematic ? u"—"_s
            : document.valid             ? u"<span class=\"valid\">"_s + html(t("oui", "yes")) + u"</span>"_s
                                         : html(t("non", "no"));
        section += u"<tr><td>"_s + html(DoePackageLabels::kindLabel(document.kind, m_language))
            + u"</td><td>"_s + documentLink(document) + u"<span class=\"file\">"_s + html(m_names[i])
            + u"</span></td><td class=\"n\">"_s + QString::number(document.revision) + u"</td><td>"_s + valid
            + u"</td><td class=\"d\">"_s + timeElement(document.createdAt, m_language)
            + u"</td><td class=\"n\" title=\""_s + html(t("%1 octets", "%1 bytes").arg(document.size))
            + u"\">"_s + html(DoePackageLabels::formattedSize(document.size, m_language))
            + u"</td><td class=\"sha\">"_s + html(document.sha256) + u"</td></tr>\n"_s;
    }
    return section + u"</tbody>\n</table>\n</section>\n"_s;
}

QString DoePackageIndex::documentTitle(const Document& document)
{
    return document.title.isEmpty() ? document.fileName : document.title;
}

QString DoePackageIndex::documentMeta(const Document& document) const
{
    QString meta = u"("_s + DoePackageLabels::kindLabel(document.kind, m_language);
    if (document.kind == DocumentKind::Schematic)
        meta += u", "_s + t("révision %1", "revision %1").arg(document.revision);
    return meta + u")"_s;
}

QString DoePackageIndex::documentLink(const Document& document) const
{
    const auto entry = m_entryByDocument.constFind(document.id);
    if (entry == m_entryByDocument.cend())
        return html(documentTitle(document));
    return u"<a href=\""_s + href(*entry) + u"\">"_s + html(documentTitle(document)) + u"</a>"_s;
}

} // namespace mycloud
