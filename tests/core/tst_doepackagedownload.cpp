// The zip of a DOE export saved where the user chose, against the real server: a sound package with
// the selected files, a file the user agreed to replace, a real cut resumed (a TCP proxy), a cancel
// that keeps the part for the next run, a part of another package never continued, and the
// refusals: a disk too small, and a package smaller than its documents.
#include "FileCacheProxy.h"
#include "ServerProcess.h"
#include "TestValues.h"
#include "api/ApiClient.h"
#include "doe/DoeOrder.h"
#include "doe/DoePackageDownload.h"
#include "domain/Affair.h"
#include "domain/Document.h"
#include "domain/JsonCodec.h"
#include "domain/Page.h"
#include "domain/Product.h"
#include "domain/SafeFileName.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 60000;
constexpr qint64 kBigSize = 8 << 20; // enough to cut after 1 MiB and to cancel part-way

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result().toHex();
}

// Info-ZIP's view of a package: the names it holds, or nothing when `unzip -t` finds it unsound.
QStringList zipEntries(const QString& path)
{
    QProcess test;
    test.start(u"unzip"_s, {u"-tq"_s, path});
    if (!test.waitForFinished(kWaitMs) || test.exitCode() != 0)
        return {};
    QProcess list;
    list.start(u"unzip"_s, {u"-Z1"_s, path});
    if (!list.waitForFinished(kWaitMs) || list.exitCode() != 0)
        return {};
    return QString::fromUtf8(list.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestDoePackageDownload final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QByteArray m_token;
    QTemporaryDir m_temp;
    std::unique_ptr<ApiClient> m_client;
    QList<Document> m_selected; // the misc files of one product, the big one included
    DoeExport m_export; // their package, built
    QString m_reference; // that package downloaded once, whole
    int m_targets = 0;

    std::unique_ptr<ApiClient> client(const QUrl& server)
    {
        auto api = std::make_unique<ApiClient>();
        api->setServer(server);
        api->setTrustedCertificates(QSslCertificate::fromPath(m_server.dataPath(u"tls/ca.pem"_s)));
        api->setToken(m_token);
        return api;
    }

    QString freshTarget() { return m_temp.filePath(u"out%1/DOE AFF-2024-0042.zip"_s.arg(++m_targets)); }

    static std::unique_ptr<DoePackageDownload> run(ApiClient& api, const DoeExport& exported,
                                                   const QString& target, bool cancelAtFirstBytes = false)
    {
        QDir().mkpath(QFileInfo(target).path());
        auto download = std::make_unique<DoePackageDownload>(api, exported, target);
        if (cancelAtFirstBytes)
            connect(download.get(), &DoePackageDownload::progress, download.get(),
                    &DoePackageDownload::cancel);
        QSignalSpy finished(download.get(), &DoePackageDownload::finished);
        download->start();
        if (finished.isEmpty() && !finished.wait(kWaitMs))
            qWarning("the download did not finish");
        return download;
    }

    static QStringList leftovers(const QString& target)
    {
        return QDir(QFileInfo(target).path()).entryList({u"*.part"_s, u"*.etag"_s}, QDir::Files);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        const QString error = m_server.startSignedIn(&m_token);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_client = client(m_server.rootUrl(QString()));

        const auto affairs = m_server.getDecoded<Page<Affair>>(u"affairs?q=AFF-2024-0042"_s, m_token).items;
        QVERIFY(!affairs.isEmpty());
        const Affair affair = affairs.first();
        const auto products
            = m_server.getDecoded<Page<Product>>(u"affairs/%1/products"_s.arg(idOf(affair.id)), m_token)
                  .items;
        QVERIFY(!products.isEmpty());
        const QUuid product = products.first().id;

        // A file big enough to cut part-way, added as an operator would.
        QByteArray content(kBigSize, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32*>(content.data()), kBigSize / 4);
        QFile file(m_temp.filePath(u"Relevés de mesures.bin"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), kBigSize);
        file.close();
        const AdminRun added = m_server.admin({u"document-add"_s, u"--product"_s, idOf(product), u"--kind"_s,
                                               u"misc"_s, u"--file"_s, file.fileName()});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        m_selected = m_server
                         .getDecoded<Page<Document>>(
                             u"products/%1/documents?kind=misc&limit=500"_s.arg(idOf(product)), m_token)
                         .items;
        QVERIFY(m_selected.size() >= 2);

        DoeOrder order(*m_client, affair.id, DoeRequest{{DocumentKind::Misc}, QList<QUuid>{product}, true},
                       QString::fromLatin1(ServerProcess::kDemoEmail));
        QSignalSpy ordered(&order, &DoeOrder::finished);
        order.start();
        QVERIFY(ordered.wait(kWaitMs));
        QVERIFY2(order.outcome() == DoeOrder::Outcome::Ready, qPrintable(order.message()));
        m_export = order.exported();
    }

    void savesASoundPackage()
    {
        const QString target = freshTarget();
        auto download = run(*m_client, m_export, target);
        QVERIFY2(!download->error(), qPrintable(download->errorMessage()));
        QVERIFY(download->errorMessage().isEmpty());
        QCOMPARE(download->resumedFrom(), 0);
        // Stored entries: the package holds every byte of its documents, plus headers, a manifest
        // and an index.
        QVERIFY(QFileInfo(target).size() > m_export.size);
        QCOMPARE(download->received(), QFileInfo(target).size());
        QCOMPARE(leftovers(target), QStringList());

        QStringList names;
        for (const QString& entry : zipEntries(target))
            names << entry.section(u'/', -1);
        QVERIFY2(names.removeOne(u"manifest.csv"_s), qPrintable(names.join(u", "_s)));
        QVERIFY2(names.removeOne(u"index.html"_s), qPrintable(names.join(u", "_s)));
        QStringList expected;
        for (const Document& d : std::as_const(m_selected))
            expected << SafeFileName::component(d.fileName);
        names.sort();
        expected.sort();
        QCOMPARE(names, expected);
        QCOMPARE(m_export.fileCount, m_selected.size());
        m_reference = target;
    }

    void replacesTheFileTheUserChose()
    {
        const QString target = freshTarget();
        QDir().mkpath(QFileInfo(target).path());
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older package");
        old.close();
        auto download = run(*m_client, m_export, target);
        QVERIFY2(!download->error(), qPrintable(download->errorMessage()));
        QCOMPARE(sha256Of(target), sha256Of(m_reference));
    }

    void resumesAfterACut()
    {
        // The first connection through the proxy ends after 1 MiB of the answer, TLS record or not.
        FileCacheProxy proxy(m_server.rootUrl(QString()).port(), 1 << 20);
        QVERIFY(proxy.listen());
        auto api = client(QUrl(u"https://127.0.0.1:%1/"_s.arg(proxy.port())));
        const QString target = freshTarget();
        auto download = run(*api, m_export, target);
        QVERIFY2(!download->error(), qPrintable(download->errorMessage()));
        QVERIFY(proxy.didCut());
        QCOMPARE(proxy.connections(), 2);
        QVERIFY(download->resumedFrom() > 0);
        QVERIFY(download->resumedFrom() < (1 << 20));
        QCOMPARE(sha256Of(target), sha256Of(m_reference));
        QCOMPARE(leftovers(target), QStringList());
    }

    void cancelKeepsThePartForTheNextRun()
    {
        const QString target = freshTarget();
        auto cancelled = run(*m_client, m_export, target, true);
        QVERIFY(cancelled->error() && cancelled->error()->isCancelled());
        QVERIFY(!QFileInfo::exists(target));
        const qint64 kept = QFileInfo(target + u".part"_s).size();
        QVERIFY(kept > 0);
        QVERIFY(kept < QFileInfo(m_reference).size());

        auto again = run(*m_client, m_export, target);
        QVERIFY2(!again->error(), qPrintable(again->errorMessage()));
        QCOMPARE(again->resumedFrom(), kept);
        QCOMPARE(sha256Of(target), sha256Of(m_reference));
        QCOMPARE(leftovers(target), QStringList());
    }

    void partOfAnotherPackageIsNotContinued_data()
    {
        QTest::addColumn<QByteArray>("tag");
        QTest::newRow("another package's tag") << QByteArray('"' + QByteArray(64, '0') + '"');
        QTest::newRow("no tag") << QByteArray();
    }

    void partOfAnotherPackageIsNotContinued()
    {
        QFETCH(QByteArray, tag);
        const QString target = freshTarget();
        QDir().mkpath(QFileInfo(target).path());
        QFile part(target + u".part"_s);
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(QByteArray(100000, 'x'));
        part.close();
        if (!tag.isEmpty()) {
            QFile tagFile(target + u".part.etag"_s);
            QVERIFY(tagFile.open(QIODevice::WriteOnly));
            tagFile.write(tag);
        }
        auto download = run(*m_client, m_export, target);
        QVERIFY2(!download->error(), qPrintable(download->errorMessage()));
        QCOMPARE(download->resumedFrom(), 0);
        QCOMPARE(sha256Of(target), sha256Of(m_reference));
    }

    void refusesWhenTheDiskIsTooSmall()
    {
        const QString target = freshTarget();
        QDir().mkpath(QFileInfo(target).path());
        DoeExport huge = m_export;
        huge.size = QStorageInfo(QFileInfo(target).path()).bytesAvailable() + (qint64(1) << 30);
        FileCacheProxy counter(m_server.rootUrl(QString()).port(), -1);
        QVERIFY(counter.listen());
        auto api = client(QUrl(u"https://127.0.0.1:%1/"_s.arg(counter.port())));
        auto download = run(*api, huge, target);
        QVERIFY(download->error());
        QCOMPARE(download->error()->kind(), FileError::Kind::DiskFull);
        QVERIFY2(download->errorMessage().contains(u"DOE AFF-2024-0042.zip"_s),
                 qPrintable(download->errorMessage()));
        QCOMPARE(counter.connections(), 0);
        QVERIFY(QDir(QFileInfo(target).path()).isEmpty());
    }

    void packageSmallerThanItsDocumentsIsRefused()
    {
        const QString target = freshTarget();
        DoeExport claimed = m_export;
        claimed.size = QFileInfo(m_reference).size() + 1;
        auto download = run(*m_client, claimed, target);
        QVERIFY(download->error());
        QCOMPARE(download->error()->kind(), FileError::Kind::Integrity);
        QVERIFY(!download->errorMessage().isEmpty());
        QVERIFY(QDir(QFileInfo(target).path()).isEmpty());
    }

    void unknownExportSaysSo()
    {
        DoeExport gone = m_export;
        gone.id = QUuid::createUuid();
        auto download = run(*m_client, gone, freshTarget());
        QVERIFY(download->error() && download->error()->apiError());
        QCOMPARE(download->error()->apiError()->status(), 404);
        QCOMPARE(download->errorMessage(), download->error()->apiError()->message());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        QVERIFY(m_server.stop().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDoePackageDownload)
#include "tst_doepackagedownload.moc"
