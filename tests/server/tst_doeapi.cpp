// DOE exports on the real mycloud-server process (see ServerProcess): the selection and its size
// checked against the documents list, the zip checked with Info-ZIP's unzip and its manifest
// against the files it holds, ranges, refusals, expiry, a build that fails for real, and the
// e-mailed link of a package over 500 MB (a sparse file added with `mycloud-server admin`).
#include "MailParsing.h"
#include "PackageTools.h"
#include "ServerProcess.h"
#include "TestValues.h"
#include "domain/Affair.h"
#include "domain/Document.h"
#include "domain/DoeExport.h"
#include "domain/JsonCodec.h"
#include "domain/Page.h"
#include "domain/Problem.h"
#include "domain/Product.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

const QString kPublicUrl = u"https://doe.mycloud.test/"_s; // as an operator may type it, slash included

Product productWithId(const QUuid& productId)
{
    Product product;
    product.id = productId;
    return product;
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray doeRequest(const QStringList& kinds, const std::optional<QList<QUuid>>& products,
                      bool latestValidOnly = true)
{
    QJsonValue productIds;
    if (products) {
        QJsonArray ids;
        for (const QUuid& p : *products)
            ids.append(idOf(p));
        productIds = ids;
    }
    return json({{u"kinds"_s, QJsonArray::fromStringList(kinds)},
                 {u"productIds"_s, productIds},
                 {u"latestValidOnly"_s, latestValidOnly}});
}

} // namespace

