#include "DoePackageWriter.h"

#include "domain/SafeFileName.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QUrl>
#include <QtEndian>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

using Language = DoePackageWriter::Language;

// Large enough that the system calls cost nothing next to the copy, small enough to stay out of
// the memory figures.
constexpr qint64 kChunk = 1 << 20;

const QString kIndexName = u"index.html"_s;
const QString kManifestName = u"manifest.csv"_s;

QString text(Language language, const char* french, const char* english)
{
    return QString::fromUtf8(language == Language::French ? french : english);
}

QLocale locale(Language language)
{
    return QLocale(language == Language::French ? QLocale::French : QLocale::English);
}

QString kindFolder(DocumentKind kind, Language language)
{
    switch (kind) {
    case DocumentKind::Photo: return u"Photos"_s;
    case DocumentKind::Schematic: return text(language, "Schémas", "Schematics");
    case DocumentKind::Quality: return text(language, "Qualité", "Quality");
    case DocumentKind::Misc: return text(language, "Divers", "Misc");
    }
    return text(language, "Divers", "Misc");
}

QString kindLabel(DocumentKind kind, Language language)
{
    switch (kind) {
    case DocumentKind::Photo: return u"Photo"_s;
    case DocumentKind::Schematic: return text(language, "Schéma", "Schematic");
    case DocumentKind::Quality: return text(language, "Qualité", "Quality");
    case DocumentKind::Misc: return text(language, "Divers", "Misc");
    }
    return text(language, "Divers", "Misc");
}

// Case-insensitive and normalisation-insensitive, like the file systems of Windows and macOS: two
// names that are one file there must not both be in the package.
QString identity(const QString& path)
{
    return path.normalized(QString::NormalizationForm_C).toLower();
}

// The n-th entry of one name, "plan (2).pdf": the number goes before the extension, so that the
// copy still opens, and into the stem, so that SafeFileName's length cap cannot cut it off (which
// would give the same name again, for ever). Folders have no extension.
QString numberedName(const QString& safeName, int n, bool keepExtension)
{
    const qsizetype dot = keepExtension ? safeName.lastIndexOf(u'.') : -1;
    const QString extension = dot > 0 && safeName.size() - dot <= 10 ? safeName.mid(dot) : QString();
    const QString suffix = u" ("_s + QString::number(n) + u')' + extension;
    QString stem = safeName.left(safeName.size() - extension.size());
    for (;;) {
        const QString candidate = SafeFileName::component(stem + suffix);
        if (candidate.endsWith(suffix) || stem.isEmpty())
            return candidate;
        stem.chop(stem.size() > 1 && stem.at(stem.size() - 1).isLowSurrogate() ? 2 : 1);
    }
}

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

