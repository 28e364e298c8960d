// Documents saved into a folder the user chose, through the file cache, against the real server:
// the files are the documents (sha256), names are safe and never overwrite, a cancel stops the
// set, and a folder that cannot be written says so.
#include "ServerProcess.h"
#include "TestValues.h"
#include "api/ApiClient.h"
#include "domain/Affair.h"
#include "domain/JsonCodec.h"
#include "domain/Page.h"
#include "domain/Product.h"
#include "files/DocumentExport.h"
#include "files/FileCache.h"
#include "files/Sha256.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestDocumentExport final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QByteArray m_token;
    QTemporaryDir m_temp;
    ApiClient m_client;
    std::unique_ptr<FileCache> m_cache;
    QList<Document> m_documents; // one product's, every kind

    std::unique_ptr<DocumentExport> run(const QList<Document>& documents, const QString& folder)
    {
        auto exporter = std::make_unique<DocumentExport>(*m_cache, documents, folder);
        QSignalSpy finished(exporter.get(), &DocumentExport::finished);
        exporter->start();
        if (finished.isEmpty() && !finished.wait(60000))
            qWarning("the export did not finish");
        return exporter;
    }

    static QString sha256Of(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        Sha256 hash;
        hash.addData(file.readAll());
        return QString::fromLatin1(hash.result().toHex());
    }

private slots:
    void initTestCase()
    {
        const QString error = m_server.startSignedIn(&m_token);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_client.setServer(m_server.rootUrl(QString()));
        m_client.setTrustedCertificates(QSslCertificate::fromPath(m_server.dataPath(u"tls/ca.pem"_s)));
        m_client.setToken(m_token);
        m_cache = std::make_unique<FileCache>(m_client, m_temp.filePath(u"cache"_s));
        QVERIFY(!m_cache->open());
        const auto affairs
            = JsonCodec::decode<Page<Affair>>(m_server.get(u"affairs?limit=500"_s, m_token).body);
        QVERIFY(affairs);
        const auto products = JsonCodec::decode<Page<Product>>(
            m_server.get(u"affairs/%1/products"_s.arg(idOf(affairs->items.first().id)), m_token).body);
        QVERIFY(products && !products->items.isEmpty());
        const auto documents = JsonCodec::decode<Page<Document>>(
            m_server.get(u"products/%1/documents?limit=500"_s.arg(idOf(products->items.first().id)), m_token)
                .body);
        QVERIFY(documents && documents->items.size() >= 3);
        m_documents = documents->items;
    }

    void savesEveryDocumentVerified()
    {
        const QString folder = m_temp.filePath(u"out/Armoire TGBT"_s); // created on the way
        const auto exporter = run(m_documents, folder);
        QVERIFY2(exporter->error().isEmpty(), qPrintable(exporter->error()));
        QCOMPARE(exporter->savedFiles().size(), m_documents.size());
        for (qsizetype i = 0; i < m_documents.size(); ++i) {
            const QString saved = exporter->savedFiles().at(i);
            QCOMPARE(QFileInfo(saved).absolutePath(), QDir(folder).absolutePath());
            QCOMPARE(sha256Of(saved), m_documents.at(i).sha256);
        }
        QVERIFY(QDir(folder).entryList({u"*.part"_s}, QDir::Files).isEmpty());
    }

    void neverOverwritesAFile()
    {
        const QString folder = m_temp.filePath(u"twice"_s);
        const Document first = m_documents.first();
        const auto once = run({first}, folder);
        const auto again = run({first}, folder);
        QVERIFY(again->error().isEmpty());
        QVERIFY(once->savedFiles().first() != again->savedFiles().first());
        QVERIFY(again->savedFiles().first().contains(u" (2)"_s));
        QCOMPARE(sha256Of(again->savedFiles().first()), first.sha256);
    }

    void hostileNamesStayInTheFolder()
    {
        Document hostile = m_documents.first();
        hostile.fileName = u"../../évadé.pdf"_s;
        const QString folder = m_temp.filePath(u"hostile"_s);
        const QString target = DocumentExport::targetPath(folder, hostile);
        QCOMPARE(QFileInfo(target).absolutePath(), QDir(folder).absolutePath());
    }

    void cancelStopsTheSet()
    {
        const QString folder = m_temp.filePath(u"cancelled"_s);
        DocumentExport exporter(*m_cache, m_documents, folder);
        QSignalSpy finished(&exporter, &DocumentExport::finished);
        exporter.start();
        exporter.cancel();
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        QVERIFY(!exporter.error().isEmpty());
        QVERIFY(exporter.savedFiles().size() < m_documents.size());
    }

    void unwritableFolderSaysSo()
    {
        const QString blocker = m_temp.filePath(u"a-file"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const auto exporter = run(m_documents, blocker + u"/inside"_s); // a folder under a file
        QVERIFY(!exporter->error().isEmpty());
        QVERIFY(exporter->savedFiles().isEmpty());
    }

    void cleanupTestCase()
    {
        m_cache.reset();
        QVERIFY(m_server.stop().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDocumentExport)
#include "tst_documentexport.moc"