class TestDoeApi final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QByteArray m_token;
    QByteArray m_otherToken;
    Affair m_affair; // the demo affair exported here
    QList<Product> m_products; // its products
    QHash<QUuid, QString> m_productReferences;
    QUuid m_foreignProduct; // a product of another affair of the demo customer
    QUuid m_otherCustomersAffair;
    QUuid m_otherCustomersProduct;
    Affair m_adminAffair; // made with `mycloud-server admin` for the cases the demo data lacks
    QUuid m_emptyProduct; // no document at all
    QUuid m_sameNamesProduct; // files of one name, twice
    QString m_readyExport; // a built download, for ranges, expiry and authorisation
    QByteArray m_readyPackage;

    Answer get(const QString& path, const Headers& headers = {})
    {
        return m_server.get(path, m_token, headers);
    }

    template <class T> T decode(const Answer& answer)
    {
        auto value = JsonCodec::decode<T>(answer.body);
        if (!value)
            qWarning() << "cannot decode" << answer.body.left(300) << value.error().message();
        return value ? value.value() : T{};
    }

    // Every item of a paged list.
    template <class T> QList<T> every(const QString& path, const QByteArray& token)
    {
        QList<T> all;
        QString next = path + (path.contains(u'?') ? u"&"_s : u"?"_s) + u"limit=500"_s;
        for (int pages = 0; pages < 100; ++pages) {
            const Answer answer = m_server.get(next, token);
            if (answer.status != 200)
                return all;
            const auto page = decode<Page<T>>(answer);
            all += page.items;
            if (!page.next)
                return all;
            next = path + (path.contains(u'?') ? u"&"_s : u"?"_s) + u"limit=500&cursor="_s
                + QString::fromLatin1(QUrl::toPercentEncoding(*page.next));
        }
        return all;
    }

    Affair affairByReference(const QString& reference, const QByteArray& token)
    {
        const auto page = decode<Page<Affair>>(m_server.get(u"affairs?q="_s + reference, token));
        for (const Affair& a : page.items)
            if (a.reference == reference)
                return a;
        return {};
    }

    // What the server must select: the documents of the chosen kinds of the chosen products, and
    // with latestValidOnly only the latest valid revision of each product's schematics.
    QList<Document> expectedSelection(const QList<Product>& products, const QStringList& kinds,
                                      bool latestValidOnly)
    {
        QList<Document> selected;
        for (const Product& product : products) {
            const auto documents = every<Document>(u"products/%1/documents"_s.arg(idOf(product.id)), m_token);
            qint64 latestValid = -1;
            for (const Document& d : documents)
                if (d.kind == DocumentKind::Schematic && d.valid)
                    latestValid = std::max(latestValid, d.revision);
            for (const Document& d : documents) {
                if (!kinds.contains(documentKindToString(d.kind)))
                    continue;
                if (d.kind == DocumentKind::Schematic && latestValidOnly
                    && !(d.valid && d.revision == latestValid))
                    continue;
                selected << d;
            }
        }
        return selected;
    }

    Answer create(const QUuid& affair, const QByteArray& body, const Headers& headers = {})
    {
        return m_server.send("POST", u"affairs/%1/doe"_s.arg(idOf(affair)), m_token, body, headers);
    }

    // Polls the export until it leaves "preparing" (or the time runs out).
    DoeExport waitUntilBuilt(const QString& exportId, int timeoutMs = 60000)
    {
        DoeExport exported;
        QDeadlineTimer deadline(timeoutMs);
        do {
            const Answer answer = get(u"doe/"_s + exportId);
            if (answer.status != 200)
                return {};
            exported = decode<DoeExport>(answer);
            if (exported.status != DoeExport::Status::Preparing)
                return exported;
            QTest::qWait(50);
        } while (!deadline.hasExpired());
        return exported;
    }

    qint64 exportCount()
    {
        QSqlQuery q(m_server.database());
        if (!q.exec(u"SELECT COUNT(*) FROM doe_exports"_s) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    bool setExpiry(const QString& exportId, const QDateTime& when)
    {
        QSqlQuery q(m_server.database());
        q.prepare(u"UPDATE doe_exports SET expires_at = ? WHERE id = ?"_s);
        q.addBindValue(when.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s));
        q.addBindValue(exportId);
        if (!q.exec())
            qWarning() << q.lastError().text();
        return q.numRowsAffected() == 1;
    }

    QString adminId(const QStringList& arguments)
    {
        const AdminRun run = m_server.admin(arguments);
        if (run.exitCode != 0)
            qWarning() << "admin" << arguments << "failed:" << run.exitCode << run.err;
        return QString::fromUtf8(run.out.trimmed()).section(u' ', 0, 0);
    }

    // Checks a package against the documents it must hold: a sound zip, one manifest row per
    // document, every file where the manifest says and with the document's bytes. QVERIFY inside:
    // the caller returns when QTest::currentTestFailed().
    void verifyPackage(const QByteArray& zip, const QString& affairReference, const QList<Document>& expected)
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString zipPath = dir.filePath(u"package.zip"_s);
        QFile file(zipPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(zip), zip.size());
        file.close();
        const ToolRun test = runTool(u"unzip"_s, {u"-t"_s, u"-q"_s, zipPath});
        QVERIFY2(test.exitCode == 0, test.out.constData());
        const QString out = dir.filePath(u"out"_s);
        const ToolRun extract = runTool(u"unzip"_s, {u"-q"_s, zipPath, u"-d"_s, out});
        QVERIFY2(extract.exitCode == 0, extract.err.constData());

        QFile manifestFile(out + u"/manifest.csv"_s);
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QByteArray manifestBytes = manifestFile.readAll();
        QVERIFY(manifestBytes.startsWith("\xEF\xBB\xBF")); // the BOM that spreadsheets want
        const QString manifest = QString::fromUtf8(manifestBytes.mid(3));
        const QList<QStringList> rows = parseManifestCsv(manifest);
        QCOMPARE(manifest.count(u"\r\n"_s), rows.size());
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first(),
                 (QStringList{u"affaire"_s, u"produit"_s, u"type"_s, u"titre"_s, u"révision"_s, u"valide"_s,
                              u"fichier"_s, u"taille"_s, u"sha256"_s, u"date"_s}));
        QCOMPARE(rows.size() - 1, expected.size());

        // One key per document, compared as sorted lists: the order of the rows is the server's.
        auto key = [](const QString& sha, const QString& kind, const QString& title, const QString& revision,
                      const QString& valid, const QString& size, const QString& product) {
            return QStringList{sha, kind, title, revision, valid, size, product}.join(u'|');
        };
        QStringList want;
        QHash<QString, Document> bySha;
        for (const Document& d : expected) {
            want << key(d.sha256, documentKindToString(d.kind), d.title, QString::number(d.revision),
                        d.valid ? u"oui"_s : u"non"_s, QString::number(d.size),
                        m_productReferences.value(d.productId));
            bySha.insert(d.sha256, d);
        }
        QStringList got;
        QSet<QString> names;
        for (const QStringList& row : rows.mid(1)) {
            QCOMPARE(row.size(), 10);
            QCOMPARE(row[0], affairReference);
            got << key(row[8], row[2], row[3], row[4], row[5], row[7], row[1]);
            const QString name = row[6];
            QVERIFY2(!names.contains(name.toLower()), qPrintable(name));
            names.insert(name.toLower());
            const QString path = out + u'/' + name;
            QVERIFY2(QFileInfo(path).isFile(), qPrintable(name));
            QCOMPARE(QFileInfo(path).size(), row[7].toLongLong());
            QCOMPARE(fileSha256(path), row[8]);
            const Document d = bySha.value(row[8]);
            // The name in the zip keeps the document's extension, so that the file still opens.
            QCOMPARE(QFileInfo(name).suffix(), QFileInfo(d.fileName).suffix());
            const QDateTime date = QDateTime::fromString(row[9], Qt::ISODate);
            QVERIFY2(date.isValid() && std::abs(date.msecsTo(d.createdAt)) < 1000, qPrintable(row[9]));
        }
        want.sort();
        got.sort();
        QCOMPARE(got, want);

        qsizetype files = 0;
        for (QDirIterator it(out, QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next())
            ++files;
        QCOMPARE(files, expected.size() + 2); // and the manifest and the index

        // The index (DoePackageWriter's own test checks it in depth): every document's title.
        QFile indexFile(out + u"/index.html"_s);
        QVERIFY(indexFile.open(QIODevice::ReadOnly));
        const QString index = QString::fromUtf8(indexFile.readAll());
        QVERIFY(index.contains(u"<html lang=\"fr\">"_s));
        for (const Document& d : expected)
            QVERIFY2(index.contains(d.title.toHtmlEscaped()), qPrintable(d.title));
    }

    // Downloads without keeping the body: the status and the SHA-256 of what came.
    QPair<int, QString> streamSha256(const QUrl& url)
    {
        QNetworkRequest request(url);
        request.setSslConfiguration(m_server.tls());
        QNetworkReply* reply = m_server.network().get(request);
        reply->setReadBufferSize(1 << 20);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        connect(reply, &QNetworkReply::readyRead, reply, [&] { hash.addData(reply->readAll()); });
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(180000, &loop, &QEventLoop::quit);
        loop.exec();
        hash.addData(reply->readAll());
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool complete = reply->isFinished() && reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        return {complete ? status : -1, QString::fromLatin1(hash.result().toHex())};
    }