QString csvField(const QString& value)
{
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString formattedDate(const QDateTime& when, Language language)
{
    if (!when.isValid())
        return u"—"_s;
    return locale(language).toString(
        when.toLocalTime(), language == Language::French ? u"dd/MM/yyyy HH:mm"_s : u"d MMM yyyy HH:mm"_s);
}

QString timeElement(const QDateTime& when, Language language)
{
    if (!when.isValid())
        return u"—"_s;
    return u"<time datetime=\""_s + when.toUTC().toString(Qt::ISODate) + u"\">"_s
        + html(formattedDate(when, language)) + u"</time>"_s;
}

QString formattedSize(qint64 bytes, Language language)
{
    return locale(language).formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString productHeading(const Product& product)
{
    if (product.name.isEmpty())
        return product.reference;
    return product.reference.isEmpty() ? product.name : product.reference + u" — "_s + product.name;
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

// The package's index.html: everything from the server escaped, no script, nothing fetched.
class IndexPage final
{
public:
    IndexPage(const DoePackageWriter::Info& info, const QList<DoePackageItem>& items,
              const QStringList& names)
        : m_info(info)
        , m_items(items)
        , m_names(names)
        , m_language(info.language)
    {
        for (qsizetype i = 0; i < items.size(); ++i)
            m_entryByDocument.insert(items[i].document.id, names[i]);
    }

    QByteArray render() const
    {
        const Affair& affair = m_info.affair;
        const QString heading = t("Dossier des ouvrages exécutés (DOE)", "As-built package (DOE)");
        const QString affairName = affair.reference.isEmpty() ? affair.name
            : affair.name.isEmpty()                           ? affair.reference
                                                              : affair.reference + u" — "_s + affair.name;
        QString page = u"<!DOCTYPE html>\n<html lang=\""_s
            + (m_language == Language::French ? u"fr"_s : u"en"_s)
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

private:
    QString t(const char* french, const char* english) const { return text(m_language, french, english); }

    QString affairSection() const
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
                     .arg(formattedSize(total, m_language))));
        row(t("Liste pour import", "Machine-readable list"),
            u"<a href=\""_s + href(kManifestName) + u"\">"_s + html(kManifestName)
                + u"</a> <span class=\"meta\">"_s
                + html(t("(UTF-8, séparateur ;, une ligne par document)",
                         "(UTF-8, ';' separated, one row per document)"))
                + u"</span>"_s);
        return section + u"</dl>\n</section>\n"_s;
    }

    QString changesSection(const DoePackageChanges& changes) const
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
            section
                += u"<h3>"_s + html(title) + u" ("_s + QString::number(items.size()) + u")</h3>\n<ul>\n"_s;
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
                    + html(documentTitle(document)) + u" <span class=\"meta\">"_s
                    + html(documentMeta(document)) + u"</span></li>\n"_s;
            }
            section += u"</ul>\n"_s;
        }
        return section + u"</section>\n"_s;
    }

    QString contentsSection() const
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
                + html(productHeading(item.product)) + u"</a></li>\n"_s;
        }
        return section + u"</ul></nav>\n</section>\n"_s;
    }

    QString productSection(qsizetype index, const QUuid& productId) const
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
            + html(productHeading(product)) + u"</h2>\n"_s;
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
                : document.valid ? u"<span class=\"valid\">"_s + html(t("oui", "yes")) + u"</span>"_s
                                 : html(t("non", "no"));
            section += u"<tr><td>"_s + html(kindLabel(document.kind, m_language)) + u"</td><td>"_s
                + documentLink(document) + u"<span class=\"file\">"_s + html(m_names[i])
                + u"</span></td><td class=\"n\">"_s + QString::number(document.revision) + u"</td><td>"_s
                + valid + u"</td><td class=\"d\">"_s + timeElement(document.createdAt, m_language)
                + u"</td><td class=\"n\" title=\""_s + html(t("%1 octets", "%1 bytes").arg(document.size))
                + u"\">"_s + html(formattedSize(document.size, m_language)) + u"</td><td class=\"sha\">"_s
                + html(document.sha256) + u"</td></tr>\n"_s;
        }
        return section + u"</tbody>\n</table>\n</section>\n"_s;
    }

    static QString documentTitle(const Document& document)
    {
        return document.title.isEmpty() ? document.fileName : document.title;
    }

    QString documentMeta(const Document& document) const
    {
        QString meta = u"("_s + kindLabel(document.kind, m_language);
        if (document.kind == DocumentKind::Schematic)
            meta += u", "_s + t("révision %1", "revision %1").arg(document.revision);
        return meta + u")"_s;
    }

    QString documentLink(const Document& document) const
    {
        const auto entry = m_entryByDocument.constFind(document.id);
        if (entry == m_entryByDocument.cend())
            return html(documentTitle(document));
        return u"<a href=\""_s + href(*entry) + u"\">"_s + html(documentTitle(document)) + u"</a>"_s;
    }

    const DoePackageWriter::Info& m_info;
    const QList<DoePackageItem>& m_items;
    const QStringList& m_names;
    const Language m_language;
    QHash<QUuid, QString> m_entryByDocument;
};

