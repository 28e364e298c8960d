// DoePackageWriter on real files: every package is checked with Info-ZIP (`unzip -t`, the listing,
// the stored method, dates and modes, then extracted), its manifest re-hashed against the extracted
// files, its index.html searched for every title (escaped) and every link followed to a file.
// Hostile names, the changes section, cancel, and sources that are missing, of the wrong size, cut
// while read, or a disk that refuses the writes (a file size limit) are covered too.
#include "PackageTools.h"
#include "doe/package/DoePackageWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <cstring>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMiB = 1 << 20;

// A small PDF that readers open: one empty A4 page, offsets right.
QByteArray minimalPdf(const QByteArray& title)
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", "<< /Title (" + title + ") >>"};
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
        + " /Root 1 0 R /Info 4 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (qint64 i = 0; i + 4 <= size; i += 4) {
        const quint32 word = random.generate();
        std::memcpy(bytes.data() + i, &word, 4);
    }
    for (qint64 i = size - size % 4; i < size; ++i)
        bytes[i] = char(random.bounded(256));
    return bytes;
}

Product product(const QString& reference, const QString& name, const QString& serial = {})
{
    Product p;
    p.id = QUuid::createUuid();
    p.reference = reference;
    p.name = name;
    p.serialNumber = serial;
    return p;
}

// What a package must be, checked as a user's tools see it.
struct Expected
{
    QList<DoePackageItem> items;
    QStringList names;
    QString affairReference;
};

class Sources final
{
public:
    explicit Sources(const QString& dir)
        : m_dir(dir)
    { }

    DoePackageItem add(const Product& product, DocumentKind kind, const QString& title,
                       const QString& fileName, const QByteArray& content, qint64 revision = 1,
                       bool valid = false)
    {
        DoePackageItem item;
        item.product = product;
        item.document.id = QUuid::createUuid();
        item.document.productId = product.id;
        item.document.kind = kind;
        item.document.title = title;
        item.document.fileName = fileName;
        item.document.size = content.size();
        item.document.sha256
            = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        item.document.revision = revision;
        item.document.valid = valid;
        // Even seconds: a zip's DOS time has a two-second step.
        item.document.createdAt
            = QDateTime(QDate(2024, 3, 1 + m_count % 27), QTime(9, 30, 2 * (m_count % 30)));
        item.sourcePath = m_dir + u"/source-"_s + QString::number(++m_count);
        QFile file(item.sourcePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(item.sourcePath));
        return item;
    }

private:
    QString m_dir;
    int m_count = 0;
};

DoePackageWriter::Info info(DoePackageWriter::Language language = DoePackageWriter::Language::French)
{
    DoePackageWriter::Info i;
    i.affair.id = QUuid::createUuid();
    i.affair.reference = u"AFF-2024-0042"_s;
    i.affair.name = u"Chaufferie & réseau <Nord>"_s;
    i.affair.client = u"Hôpital \"Sainte-Odile\""_s;
    i.affair.site = u"Sélestat"_s;
    i.affair.contact = {u"Léa Martin"_s, u"+33 3 88 00 00 00"_s, u"lea.martin@b2ei.test"_s};
    i.createdAt = QDateTime(QDate(2024, 6, 11), QTime(14, 5));
    i.language = language;
    return i;
}

} // namespace