private slots:
    void initTestCase()
    {
        const QString error = m_server.start({u"--public-url"_s, kPublicUrl});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_token = m_server.login(QString::fromLatin1(ServerProcess::kDemoEmail),
                                 QString::fromLatin1(ServerProcess::kDemoPassword));
        m_otherToken = m_server.login(QString::fromLatin1(ServerProcess::kOtherEmail),
                                      QString::fromLatin1(ServerProcess::kOtherPassword));
        QVERIFY(!m_token.isEmpty());
        QVERIFY(!m_otherToken.isEmpty());

        m_affair = affairByReference(u"AFF-2024-0042"_s, m_token);
        QVERIFY(!m_affair.id.isNull());
        m_products = every<Product>(u"affairs/%1/products"_s.arg(idOf(m_affair.id)), m_token);
        QVERIFY(m_products.size() >= 7);
        for (const Product& p : m_products)
            m_productReferences.insert(p.id, p.reference);
        // The latest-valid rule is only tested if some product's newest schematic is not valid.
        bool underReview = false;
        for (const Product& p : m_products) {
            const auto schematics
                = every<Document>(u"products/%1/documents?kind=schematic"_s.arg(idOf(p.id)), m_token);
            const auto newest = std::max_element(
                schematics.begin(), schematics.end(),
                [](const Document& a, const Document& b) { return a.revision < b.revision; });
            underReview = underReview || (newest != schematics.end() && !newest->valid);
        }
        QVERIFY2(underReview, "no product of the affair has its newest schematic under review");

        const Affair foreign = affairByReference(u"AFF-2025-0094"_s, m_token);
        const auto foreignProducts = every<Product>(u"affairs/%1/products"_s.arg(idOf(foreign.id)), m_token);
        QVERIFY(!foreignProducts.isEmpty());
        m_foreignProduct = foreignProducts.first().id;

        const auto otherAffairs = every<Affair>(u"affairs"_s, m_otherToken);
        QVERIFY(!otherAffairs.isEmpty());
        m_otherCustomersAffair = otherAffairs.first().id;
        const auto otherProducts
            = every<Product>(u"affairs/%1/products"_s.arg(idOf(m_otherCustomersAffair)), m_otherToken);
        QVERIFY(!otherProducts.isEmpty());
        m_otherCustomersProduct = otherProducts.first().id;

        m_adminAffair.reference = u"AFF-2026-9001"_s;
        m_adminAffair.id = QUuid::fromString(
            adminId({u"affair-add"_s, u"--customer"_s, QString::fromLatin1(ServerProcess::kDemoEmail),
                     u"--reference"_s, m_adminAffair.reference, u"--name"_s, u"Cas particuliers"_s}));
        QVERIFY(!m_adminAffair.id.isNull());
        m_emptyProduct
            = QUuid::fromString(adminId({u"product-add"_s, u"--affair"_s, idOf(m_adminAffair.id),
                                         u"--reference"_s, u"9001-P01"_s, u"--name"_s, u"Vide"_s}));
        m_sameNamesProduct
            = QUuid::fromString(adminId({u"product-add"_s, u"--affair"_s, idOf(m_adminAffair.id),
                                         u"--reference"_s, u"9001-P02"_s, u"--name"_s, u"Homonymes"_s}));
        QVERIFY(!m_emptyProduct.isNull());
        QVERIFY(!m_sameNamesProduct.isNull());
        m_productReferences.insert(m_emptyProduct, u"9001-P01"_s);
        m_productReferences.insert(m_sameNamesProduct, u"9001-P02"_s);
    }

    void exportHoldsTheSelection_data()
    {
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<bool>("everyProduct");
        QTest::addColumn<QList<int>>("products"); // indices into m_products
        QTest::addColumn<bool>("latestValidOnly");
        const QStringList all{u"photo"_s, u"schematic"_s, u"quality"_s, u"misc"_s};
        QTest::newRow("every kind, every product, latest valid") << all << true << QList<int>{} << true;
        QTest::newRow("every kind, every product, every revision") << all << true << QList<int>{} << false;
        QTest::newRow("schematics, every product, latest valid")
            << QStringList{u"schematic"_s} << true << QList<int>{} << true;
        QTest::newRow("schematics of two products, every revision")
            << QStringList{u"schematic"_s} << false << QList<int>{0, 1} << false;
        QTest::newRow("quality and photos of one product")
            << QStringList{u"quality"_s, u"photo"_s} << false << QList<int>{2} << true;
        QTest::newRow("misc of three products")
            << QStringList{u"misc"_s} << false << QList<int>{6, 0, 3} << true;
    }

    void exportHoldsTheSelection()
    {
        QFETCH(QStringList, kinds);
        QFETCH(bool, everyProduct);
        QFETCH(QList<int>, products);
        QFETCH(bool, latestValidOnly);
        QList<Product> chosen;
        std::optional<QList<QUuid>> ids;
        if (everyProduct) {
            chosen = m_products;
        } else {
            ids.emplace();
            for (const int i : products) {
                chosen << m_products.at(i);
                ids->append(m_products.at(i).id);
            }
        }
        const QList<Document> expected = expectedSelection(chosen, kinds, latestValidOnly);
        QVERIFY(!expected.isEmpty());
        qint64 size = 0;
        for (const Document& d : expected)
            size += d.size;

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const Answer answer = create(m_affair.id, doeRequest(kinds, ids, latestValidOnly));
        QCOMPARE(answer.status, 201);
        const DoeExport created = decode<DoeExport>(answer);
        QVERIFY(!created.id.isNull());
        QCOMPARE(answer.headers.value("location"), "/api/v1/doe/" + idOf(created.id).toLatin1());
        QCOMPARE(created.affairId, m_affair.id);
        QCOMPARE(created.delivery, DoeExport::Delivery::Download);
        QVERIFY(created.status == DoeExport::Status::Preparing || created.status == DoeExport::Status::Ready);
        QCOMPARE(created.fileCount, expected.size());
        QCOMPARE(created.size, size);
        QVERIFY(created.createdAt >= before
                && created.createdAt <= QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(created.expiresAt, created.createdAt.addDays(45));

        const DoeExport built = waitUntilBuilt(idOf(created.id));
        QCOMPARE(built.status, DoeExport::Status::Ready);
        QCOMPARE(built.id, created.id);
        QCOMPARE(built.fileCount, created.fileCount);
        QCOMPARE(built.size, created.size);
        QCOMPARE(built.expiresAt, created.expiresAt);

        const Answer content = get(u"doe/%1/content"_s.arg(idOf(created.id)));
        QCOMPARE(content.status, 200);
        QCOMPARE(content.headers.value("content-type"), "application/zip");
        QCOMPARE(content.headers.value("content-length").toLongLong(), content.body.size());
        QCOMPARE(content.headers.value("etag"), '"' + sha256(content.body).toLatin1() + '"');
        QVERIFY(content.headers.value("content-disposition").startsWith("attachment"));
        QVERIFY(content.headers.value("content-disposition").contains(m_affair.reference.toLatin1()));
        QVERIFY(content.body.startsWith("PK\x03\x04"));
        // Stored, not recompressed: the package is about the size of its files.
        QVERIFY(content.body.size() >= size);
        verifyPackage(content.body, m_affair.reference, expected);
        if (QTest::currentTestFailed())
            return;
        if (m_readyExport.isEmpty()) {
            m_readyExport = idOf(created.id);
            m_readyPackage = content.body;
        }
    }

    void latestValidOnlyLeavesOutRevisions()
    {
        // Fewer schematics with the rule than without: the demo data has several revisions.
        const QStringList kinds{u"schematic"_s};
        const auto latest = decode<DoeExport>(create(m_affair.id, doeRequest(kinds, std::nullopt, true)));
        const auto all = decode<DoeExport>(create(m_affair.id, doeRequest(kinds, std::nullopt, false)));
        QVERIFY(latest.fileCount > 0);
        QVERIFY2(all.fileCount > latest.fileCount,
                 qPrintable(u"%1 <= %2"_s.arg(all.fileCount).arg(latest.fileCount)));
        // At most one file per product when one file carries each revision, as in the demo data.
        QVERIFY(latest.fileCount <= m_products.size());
    }

    void packageServesRanges()
    {
        QVERIFY(!m_readyExport.isEmpty());
        const QString path = u"doe/%1/content"_s.arg(m_readyExport);
        const QByteArray etag = '"' + sha256(m_readyPackage).toLatin1() + '"';
        const qint64 total = m_readyPackage.size();
        QVERIFY(total > 300);

        Answer answer = get(path, {{"Range", "bytes=100-299"}});
        QCOMPARE(answer.status, 206);
        QCOMPARE(answer.body, m_readyPackage.mid(100, 200));
        QCOMPARE(answer.headers.value("content-range"), "bytes 100-299/" + QByteArray::number(total));
        QCOMPARE(answer.headers.value("etag"), etag);

        answer = get(path, {{"Range", "bytes=-22"}});
        QCOMPARE(answer.status, 206);
        QCOMPARE(answer.body, m_readyPackage.right(22));

        answer = get(path, {{"Range", "bytes=200-"}, {"If-Range", etag}});
        QCOMPARE(answer.status, 206);
        QCOMPARE(answer.body, m_readyPackage.mid(200));

        // A changed validator: the whole package again, not a piece of another one.
        answer = get(path, {{"Range", "bytes=200-"}, {"If-Range", "\"0000\""}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, m_readyPackage);

        answer = get(path, {{"Range", "bytes=" + QByteArray::number(total) + "-"}});
        QCOMPARE(answer.status, 416);
        QCOMPARE(answer.problemCode(), u"range_not_satisfiable"_s);
        QCOMPARE(answer.headers.value("content-range"), "bytes */" + QByteArray::number(total));

        answer = get(path, {{"If-None-Match", etag}});
        QCOMPARE(answer.status, 304);
        QVERIFY(answer.body.isEmpty());
    }

    void sameFileNamesAreAllKept()
    {
        // Two files of one name in one folder, with an extension and without; the one without is
        // longer than the names SafeFileName keeps (150), so the number must not be cut off.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString longName = QString(200, u'n');
        const QList<QPair<QString, QString>> files{{u"a/plan.pdf"_s, u"schematic"_s},
                                                   {u"b/plan.pdf"_s, u"schematic"_s},
                                                   {u"a/"_s + longName, u"misc"_s},
                                                   {u"b/"_s + longName, u"misc"_s}};
        int revision = 0;
        for (const auto& [relative, kind] : files) {
            QVERIFY(QDir(dir.path()).mkpath(QFileInfo(relative).path()));
            QFile file(dir.filePath(relative));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("content of " + relative.toUtf8() + ' ' + QByteArray::number(++revision));
            file.close();
            QVERIFY(!adminId({u"document-add"_s, u"--product"_s, idOf(m_sameNamesProduct), u"--kind"_s, kind,
                              u"--file"_s, file.fileName(), u"--revision"_s, QString::number(revision)})
                         .isEmpty());
        }
        const QList<Product> product{productWithId(m_sameNamesProduct)};
        const QStringList kinds{u"schematic"_s, u"misc"_s};
        const QList<Document> expected = expectedSelection(product, kinds, false);
        QCOMPARE(expected.size(), 4);

        const Answer answer
            = create(m_adminAffair.id, doeRequest(kinds, QList<QUuid>{m_sameNamesProduct}, false));
        QCOMPARE(answer.status, 201);
        const DoeExport created = decode<DoeExport>(answer);
        QCOMPARE(created.fileCount, 4);
        QCOMPARE(waitUntilBuilt(idOf(created.id), 30000).status, DoeExport::Status::Ready);
        const Answer content = get(u"doe/%1/content"_s.arg(idOf(created.id)));
        QCOMPARE(content.status, 200);
        verifyPackage(content.body, m_adminAffair.reference, expected);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir listing;
        QFile zip(listing.filePath(u"p.zip"_s));
        QVERIFY(zip.open(QIODevice::WriteOnly));
        zip.write(content.body);
        zip.close();
        const ToolRun names = runTool(u"unzip"_s, {u"-Z1"_s, zip.fileName()});
        QCOMPARE(names.exitCode, 0);
        const QStringList entries = QString::fromUtf8(names.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(entries.size(), 6);
        QVERIFY2(entries.contains(u"9001-P02 - Homonymes/Schémas/plan.pdf"_s),
                 qPrintable(entries.join(u", ")));
        QVERIFY2(entries.contains(u"9001-P02 - Homonymes/Schémas/plan (2).pdf"_s),
                 qPrintable(entries.join(u", ")));
        for (const QString& entry : entries)
            QVERIFY2(entry.section(u'/', -1).size() <= 150, qPrintable(entry));
    }

    void refusedSelections_data()
    {
        QTest::addColumn<QUuid>("affair");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QUuid unknown = QUuid::createUuid();
        const QUuid first = m_products.value(0).id;
        const QStringList photo{u"photo"_s};
        QTest::newRow("no kind") << m_affair.id << doeRequest({}, std::nullopt) << u"kinds"_s;
        QTest::newRow("a kind twice")
            << m_affair.id << doeRequest({u"photo"_s, u"misc"_s, u"photo"_s}, std::nullopt) << u"kinds"_s;
        QTest::newRow("unknown kind")
            << m_affair.id << doeRequest({u"video"_s}, std::nullopt) << u"kinds[0]"_s;
        QTest::newRow("no product") << m_affair.id << doeRequest(photo, QList<QUuid>{}) << u"productIds"_s;
        QTest::newRow("a product twice")
            << m_affair.id << doeRequest(photo, QList<QUuid>{first, first}) << u"productIds"_s;
        QTest::newRow("an id that is no UUID")
            << m_affair.id
            << QByteArray("{\"kinds\":[\"photo\"],\"productIds\":[\"P01\"],\"latestValidOnly\":true}")
            << u"productIds[0]"_s;
        QTest::newRow("unknown product")
            << m_affair.id << doeRequest(photo, QList<QUuid>{first, unknown}) << u"productIds"_s;
        QTest::newRow("product of another affair")
            << m_affair.id << doeRequest(photo, QList<QUuid>{m_foreignProduct}) << u"productIds"_s;
        QTest::newRow("product of another customer")
            << m_affair.id << doeRequest(photo, QList<QUuid>{m_otherCustomersProduct}) << u"productIds"_s;
        QTest::newRow("a product without documents")
            << m_adminAffair.id
            << doeRequest({u"photo"_s, u"schematic"_s, u"quality"_s, u"misc"_s}, QList<QUuid>{m_emptyProduct})
            << u"kinds"_s;
        QTest::newRow("a kind the product has none of")
            << m_adminAffair.id << doeRequest(photo, QList<QUuid>{m_sameNamesProduct}) << u"kinds"_s;
    }

    void refusedSelections()
    {
        QFETCH(QUuid, affair);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const qint64 before = exportCount();
        QVERIFY(before >= 0);
        const Answer answer = create(affair, body);
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.headers.value("content-type"), "application/problem+json");
        const Problem problem = decode<Problem>(answer);
        QCOMPARE(problem.code, u"validation_failed"_s);
        QCOMPARE(problem.errors.size(), 1);
        QCOMPARE(problem.errors[0].field, field);
        QCOMPARE(exportCount(), before); // nothing was queued
    }

    void malformedRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("{\"kinds\":[\"photo\"");
        QTest::newRow("an array") << QByteArray("[\"photo\"]");
        QTest::newRow("kinds a string")
            << QByteArray("{\"kinds\":\"photo\",\"productIds\":null,\"latestValidOnly\":true}");
        QTest::newRow("a kind a number")
            << QByteArray("{\"kinds\":[1],\"productIds\":null,\"latestValidOnly\":true}");
        QTest::newRow("productIds a string")
            << QByteArray("{\"kinds\":[\"photo\"],\"productIds\":\"all\",\"latestValidOnly\":true}");
        QTest::newRow("a product id a number")
            << QByteArray("{\"kinds\":[\"photo\"],\"productIds\":[42],\"latestValidOnly\":true}");
        QTest::newRow("latestValidOnly a string")
            << QByteArray("{\"kinds\":[\"photo\"],\"productIds\":null,\"latestValidOnly\":\"yes\"}");
        QTest::newRow("no kinds") << QByteArray("{\"productIds\":null,\"latestValidOnly\":true}");
        QTest::newRow("no productIds") << QByteArray("{\"kinds\":[\"photo\"],\"latestValidOnly\":true}");
        QTest::newRow("no latestValidOnly") << QByteArray("{\"kinds\":[\"photo\"],\"productIds\":null}");
    }

    void malformedRequests()
    {
        QFETCH(QByteArray, body);
        const qint64 before = exportCount();
        const Answer answer = create(m_affair.id, body);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.problemCode(), u"bad_request"_s);
        QCOMPARE(exportCount(), before);
    }

    void otherCustomersSeeNothing()
    {
        QVERIFY(!m_readyExport.isEmpty());
        const QByteArray body = doeRequest({u"photo"_s}, std::nullopt);
        // The demo customer cannot export the other customer's affair, nor an affair that does not exist.
        Answer answer = create(m_otherCustomersAffair, body);
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.problemCode(), u"not_found"_s);
        QCOMPARE(create(QUuid::createUuid(), body).status, 404);
        QCOMPARE(m_server.send("POST", u"affairs/AFF-2024-0042/doe"_s, m_token, body).status, 404);
        // The other customer cannot see nor download the demo customer's export.
        answer = m_server.get(u"doe/"_s + m_readyExport, m_otherToken);
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.problemCode(), u"not_found"_s);
        answer = m_server.get(u"doe/%1/content"_s.arg(m_readyExport), m_otherToken);
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.problemCode(), u"not_found"_s);
        QCOMPARE(m_server.get(u"doe/"_s + idOf(QUuid::createUuid()), m_token).status, 404);
        // A refusal comes whole, even to a request for a range of the package.
        answer = m_server.get(u"doe/%1/content"_s.arg(m_readyExport), m_otherToken, {{"Range", "bytes=0-9"}});
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.problemCode(), u"not_found"_s);
        QVERIFY(!answer.headers.contains("content-range"));
        QCOMPARE(m_server.get(u"doe/not-an-id/content"_s, m_token).status, 404);
        // And nobody without a session.
        QCOMPARE(m_server.get(u"doe/"_s + m_readyExport, {}).status, 401);
        QCOMPARE(m_server.get(u"doe/%1/content"_s.arg(m_readyExport), {}).status, 401);
        QCOMPARE(m_server.send("POST", u"affairs/%1/doe"_s.arg(idOf(m_affair.id)), {}, body).status, 401);
    }

    void refusalWithoutSessionComesWhole()
    {
        QVERIFY(!m_readyExport.isEmpty());
        const Answer answer
            = m_server.get(u"doe/%1/content"_s.arg(m_readyExport), {}, {{"Range", "bytes=0-9"}});
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.problemCode(), u"unauthorized"_s);
        QVERIFY(!answer.headers.contains("content-range"));
    }

    void exportWithAMissingFileFails()
    {
        // A document whose stored file is gone (a disk fault): the build fails, the download says so.
        const QString product = adminId({u"product-add"_s, u"--affair"_s, idOf(m_adminAffair.id),
                                         u"--reference"_s, u"9001-P03"_s, u"--name"_s, u"Fichier perdu"_s});
        QVERIFY(!product.isEmpty());
        QTemporaryDir dir;
        QFile file(dir.filePath(u"contrôle.pdf"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray bytes = "%PDF-1.4 lost " + QUuid::createUuid().toByteArray();
        file.write(bytes);
        file.close();
        QVERIFY(!adminId({u"document-add"_s, u"--product"_s, product, u"--kind"_s, u"quality"_s, u"--file"_s,
                          file.fileName()})
                     .isEmpty());
        const QString sha = sha256(bytes);
        const QString stored = m_server.dataPath(u"files/%1/%2/%3"_s.arg(sha.left(2), sha.mid(2, 2), sha));
        QVERIFY2(QFile::remove(stored), qPrintable(stored));

        const Answer answer
            = create(m_adminAffair.id, doeRequest({u"quality"_s}, QList<QUuid>{QUuid::fromString(product)}));
        QCOMPARE(answer.status, 201);
        const DoeExport created = decode<DoeExport>(answer);
        QCOMPARE(created.fileCount, 1);
        QCOMPARE(created.size, bytes.size());
        QCOMPARE(waitUntilBuilt(idOf(created.id)).status, DoeExport::Status::Failed);
        const Answer content = get(u"doe/%1/content"_s.arg(idOf(created.id)), {{"Range", "bytes=0-9"}});
        QCOMPARE(content.status, 409);
        QCOMPARE(content.problemCode(), u"conflict"_s);
    }

    void expiredExportIsGone()
    {
        QVERIFY(!m_readyExport.isEmpty());
        const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY(setExpiry(m_readyExport, past));
        const Answer content = get(u"doe/%1/content"_s.arg(m_readyExport));
        QCOMPARE(content.status, 410);
        QCOMPARE(content.problemCode(), u"export_expired"_s);
        const Answer resumed = get(u"doe/%1/content"_s.arg(m_readyExport), {{"Range", "bytes=0-9"}});
        QCOMPARE(resumed.status, 410);
        QCOMPARE(resumed.problemCode(), u"export_expired"_s);
        QVERIFY(!resumed.headers.contains("content-range"));
        // The export itself still answers, with its past expiry.
        const Answer status = get(u"doe/"_s + m_readyExport);
        QCOMPARE(status.status, 200);
        QVERIFY(std::abs(decode<DoeExport>(status).expiresAt.msecsTo(past)) < 1000);
    }

    void largeExportIsEmailed()
    {
        // The package goes over the 500 MB limit with one sparse file; on disk it takes ~1.5 GB for a
        // while (the stored document, the zip being built, the stored zip).
        const qint64 free = QStorageInfo(m_server.dataPath(QString())).bytesAvailable();
        if (free < 3LL * 1024 * 1024 * 1024)
            QSKIP(qPrintable(u"needs 3 GB free next to the server's data, %1 MB there"_s.arg(free >> 20)));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const qint64 bigSize = DoeExport::kDownloadLimit + 1;
        QFile big(dir.filePath(u"Relevés thermographiques.bin"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(bigSize));
        big.close();

        const Affair affair = affairByReference(u"AFF-2025-0094"_s, m_token);
        QVERIFY(!affair.id.isNull());
        const QList<Product> product{productWithId(m_foreignProduct)};
        QVERIFY(!adminId({u"document-add"_s, u"--product"_s, idOf(m_foreignProduct), u"--kind"_s, u"misc"_s,
                          u"--file"_s, big.fileName(), u"--title"_s, u"Relevés thermographiques"_s})
                     .isEmpty());
        const QList<Document> expected = expectedSelection(product, {u"misc"_s}, true);
        qint64 size = 0;
        for (const Document& d : expected)
            size += d.size;
        QVERIFY(size > DoeExport::kDownloadLimit);
        const QStringList mailsBefore = QDir(m_server.dataPath(u"mail/new"_s)).entryList(QDir::Files);

        const Answer answer = create(affair.id, doeRequest({u"misc"_s}, QList<QUuid>{m_foreignProduct}),
                                     {{"Accept-Language", "fr-FR"}});
        QCOMPARE(answer.status, 201);
        const DoeExport created = decode<DoeExport>(answer);
        QCOMPARE(created.delivery, DoeExport::Delivery::Email);
        QCOMPARE(created.size, size);
        QCOMPARE(created.fileCount, expected.size());
        const QString exportId = idOf(created.id);
        const DoeExport built = waitUntilBuilt(exportId, 120000);
        QCOMPARE(built.status, DoeExport::Status::Emailed);
        QCOMPARE(built.delivery, DoeExport::Delivery::Email);

        // The e-mail: in French, to the account's address, with the link under the public URL.
        QStringList mails;
        QTRY_VERIFY_WITH_TIMEOUT(
            (mails = QDir(m_server.dataPath(u"mail/new"_s)).entryList(QDir::Files)).size()
                == mailsBefore.size() + 1,
            20000);
        QString newMail;
        for (const QString& name : mails)
            if (!mailsBefore.contains(name))
                newMail = name;
        QFile mailFile(m_server.dataPath(u"mail/new/"_s + newMail));
        QVERIFY(mailFile.open(QIODevice::ReadOnly));
        const ParsedMail mail = parseMail(mailFile.readAll());
        QCOMPARE(mail.to, QString::fromLatin1(ServerProcess::kDemoEmail));
        QCOMPARE(mail.subject, u"MyCloud : votre DOE « %1 » est prêt"_s.arg(affair.name));
        QVERIFY2(mail.body.contains(affair.name), qPrintable(mail.body));
        static const QRegularExpression linkPattern(
            u"^ *https://doe\\.mycloud\\.test/d/([A-Za-z0-9_-]{43})\\r?$"_s,
            QRegularExpression::MultilineOption);
        const auto match = linkPattern.match(mail.body);
        QVERIFY2(match.hasMatch(), qPrintable(mail.body));
        const QString link = u"/d/"_s + match.captured(1);

        // The link works at the server root, without a session.
        Answer head = m_server.send("HEAD", link);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.headers.value("content-type"), "application/zip");
        const qint64 total = head.headers.value("content-length").toLongLong();
        QVERIFY(total > size);
        const QByteArray etag = head.headers.value("etag");
        const QString zipSha = QString::fromLatin1(etag.mid(1, etag.size() - 2));
        QCOMPARE(zipSha.size(), 64);

        // The package in the store is the one the link serves, and a sound zip.
        const QString stored
            = m_server.dataPath(u"files/%1/%2/%3"_s.arg(zipSha.left(2), zipSha.mid(2, 2), zipSha));
        QCOMPARE(QFileInfo(stored).size(), total);
        const ToolRun test = runTool(u"unzip"_s, {u"-t"_s, u"-q"_s, stored});
        QVERIFY2(test.exitCode == 0, test.out.constData());
        const ToolRun manifest = runTool(u"unzip"_s, {u"-p"_s, stored, u"manifest.csv"_s});
        QCOMPARE(manifest.exitCode, 0);
        const QList<QStringList> rows = parseManifestCsv(QString::fromUtf8(manifest.out.mid(3)));
        QCOMPARE(rows.size(), expected.size() + 1);
        bool bigListed = false;
        for (const QStringList& row : rows.mid(1))
            bigListed = bigListed
                || (row.value(7) == QString::number(bigSize) && row.value(3) == u"Relevés thermographiques");
        QVERIFY(bigListed);
        QFile storedFile(stored);
        QVERIFY(storedFile.open(QIODevice::ReadOnly));
        const QByteArray head64 = storedFile.read(64);
        QVERIFY(storedFile.seek(total - 22));
        const QByteArray tail = storedFile.read(22);

        Answer slice = m_server.get(link, {}, {{"Range", "bytes=0-63"}});
        QCOMPARE(slice.status, 206);
        QCOMPARE(slice.body, head64);
        QCOMPARE(slice.headers.value("content-range"), "bytes 0-63/" + QByteArray::number(total));
        slice = m_server.get(link, {}, {{"Range", "bytes=-22"}, {"If-Range", etag}});
        QCOMPARE(slice.status, 206);
        QCOMPARE(slice.body, tail);
        QVERIFY(tail.startsWith("PK\x05\x06"));
        // The owner may download it from the API too.
        slice = get(u"doe/%1/content"_s.arg(exportId), {{"Range", "bytes=0-63"}});
        QCOMPARE(slice.status, 206);
        QCOMPARE(slice.body, head64);

        // The whole package through the link, hashed as it comes.
        const auto [status, downloaded] = streamSha256(m_server.rootUrl(link.mid(1)));
        QCOMPARE(status, 200);
        QCOMPARE(downloaded, zipSha);

        // Links that were never sent lead nowhere.
        QByteArray wrong = match.captured(1).toLatin1();
        wrong[0] = wrong[0] == 'A' ? 'B' : 'A';
        Answer other = m_server.get(u"/d/"_s + QString::fromLatin1(wrong), {});
        QCOMPARE(other.status, 404);
        QCOMPARE(other.problemCode(), u"not_found"_s);
        QCOMPARE(m_server.get(u"/d/short"_s, {}).status, 404);
        other = m_server.get(u"/d/"_s + QString::fromLatin1(wrong), {}, {{"Range", "bytes=0-9"}});
        QCOMPARE(other.status, 404);
        QCOMPARE(other.problemCode(), u"not_found"_s);

        // After 45 days the link is gone.
        QVERIFY(setExpiry(exportId, QDateTime::currentDateTimeUtc().addSecs(-60)));
        other = m_server.get(link, {}, {{"Range", "bytes=0-63"}});
        QCOMPARE(other.status, 410);
        QCOMPARE(other.problemCode(), u"export_expired"_s);
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), QString()); }
};

QTEST_GUILESS_MAIN(TestDoeApi)
#include "tst_doeapi.moc"