QByteArray manifest(const DoePackageWriter::Info& info, const QList<DoePackageItem>& items,
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

// Why the zip could not be written. A write the disk cuts short (full, or over a size limit) leaves
// QFile without an error: the system refuses only the next write, which Qt does not try.
QString writeError(const QFile& out)
{
    return out.error() != QFileDevice::NoError ? out.errorString()
                                               : u"short write: the disk is full or the file too large"_s;
}

QuaZipNewInfo entryInfo(const QString& name, const QDateTime& date, qint64 size)
{
    QuaZipNewInfo entry(name);
    entry.dateTime = date.isValid() ? date.toLocalTime() : QDateTime::currentDateTime();
    entry.uncompressedSize = static_cast<quint64>(size);
    // Readable by everyone once extracted, like the files Info-ZIP packs.
    entry.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return entry;
}

quint16 le16(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

quint32 le32(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

quint64 le64(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint64>(bytes.constData() + at);
}

// QuaZip 1.4's minizip marks every entry that needs zip64 fields (an entry or an offset past
// 4 GiB) and the zip64 end record as needing version 6.3, which Info-ZIP's unzip 6.0 refuses
// ("unsupported compression or encoding"); zip64 needs 4.5. It also says "made by MS-DOS" for
// those entries, so their Unix modes would be ignored. Both are set right in the central
// directory, which readers trust. Packages under 4 GiB have no zip64 record: nothing to do.
std::optional<QString> fixZip64Versions(QFile& out)
{
    constexpr quint32 kEndSignature = 0x06054b50;
    constexpr quint32 kLocatorSignature = 0x07064b50;
    constexpr quint32 kEnd64Signature = 0x06064b50;
    constexpr quint32 kCentralSignature = 0x02014b50;
    constexpr quint16 kMinizipVersion = 63;
    constexpr quint16 kZip64Version = 45;
    constexpr quint16 kMadeByUnix = 3 << 8;
    auto broken = [&out](const QString& why) {
        return u"cannot set the zip64 versions of %1: %2"_s.arg(out.fileName(), why);
    };
    const qint64 size = out.size();
    auto readAt
        = [&out](qint64 offset, qint64 length) { return out.seek(offset) ? out.read(length) : QByteArray(); };
    auto writeAt = [&out](qint64 offset, const QByteArray& bytes) {
        return out.seek(offset) && out.write(bytes) == bytes.size();
    };
    // No archive comment: the end record is the last 22 bytes, the zip64 locator the 20 before.
    const QByteArray end = readAt(size - 22, 22);
    if (end.size() != 22 || le32(end, 0) != kEndSignature)
        return broken(u"no end record"_s);
    const QByteArray locator = readAt(size - 42, 20);
    if (locator.size() != 20 || le32(locator, 0) != kLocatorSignature)
        return std::nullopt;
    const qint64 end64Offset = qint64(le64(locator, 8));
    QByteArray end64 = readAt(end64Offset, 56);
    if (end64.size() != 56 || le32(end64, 0) != kEnd64Signature)
        return broken(u"no zip64 end record"_s);
    if (le16(end64, 14) == kMinizipVersion) {
        qToLittleEndian<quint16>(kZip64Version, end64.data() + 14);
        if (!writeAt(end64Offset, end64))
            return broken(writeError(out));
    }
    const qint64 centralSize = qint64(le64(end64, 40));
    const qint64 centralOffset = qint64(le64(end64, 48));
    QByteArray central = readAt(centralOffset, centralSize);
    if (central.size() != centralSize)
        return broken(u"short central directory"_s);
    bool changed = false;
    for (qsizetype at = 0; at < central.size();) {
        if (central.size() - at < 46 || le32(central, at) != kCentralSignature)
            return broken(u"bad central directory entry"_s);
        if (le16(central, at + 6) == kMinizipVersion) {
            qToLittleEndian<quint16>(kZip64Version, central.data() + at + 6);
            qToLittleEndian<quint16>(kMadeByUnix | kZip64Version, central.data() + at + 4);
            changed = true;
        }
        at += 46 + le16(central, at + 28) + le16(central, at + 30) + le16(central, at + 32);
    }
    if (changed && !writeAt(centralOffset, central))
        return broken(writeError(out));
    return std::nullopt;
}

// The zip into `out` (open); the caller removes the file on error. QuaZip and its entries are
// closed here, before `out`.
std::optional<QString> writeZip(QFile& out, const DoePackageWriter::Info& info,
                                const QList<DoePackageItem>& items,
                                const DoePackageWriter::Progress& progress)
{
    const QString& zipPath = out.fileName();
    const QStringList names = DoePackageWriter::entryNames(items, info.language);
    qint64 total = 0;
    for (const DoePackageItem& item : items)
        total += item.document.size;

    QuaZip zip(&out);
    zip.setAutoClose(false); // `out` is closed by the caller, which checks its flush
    zip.setZip64Enabled(true);
    zip.setUtf8Enabled(true);
    // Local headers are rewritten in place (the file is seekable): no data descriptors, which some
    // older readers mishandle on stored entries.
    zip.setDataDescriptorWritingEnabled(false);
    if (!zip.open(QuaZip::mdCreate))
        return u"cannot create %1 (zip error %2)"_s.arg(zipPath, QString::number(zip.getZipError()));

    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 written = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const DoePackageItem& item = items[i];
        const qint64 size = item.document.size;
        QFile source(item.sourcePath);
        if (!source.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return u"cannot open %1 for \"%2\": %3"_s.arg(item.sourcePath, names[i], source.errorString());
        // The checksum in the manifest is the document's; a truncated or stale cache file must not
        // give a package whose files disagree with it.
        if (source.size() != size)
            return u"%1 holds %2 bytes, the document \"%3\" has %4"_s.arg(
                item.sourcePath, QString::number(source.size()), names[i], QString::number(size));
        QuaZipFile entry(&zip);
        // Stored as is: PDF, JPEG and PNG are compressed already, and stored entries can be checked
        // or extracted fast on any system.
        if (!entry.open(QIODevice::WriteOnly, entryInfo(names[i], item.document.createdAt, size), nullptr, 0,
                        0, 0))
            return u"cannot add %1 to %2 (zip error %3)"_s.arg(names[i], zipPath,
                                                               QString::number(entry.getZipError()));
        for (qint64 left = size; left > 0;) {
            const qint64 got = source.read(buffer.data(), std::min(kChunk, left));
            if (got < 0)
                return u"cannot read %1: %2"_s.arg(item.sourcePath, source.errorString());
            if (got == 0)
                return u"%1 ended after %2 of its %3 bytes"_s.arg(
                    item.sourcePath, QString::number(size - left), QString::number(size));
            if (entry.write(buffer.constData(), got) != got)
                return u"cannot write %1: %2"_s.arg(zipPath, writeError(out));
            left -= got;
            written += got;
            if (progress && !progress(written, total))
                return DoePackageWriter::kCancelled;
        }
        entry.close();
        if (entry.getZipError() != ZIP_OK)
            return u"cannot finish %1 in %2: %3"_s.arg(names[i], zipPath, writeError(out));
    }

    const QDateTime now = info.createdAt.isValid() ? info.createdAt : QDateTime::currentDateTime();
    const QList<QPair<QString, QByteArray>> texts{{kIndexName, IndexPage(info, items, names).render()},
                                                  {kManifestName, manifest(info, items, names)}};
    for (const auto& [name, bytes] : texts) {
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly, entryInfo(name, now, bytes.size()), nullptr, 0, Z_DEFLATED)
            || entry.write(bytes) != bytes.size())
            return u"cannot write %1 in %2: %3"_s.arg(name, zipPath, writeError(out));
        entry.close();
        if (entry.getZipError() != ZIP_OK)
            return u"cannot finish %1 in %2: %3"_s.arg(name, zipPath, writeError(out));
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK)
        return u"cannot close %1 (zip error %2): %3"_s.arg(zipPath, QString::number(zip.getZipError()),
                                                           writeError(out));
    return fixZip64Versions(out);
}

} // namespace