class TestDoePackageWriter final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString fresh(const QString& name) const { return m_dir.filePath(name); }

    // The whole package against what went in. QVERIFY inside: callers return on failure.
    void verifyPackage(const QString& zipPath, const DoePackageWriter::Info& packageInfo,
                       const Expected& expected, QString* indexHtml = nullptr)
    {
        const ToolRun test = runTool(u"unzip"_s, {u"-t"_s, u"-q"_s, zipPath});
        QVERIFY2(test.exitCode == 0, test.out.constData());

        // The listing: every document where entryNames() says, and the two root files.
        const ToolRun list = runTool(u"unzip"_s, {u"-Z1"_s, zipPath});
        QCOMPARE(list.exitCode, 0);
        QStringList entries = QString::fromUtf8(list.out).split(u'\n', Qt::SkipEmptyParts);
        QStringList want = expected.names;
        want << u"index.html"_s << u"manifest.csv"_s;
        entries.sort();
        want.sort();
        QCOMPARE(entries, want);

        // Documents stored (not recompressed), readable by everyone, dated as the documents.
        const ToolRun details = runTool(u"unzip"_s, {u"-Z"_s, u"-T"_s, zipPath});
        QCOMPARE(details.exitCode, 0);
        // "-rw-r--r--  3.0 unx     1048576 bx stor 20240301.093000 P01 - Panel/Photos/a b.jpg"
        static const QRegularExpression zipinfoRow(
            u"^(\\S+) +(\\S+) +(\\S+) +(\\d+) +(\\S+) +(\\S+) +(\\d{8}\\.\\d{6}) (.*)$"_s);
        QHash<QString, QStringList> columns;
        for (const QString& line : QString::fromUtf8(details.out).split(u'\n')) {
            const auto match = zipinfoRow.match(line);
            if (match.hasMatch())
                columns.insert(match.captured(8), match.capturedTexts().mid(1, 7));
        }
        for (qsizetype i = 0; i < expected.items.size(); ++i) {
            const QStringList fields = columns.value(expected.names[i]);
            QVERIFY2(fields.size() == 7, qPrintable(expected.names[i]));
            QCOMPARE(fields[0], u"-rw-r--r--"_s);
            QCOMPARE(fields[3], QString::number(expected.items[i].document.size));
            QCOMPARE(fields[5], u"stor"_s);
            QCOMPARE(fields[6],
                     expected.items[i].document.createdAt.toLocalTime().toString(u"yyyyMMdd.HHmmss"_s));
        }

        // Extracted below two empty folders: nothing may land beside `out` or above it.
        const QString outer = fresh(u"extract-"_s + QUuid::createUuid().toString(QUuid::Id128));
        const QString out = outer + u"/inner/out"_s;
        QVERIFY(QDir().mkpath(out));
        const ToolRun extract = runTool(u"unzip"_s, {u"-q"_s, zipPath, u"-d"_s, out});
        QVERIFY2(extract.exitCode == 0, extract.err.constData());
        QCOMPARE(QDir(outer).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{u"inner"_s});
        QCOMPARE(QDir(outer + u"/inner"_s).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{u"out"_s});
        qsizetype files = 0;
        for (QDirIterator it(out, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();
             it.next())
            ++files;
        QCOMPARE(files, expected.items.size() + 2); // no two names were one file

        // The manifest: one row per document, its checksum and size those of the extracted file.
        QFile manifestFile(out + u"/manifest.csv"_s);
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QByteArray manifestBytes = manifestFile.readAll();
        QVERIFY(manifestBytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseManifestCsv(QString::fromUtf8(manifestBytes.mid(3)));
        QCOMPARE(rows.value(0),
                 (QStringList{u"affaire"_s, u"produit"_s, u"type"_s, u"titre"_s, u"révision"_s, u"valide"_s,
                              u"fichier"_s, u"taille"_s, u"sha256"_s, u"date"_s}));
        QCOMPARE(rows.size(), expected.items.size() + 1);
        for (qsizetype i = 0; i < expected.items.size(); ++i) {
            const QStringList& row = rows[i + 1];
            const Document& document = expected.items[i].document;
            QCOMPARE(row.size(), 10);
            QCOMPARE(row[0], expected.affairReference);
            QCOMPARE(row[1], expected.items[i].product.reference);
            QCOMPARE(row[2], documentKindToString(document.kind));
            QCOMPARE(row[3], document.title);
            QCOMPARE(row[4], QString::number(document.revision));
            QCOMPARE(row[5], document.valid ? u"oui"_s : u"non"_s);
            QCOMPARE(row[6], expected.names[i]);
            QCOMPARE(row[7], QString::number(document.size));
            QCOMPARE(row[8], document.sha256);
            QCOMPARE(QDateTime::fromString(row[9], Qt::ISODate), document.createdAt);
            const QString path = out + u'/' + row[6];
            QCOMPARE(QFileInfo(path).size(), row[7].toLongLong());
            QCOMPARE(fileSha256(path), row[8]);
        }

        // The index: every title escaped, every link to a file of the package, every file linked.
        QFile indexFile(out + u"/index.html"_s);
        QVERIFY(indexFile.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(indexFile.readAll());
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"http:"_s) && !html.contains(u"https:"_s)); // nothing fetched
        QVERIFY(html.contains(packageInfo.affair.reference.toHtmlEscaped()));
        QVERIFY(html.contains(packageInfo.affair.name.toHtmlEscaped()));
        QVERIFY(html.contains(packageInfo.affair.client.toHtmlEscaped()));
        QVERIFY(html.contains(packageInfo.affair.site.toHtmlEscaped()));
        QVERIFY(html.contains(packageInfo.affair.contact.email.toHtmlEscaped()));
        for (const DoePackageItem& item : expected.items) {
            const QString title
                = item.document.title.isEmpty() ? item.document.fileName : item.document.title;
            QVERIFY2(html.contains(title.toHtmlEscaped()), qPrintable(title));
            QVERIFY2(html.contains(item.document.sha256), qPrintable(title));
            QVERIFY2(html.contains(item.product.reference.toHtmlEscaped()),
                     qPrintable(item.product.reference));
            if (!item.product.serialNumber.isEmpty())
                QVERIFY(html.contains(item.product.serialNumber.toHtmlEscaped()));
        }
        static const QRegularExpression link(u"<a href=\"([^\"]*)\""_s);
        QSet<QString> linked;
        for (auto match = link.globalMatch(html); match.hasNext();) {
            QString target = match.next().captured(1);
            if (target.startsWith(u'#')) {
                QVERIFY2(html.contains(u"id=\""_s + target.mid(1) + u'"'), qPrintable(target));
                continue;
            }
            target.replace(u"&amp;"_s, u"&"_s);
            QVERIFY2(!target.contains(u':') && !target.startsWith(u'/'), qPrintable(target));
            const QString relative = QUrl::fromPercentEncoding(target.toUtf8());
            QVERIFY2(QFileInfo(out + u'/' + relative).isFile(), qPrintable(target));
            // Also as a browser resolves it against the page's file:// URL.
            const QUrl resolved = QUrl::fromLocalFile(out + u"/index.html"_s).resolved(QUrl(target));
            QVERIFY2(QFileInfo(resolved.toLocalFile()).isFile(), qPrintable(resolved.toString()));
            linked.insert(relative);
        }
        for (const QString& name : std::as_const(want))
            if (name != u"index.html"_s)
                QVERIFY2(linked.contains(name), qPrintable(name));
        if (indexHtml)
            *indexHtml = html;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!qEnvironmentVariableIsEmpty("MYCLOUD_TEST_KEEP")) {
            m_dir.setAutoRemove(false);
            qInfo() << "packages kept in" << m_dir.path();
        }
        if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty())
            QFAIL("unzip (Info-ZIP) is needed: apt-get install unzip");
    }

    void packageHoldsEveryFileWithItsIndexAndManifest()
    {
        Sources sources(fresh(u"sources-1"_s));
        QVERIFY(QDir().mkpath(fresh(u"sources-1"_s)));
        const Product panel = product(u"2024-0042-P01"_s, u"TGBT bâtiment A"_s, u"SN-0001"_s);
        const Product cabinet = product(u"2024-0042-P02"_s, u"Armoire #2 100% été"_s);
        Expected expected;
        expected.affairReference = u"AFF-2024-0042"_s;
        expected.items = {
            sources.add(panel, DocumentKind::Schematic, u"Schéma unifilaire"_s, u"schéma unifilaire.pdf"_s,
                        minimalPdf("Schema"), 3, true),
            sources.add(panel, DocumentKind::Schematic, u"Schéma unifilaire"_s, u"schéma unifilaire.pdf"_s,
                        minimalPdf("Schema rev 2"), 2, false),
            sources.add(panel, DocumentKind::Photo, u"Face avant"_s, u"IMG 0001.jpg"_s, randomBytes(kMiB, 1)),
            sources.add(panel, DocumentKind::Quality, u"PV d'essais"_s, u"pv #3 100%.pdf"_s,
                        randomBytes(kMiB + 1, 2)),
            sources.add(cabinet, DocumentKind::Misc, u"Nomenclature"_s, u"nomenclature.xlsx"_s,
                        randomBytes(2 * kMiB + kMiB / 2, 3)),
            sources.add(cabinet, DocumentKind::Misc, u"Vide"_s, u"vide.txt"_s, QByteArray()),
            // Zeros compress to nothing: stored, the zip still holds all of them.
            sources.add(cabinet, DocumentKind::Photo, u"Noir"_s, u"noir.raw"_s, QByteArray(kMiB, '\0')),
        };
        expected.names = DoePackageWriter::entryNames(expected.items, DoePackageWriter::Language::French);
        QCOMPARE(expected.names[0], u"2024-0042-P01 - TGBT bâtiment A/Schémas/schéma unifilaire.pdf"_s);
        QCOMPARE(expected.names[1], u"2024-0042-P01 - TGBT bâtiment A/Schémas/schéma unifilaire (2).pdf"_s);
        QCOMPARE(expected.names[2], u"2024-0042-P01 - TGBT bâtiment A/Photos/IMG 0001.jpg"_s);
        QCOMPARE(expected.names[3], u"2024-0042-P01 - TGBT bâtiment A/Qualité/pv #3 100%.pdf"_s);
        QCOMPARE(expected.names[4], u"2024-0042-P02 - Armoire #2 100% été/Divers/nomenclature.xlsx"_s);

        // Replaces what was at the path.
        const QString zipPath = fresh(u"package-1.zip"_s);
        QFile old(zipPath);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(randomBytes(10 * kMiB, 9));
        old.close();

        qint64 total = 0;
        for (const DoePackageItem& item : std::as_const(expected.items))
            total += item.document.size;
        QList<QPair<qint64, qint64>> calls;
        const auto error
            = DoePackageWriter::write(zipPath, info(), expected.items, [&](qint64 written, qint64 all) {
                  calls.append({written, all});
                  return true;
              });
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        QVERIFY(QFileInfo(zipPath).size() > total);
        QVERIFY(QFileInfo(zipPath).size() < total + 64 * 1024);
        // One call a chunk of at most 1 MiB, growing to the total.
        QVERIFY(calls.size() >= 7);
        for (qsizetype i = 0; i < calls.size(); ++i) {
            QCOMPARE(calls[i].second, total);
            QVERIFY(calls[i].first > (i ? calls[i - 1].first : 0));
            QVERIFY(calls[i].first - (i ? calls[i - 1].first : 0) <= kMiB);
        }
        QCOMPARE(calls.last().first, total);

        QString html;
        verifyPackage(zipPath, info(), expected, &html);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(html.contains(u"<html lang=\"fr\">"_s));
        QVERIFY(html.contains(u"Dossier des ouvrages exécutés"_s));
        QVERIFY(html.contains(u"N° de série : SN-0001"_s));
        QVERIFY(html.contains(u"href=\"2024-0042-P02%20-%20Armoire%20%232%20100%25%20%C3%A9t%C3%A9/Divers/"
                              u"nomenclature.xlsx\""_s));
        QVERIFY(!html.contains(u"Changes since"_s) && !html.contains(u"Modifications depuis"_s));
    }

    void englishPackage()
    {
        Sources sources(fresh(u"sources-2"_s));
        QVERIFY(QDir().mkpath(fresh(u"sources-2"_s)));
        const Product panel = product(u"P01"_s, u"Panel"_s, u"SN-9"_s);
        Expected expected;
        expected.affairReference = u"AFF-2024-0042"_s;
        expected.items = {
            sources.add(panel, DocumentKind::Photo, u"Front"_s, u"front.jpg"_s, randomBytes(1000, 4)),
            sources.add(panel, DocumentKind::Schematic, u"Wiring"_s, u"wiring.pdf"_s, minimalPdf("W"), 1,
                        true),
            sources.add(panel, DocumentKind::Quality, u"Test report"_s, u"report.pdf"_s, minimalPdf("R")),
            sources.add(panel, DocumentKind::Misc, u"Manual"_s, u"manual.pdf"_s, minimalPdf("M")),
        };
        expected.names = DoePackageWriter::entryNames(expected.items, DoePackageWriter::Language::English);
        QCOMPARE(expected.names,
                 (QStringList{u"P01 - Panel/Photos/front.jpg"_s, u"P01 - Panel/Schematics/wiring.pdf"_s,
                              u"P01 - Panel/Quality/report.pdf"_s, u"P01 - Panel/Misc/manual.pdf"_s}));
        QCOMPARE(DoePackageWriter::entryNames(expected.items, DoePackageWriter::Language::French),
                 (QStringList{u"P01 - Panel/Photos/front.jpg"_s, u"P01 - Panel/Schémas/wiring.pdf"_s,
                              u"P01 - Panel/Qualité/report.pdf"_s, u"P01 - Panel/Divers/manual.pdf"_s}));
        const QString zipPath = fresh(u"package-2.zip"_s);
        const DoePackageWriter::Info english = info(DoePackageWriter::Language::English);
        const auto error = DoePackageWriter::write(zipPath, english, expected.items);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        QString html;
        verifyPackage(zipPath, english, expected, &html); // the manifest's header is French still
        if (QTest::currentTestFailed())
            return;
        QVERIFY(html.contains(u"<html lang=\"en\">"_s));
        QVERIFY(html.contains(u"As-built package"_s));
        QVERIFY(html.contains(u"Serial number: SN-9"_s));
        QVERIFY(!html.contains(u"Dossier des ouvrages"_s));
    }

    void hostileNamesStayInsideAndUnique()
    {
        Sources sources(fresh(u"sources-3"_s));
        QVERIFY(QDir().mkpath(fresh(u"sources-3"_s)));
        const Product traversal = product(u"../.."_s, u"<b>x</b>"_s, u"<script>alert(1)</script>"_s);
        const Product upper = product(u"P1"_s, u"A"_s);
        const Product lower = product(u"p1"_s, u"a"_s); // another product, one folder on Windows
        const Product device = product(u"CON"_s, QString());
        // A name as long as a server allows: its folder and files stay openable on Windows.
        const Product verbose = product(u"P-LONG"_s, QString(250, u'N'));
        const QList<QPair<QString, QString>> names{
            {u"../../etc/passwd"_s, u"<script>alert(\"x\")</script>"_s},
            {u"C:\\evil.pdf"_s, u"</td></tr></table><img src=x onerror=alert(1)>"_s},
            {u"CON.pdf"_s, u"\"quoted\" & 'single' <tag>"_s},
            {u"a/b\\c"_s, u"a/b\\c"_s},
            {u"nul\0byte.pdf"_s, u"Nul byte"_s},
            {u"new\nline.pdf"_s, u"New line"_s},
            {QString(300, u'L') + u".pdf"_s, u"Long"_s},
            {QString(300, u'L') + u".pdf"_s, u"Long again"_s},
            {u"Plan.pdf"_s, u"Plan upper"_s},
            {u"plan.pdf"_s, u"Plan lower"_s},
            {u"/abs/root.pdf"_s, u"Absolute"_s},
            {u".."_s, u"Dot dot"_s},
            {QString(), u"No file name"_s},
            {u"photo\u202Egpj.exe"_s, u"Bidi"_s},
            {u"é.pdf"_s, u"NFC"_s},
            {u"e\u0301.pdf"_s, u"NFD"_s},
        };
        Expected expected;
        expected.affairReference = u"AFF-2024-0042"_s;
        int seed = 10;
        for (const auto& [fileName, title] : names)
            expected.items << sources.add(traversal, DocumentKind::Misc, title, fileName,
                                          randomBytes(100, ++seed));
        for (const Product& p : {upper, lower, device})
            expected.items << sources.add(p, DocumentKind::Schematic, u"Plan"_s, u"plan.pdf"_s,
                                          minimalPdf("P"));
        for (int i = 0; i < 2; ++i) // one name twice: both kept, numbered within the length
            expected.items << sources.add(verbose, DocumentKind::Quality, u"Long"_s,
                                          QString(250, u'D') + u".pdf"_s, randomBytes(50, 40 + i));
        expected.names = DoePackageWriter::entryNames(expected.items, DoePackageWriter::Language::French);
        QCOMPARE(expected.names.size(), expected.items.size());

        static const QRegularExpression deviceName(u"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]) *(\\..*)?$"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
        QSet<QString> seen;
        QSet<QString> folders;
        for (const QString& name : std::as_const(expected.names)) {
            const QStringList parts = name.split(u'/');
            QCOMPARE(parts.size(), 3);
            // Room for where it is extracted within Windows' 260 characters.
            QVERIFY2(name.size() <= 200, qPrintable(name));
            for (const QString& part : parts) {
                QVERIFY2(!part.isEmpty() && part != u"."_s && part != u".."_s, qPrintable(name));
                QVERIFY2(!part.startsWith(u'.') && !part.endsWith(u'.') && !part.endsWith(u' '),
                         qPrintable(name));
                QVERIFY2(part.size() <= 150 && part.toUtf8().size() <= 255, qPrintable(name));
                QVERIFY2(!deviceName.match(part).hasMatch(), qPrintable(name));
                for (const QChar c : part)
                    QVERIFY2(c.unicode() >= 0x20 && !QStringView(u"\\:*?\"<>|\u202E").contains(c),
                             qPrintable(name));
            }
            const QString key = name.normalized(QString::NormalizationForm_C).toLower();
            QVERIFY2(!seen.contains(key), qPrintable(name));
            seen.insert(key);
            folders.insert(parts[0].toLower());
        }
        QCOMPARE(folders.size(), 5); // the traversal product, P1, p1 (numbered), CON, the long one
        QVERIFY(expected.names.contains(u"_.. - _b_x__b_/Divers/_.._etc_passwd"_s));
        QVERIFY(expected.names.contains(u"_.. - _b_x__b_/Divers/C__evil.pdf"_s));
        QVERIFY(expected.names.contains(u"_.. - _b_x__b_/Divers/_CON.pdf"_s));
        QVERIFY(expected.names.contains(u"_.. - _b_x__b_/Divers/plan (2).pdf"_s));
        QVERIFY(expected.names.contains(u"p1 - a (2)/Schémas/plan.pdf"_s));
        QVERIFY(expected.names.contains(u"CON -/Schémas/plan.pdf"_s)); // "CON -" is no device
        // The long ones: cut, extension kept, the second numbered.
        const QStringList verboseNames = expected.names.filter(u"P-LONG - NNN"_s);
        QCOMPARE(verboseNames.size(), 2);
        QCOMPARE(verboseNames[0].section(u'/', 0, 0).size(), 80);
        QVERIFY2(verboseNames[0].endsWith(u"DDD.pdf"_s), qPrintable(verboseNames[0]));
        QVERIFY2(verboseNames[1].endsWith(u"DDD (2).pdf"_s), qPrintable(verboseNames[1]));
        QCOMPARE(verboseNames[0].size(), 200);

        const QString zipPath = fresh(u"package-3.zip"_s);
        const auto error = DoePackageWriter::write(zipPath, info(), expected.items);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        QString html;
        verifyPackage(zipPath, info(), expected, &html);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!html.contains(u"<img"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<b>"_s));
        QVERIFY(html.contains(u"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"_s));
        QVERIFY(!html.contains(QChar(0)));
    }

    void changesSinceThePreviousExport_data()
    {
        QTest::addColumn<bool>("french");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("nothing");
        QTest::newRow("French")
            << true << u"Modifications depuis l'export du <time datetime=\"2024-05-02T08:00:00Z\">"_s
            << u"Aucune modification depuis l'export du <time"_s;
        QTest::newRow("English") << false
                                 << u"Changes since the export of <time datetime=\"2024-05-02T08:00:00Z\">"_s
                                 << u"No change since the export of <time"_s;
    }

    void changesSinceThePreviousExport()
    {
        QFETCH(bool, french);
        const auto language
            = french ? DoePackageWriter::Language::French : DoePackageWriter::Language::English;
        QFETCH(QString, heading);
        QFETCH(QString, nothing);
        const QString folder = fresh(u"sources-4-"_s + QString::fromUtf8(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(folder));
        Sources sources(folder);
        const Product panel = product(u"P01"_s, u"Panel"_s);
        Expected expected;
        expected.affairReference = u"AFF-2024-0042"_s;
        expected.items = {
            sources.add(panel, DocumentKind::Schematic, u"Wiring <rev 4>"_s, u"wiring.pdf"_s, minimalPdf("4"),
                        4, true),
            sources.add(panel, DocumentKind::Photo, u"New photo"_s, u"new.jpg"_s, randomBytes(500, 40)),
            sources.add(panel, DocumentKind::Misc, u"Unchanged"_s, u"same.pdf"_s, minimalPdf("S")),
        };
        expected.names = DoePackageWriter::entryNames(expected.items, language);
        Document removed;
        removed.id = QUuid::createUuid();
        removed.productId = panel.id;
        removed.kind = DocumentKind::Quality;
        removed.title = u"Old report & <notes>"_s;
        removed.fileName = u"old.pdf"_s;

        DoePackageWriter::Info packageInfo = info(language);
        DoePackageChanges changes;
        changes.previousExport = QDateTime(QDate(2024, 5, 2), QTime(8, 0), Qt::UTC);
        changes.revised = {expected.items[0]};
        changes.added = {expected.items[1]};
        changes.removed = {removed};
        packageInfo.changes = changes;
        const QString zipPath
            = fresh(u"package-4-"_s + QString::fromUtf8(QTest::currentDataTag()) + u".zip"_s);
        auto error = DoePackageWriter::write(zipPath, packageInfo, expected.items);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        QString html;
        verifyPackage(zipPath, packageInfo, expected, &html);
        if (QTest::currentTestFailed())
            return;
        const qsizetype start = html.indexOf(heading);
        QVERIFY2(start > 0, qPrintable(html));
        const QString section = html.mid(start, html.indexOf(u"</section>"_s, start) - start);
        QVERIFY(section.contains(u"Wiring &lt;rev 4&gt;"_s));
        QVERIFY(section.contains(
            u"href=\""_s + QString::fromLatin1(QUrl::toPercentEncoding(expected.names[0], "/")) + u'"'));
        QVERIFY(section.contains(
            u"href=\""_s + QString::fromLatin1(QUrl::toPercentEncoding(expected.names[1], "/")) + u'"'));
        QVERIFY(section.contains(u"Old report &amp; &lt;notes&gt;"_s));
        QVERIFY(!section.contains(u"Unchanged"_s));
        QVERIFY(section.contains(language == DoePackageWriter::Language::French ? u"révision 4"_s
                                                                                : u"revision 4"_s));

        // Known and empty: said so.
        packageInfo.changes = DoePackageChanges{changes.previousExport, {}, {}, {}};
        error = DoePackageWriter::write(zipPath, packageInfo, expected.items);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        verifyPackage(zipPath, packageInfo, expected, &html);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(html.contains(nothing), qPrintable(html));
        QVERIFY(!html.contains(heading));
    }

    void cancelRemovesThePackage()
    {
        const QString folder = fresh(u"sources-5"_s);
        QVERIFY(QDir().mkpath(folder));
        Sources sources(folder);
        const Product panel = product(u"P01"_s, u"Panel"_s);
        const QList<DoePackageItem> items{
            sources.add(panel, DocumentKind::Misc, u"Big"_s, u"big.bin"_s, randomBytes(3 * kMiB, 50)),
            sources.add(panel, DocumentKind::Misc, u"Other"_s, u"other.bin"_s, randomBytes(kMiB, 51)),
        };
        const QString zipPath = fresh(u"package-5.zip"_s);
        int calls = 0;
        bool written = true;
        const auto error = DoePackageWriter::write(zipPath, info(), items, [&](qint64, qint64) {
            written = written && QFileInfo(zipPath).size() > 0; // being written there
            return ++calls < 2;
        });
        QVERIFY(error);
        QCOMPARE(*error, DoePackageWriter::kCancelled);
        QCOMPARE(calls, 2);
        QVERIFY(written);
        QVERIFY(!QFileInfo::exists(zipPath));
    }

    void missingSourceFails()
    {
        const QString folder = fresh(u"sources-6"_s);
        QVERIFY(QDir().mkpath(folder));
        Sources sources(folder);
        const Product panel = product(u"P01"_s, u"Panel"_s);
        QList<DoePackageItem> items{
            sources.add(panel, DocumentKind::Misc, u"There"_s, u"there.bin"_s, randomBytes(kMiB, 60)),
            sources.add(panel, DocumentKind::Misc, u"Gone"_s, u"gone.bin"_s, randomBytes(1000, 61)),
        };
        QVERIFY(QFile::remove(items[1].sourcePath));
        const QString zipPath = fresh(u"package-6.zip"_s);
        const auto error = DoePackageWriter::write(zipPath, info(), items);
        QVERIFY(error);
        QVERIFY2(error->contains(items[1].sourcePath) && error->contains(u"gone.bin"_s), qPrintable(*error));
        QVERIFY(!QFileInfo::exists(zipPath));
    }

    void sourceOfAnotherSizeFails_data()
    {
        QTest::addColumn<qint64>("actual");
        QTest::newRow("truncated cache file") << qint64(kMiB + 10);
        QTest::newRow("empty") << qint64(0);
        QTest::newRow("longer") << qint64(2 * kMiB + 1);
    }

    void sourceOfAnotherSizeFails()
    {
        QFETCH(qint64, actual);
        const QString folder = fresh(u"sources-7-"_s + QString::fromUtf8(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(folder));
        Sources sources(folder);
        const Product panel = product(u"P01"_s, u"Panel"_s);
        QList<DoePackageItem> items{
            sources.add(panel, DocumentKind::Photo, u"Photo"_s, u"photo.jpg"_s, randomBytes(2 * kMiB, 70))};
        QVERIFY(QFile::resize(items[0].sourcePath, actual));
        const QString zipPath = fresh(u"package-7.zip"_s);
        const auto error = DoePackageWriter::write(zipPath, info(), items);
        QVERIFY(error);
        QVERIFY2(error->contains(u"holds %1 bytes"_s.arg(actual)) && error->contains(u"2097152"_s),
                 qPrintable(*error));
        QVERIFY(!QFileInfo::exists(zipPath));
    }

    void sourceCutWhileReadFails()
    {
        const QString folder = fresh(u"sources-8"_s);
        QVERIFY(QDir().mkpath(folder));
        Sources sources(folder);
        const Product panel = product(u"P01"_s, u"Panel"_s);
        QList<DoePackageItem> items{
            sources.add(panel, DocumentKind::Misc, u"Big"_s, u"big.bin"_s, randomBytes(3 * kMiB, 80))};
        const QString zipPath = fresh(u"package-8.zip"_s);
        // Another process cuts the file after the first chunk was read (a cache eviction, a disk fault).
        const auto error = DoePackageWriter::write(zipPath, info(), items, [&](qint64 written, qint64) {
            if (written == kMiB)
                QFile::resize(items[0].sourcePath, kMiB + kMiB / 2);
            return true;
        });
        QVERIFY(error);
        QVERIFY2(error->contains(u"ended after 1572864 of its 3145728 bytes"_s), qPrintable(*error));
        QVERIFY(!QFileInfo::exists(zipPath));
    }

    void refusedWriteFails()
    {
#ifndef Q_OS_UNIX
        QSKIP("needs RLIMIT_FSIZE");
#else
        // A file size limit makes write() fail as a full disk does, without filling one.
        const QString folder = fresh(u"sources-9"_s);
        QVERIFY(QDir().mkpath(folder));
        Sources sources(folder);
        const Product panel = product(u"P01"_s, u"Panel"_s);
        const QList<DoePackageItem> items{
            sources.add(panel, DocumentKind::Misc, u"Big"_s, u"big.bin"_s, randomBytes(4 * kMiB, 90))};
        const QString zipPath = fresh(u"package-9.zip"_s);
        rlimit before{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = before;
        limited.rlim_cur = 2 * kMiB + 12345;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        const auto error = DoePackageWriter::write(zipPath, info(), items);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &before), 0);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY(error);
        QVERIFY2(error->startsWith(u"cannot write "_s + zipPath + u": "_s) && error->contains(u"too large"_s),
                 qPrintable(*error));
        QVERIFY(!QFileInfo::exists(zipPath));
#endif
    }

    void destinationThatCannotBeCreatedFails()
    {
        const QString zipPath = fresh(u"no such folder/package.zip"_s);
        const auto error = DoePackageWriter::write(zipPath, info(), {});
        QVERIFY(error);
        QVERIFY2(error->startsWith(u"cannot create "_s + zipPath), qPrintable(*error));
    }

    void emptyPackageHasItsIndexAndManifest()
    {
        const QString zipPath = fresh(u"package-empty.zip"_s);
        const auto error = DoePackageWriter::write(zipPath, info(), {});
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        Expected expected;
        expected.affairReference = u"AFF-2024-0042"_s;
        QString html;
        verifyPackage(zipPath, info(), expected, &html);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(html.contains(u"Aucun document."_s));
    }

    void entryOverFourGiB()
    {
        // Zip64 for real needs a 4 GiB entry: 4 GiB written and read back by unzip -t (about 20 s,
        // 4 GiB of disk), so only on demand. The source is sparse.
        if (qEnvironmentVariableIsEmpty("MYCLOUD_TEST_ZIP64"))
            QSKIP("set MYCLOUD_TEST_ZIP64=1 to write and check a package with a 4.1 GiB entry");
        const QString folder = fresh(u"sources-10"_s);
        QVERIFY(QDir().mkpath(folder));
        Sources sources(folder);
        const Product panel = product(u"P01"_s, u"Panel"_s);
        DoePackageItem item = sources.add(panel, DocumentKind::Misc, u"Huge"_s, u"huge.bin"_s, "tail");
        const qint64 size = (qint64(4) << 30) + 100 * kMiB;
        {
            QFile file(item.sourcePath);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(size));
            QVERIFY(file.seek(size - 4));
            file.write("tail");
        }
        item.document.size = size;
        const QList<DoePackageItem> items{
            item, sources.add(panel, DocumentKind::Misc, u"After"_s, u"after.bin"_s, randomBytes(1000, 100))};
        const QString zipPath = fresh(u"package-10.zip"_s);
        const auto error = DoePackageWriter::write(zipPath, info(), items);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        const ToolRun test = runTool(u"unzip"_s, {u"-t"_s, u"-q"_s, zipPath});
        QVERIFY2(test.exitCode == 0, test.out.constData());
        const ToolRun listing = runTool(u"unzip"_s, {u"-Z"_s, u"-T"_s, zipPath});
        QVERIFY2(listing.out.contains(QByteArray(QByteArray::number(size) + " bx stor")),
                 listing.out.constData());
        const ToolRun after = runTool(u"unzip"_s, {u"-p"_s, zipPath, u"P01 - Panel/Divers/after.bin"_s});
        QCOMPARE(after.out, randomBytes(1000, 100));
        QFile::remove(zipPath);
    }
};

QTEST_GUILESS_MAIN(TestDoePackageWriter)
#include "tst_doepackagewriter.moc"