std::optional<QString> DoePackageWriter::write(const QString& zipPath, const Info& info,
                                               const QList<DoePackageItem>& items, const Progress& progress)
{
    std::optional<QString> error;
    {
        QFile out(zipPath);
        // Read too: the zip64 records are read back once written (fixZip64Versions).
        if (!out.open(QIODevice::ReadWrite | QIODevice::Truncate)) {
            error = u"cannot create %1: %2"_s.arg(zipPath, out.errorString());
        } else {
            error = writeZip(out, info, items, progress);
            // The last bytes may still be in QFile's buffer: a full disk can show only here.
            if (!error && !out.flush())
                error = u"cannot write %1: %2"_s.arg(zipPath, writeError(out));
            out.close();
        }
    }
    if (error)
        QFile::remove(zipPath);
    return error;
}

QStringList DoePackageWriter::entryNames(const QList<DoePackageItem>& items, Language language)
{
    // The root holds index.html and manifest.csv; a product folder never takes their names.
    QSet<QString> usedFolders{identity(kIndexName), identity(kManifestName)};
    QHash<QUuid, QString> folders;
    QSet<QString> usedNames;
    QStringList names;
    names.reserve(items.size());
    for (const DoePackageItem& item : items) {
        auto folder = folders.constFind(item.product.id);
        if (folder == folders.cend()) {
            // Two products whose names clean up alike (or differ only in case) get two folders.
            const QString safe
                = SafeFileName::component(item.product.reference + u" - "_s + item.product.name);
            QString name = safe;
            for (int n = 2; usedFolders.contains(identity(name)); ++n)
                name = numberedName(safe, n, false);
            usedFolders.insert(identity(name));
            folder = folders.insert(item.product.id, name);
        }
        const QString directory = *folder + u'/' + kindFolder(item.document.kind, language) + u'/';
        const Document& document = item.document;
        const QString safeName
            = SafeFileName::component(document.fileName.isEmpty() ? document.title : document.fileName);
        QString name = directory + safeName;
        for (int n = 2; usedNames.contains(identity(name)); ++n) // two files of one name: keep both
            name = directory + numberedName(safeName, n, true);
        usedNames.insert(identity(name));
        names.append(name);
    }
    return names;
}

} // namespace mycloud
