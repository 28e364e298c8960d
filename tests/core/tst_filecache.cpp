// The file cache against the real mycloud-server over real HTTPS (demo CA): verified downloads
// stored by sha256, cache hits without the network, one transfer for concurrent callers, resume
// after a real cut (a TCP proxy) and from a part left behind, checksum mismatches, LRU eviction
// that spares pinned files, an untrusted certificate, a disk too small and a failing write. Failures
// are tried both ways a download can go: small files through QNetworkAccessManager, big ones on
// threads of their own; a cut big file resumes the small way.
#include "FileCacheProxy.h"
#include "ServerProcess.h"
#include "TestValues.h"
#include "api/ApiClient.h"
#include "domain/Affair.h"
#include "domain/Document.h"
#include "domain/JsonCodec.h"
#include "domain/Page.h"
#include "domain/Product.h"
#include "files/FileCache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/resource.h>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kBigSize = 5 << 20;
constexpr int kWaitMs = 60000;

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// Every file under `root`, relative to it, sorted.
QStringList filesUnder(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next().mid(root.size() + 1));
    files.sort();
    return files;
}

bool waitFor(DownloadJob* job)
{
    if (!job->isFinished()) {
        QSignalSpy finished(job, &DownloadJob::finished);
        if (!finished.wait(kWaitMs))
            return false;
    }
    return job->isFinished();
}

} // namespace

class TestFileCache final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QByteArray m_token;
    QTemporaryDir m_temp;
    QList<Document> m_documents; // the demo documents, one per sha256, smallest first
    Document m_big;
    QByteArray m_bigContent;
    int m_roots = 0;

    std::unique_ptr<ApiClient> client(const QUrl& server, bool trustDemoCa = true)
    {
        auto api = std::make_unique<ApiClient>();
        api->setServer(server);
        if (trustDemoCa)
            api->setTrustedCertificates(QSslCertificate::fromPath(m_server.dataPath(u"tls/ca.pem"_s)));
        api->setToken(m_token);
        return api;
    }

    std::unique_ptr<ApiClient> client() { return client(m_server.rootUrl(QString())); }

    QString freshRoot() { return m_temp.filePath(u"profile%1/files"_s.arg(++m_roots)); }

    static QString pathIn(const QString& root, const QString& sha256)
    {
        return root + u'/' + sha256.left(2) + u'/' + sha256.mid(2, 2) + u'/' + sha256;
    }

    const Document& document(int index) const { return m_documents.at(index); }

    // Downloads take one of two ways by size (ResumableTransfer): a demo document (small, through
    // QNetworkAccessManager) or the big one (5 MiB, on threads of its own). The small one is the
    // smallest over `atLeast` bytes.
    const Document& bySize(bool big, qint64 atLeast = 0) const
    {
        if (big)
            return m_big;
        const auto found = std::find_if(m_documents.begin(), m_documents.end(),
                                        [atLeast](const Document& d) { return d.size >= atLeast; });
        return found != m_documents.end() ? *found : m_big;
    }

    static void bothWays()
    {
        QTest::addColumn<bool>("big");
        QTest::newRow("small: QNetworkAccessManager") << false;
        QTest::newRow("big: threads of its own") << true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        const QString error = m_server.startSignedIn(&m_token);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QSet<QString> seen;
        QUuid firstProduct;
        for (const Affair& affair :
             m_server.getDecoded<Page<Affair>>(u"affairs?limit=500"_s, m_token).items) {
            for (const Product& product :
                 m_server
                     .getDecoded<Page<Product>>(u"affairs/%1/products?limit=500"_s.arg(idOf(affair.id)),
                                                m_token)
                     .items) {
                if (firstProduct.isNull())
                    firstProduct = product.id;
                for (const Document& d :
                     m_server
                         .getDecoded<Page<Document>>(
                             u"products/%1/documents?limit=500"_s.arg(idOf(product.id)), m_token)
                         .items)
                    if (d.size > 0 && !seen.contains(d.sha256)) {
                        seen.insert(d.sha256);
                        m_documents.append(d);
                    }
            }
        }
        std::sort(m_documents.begin(), m_documents.end(),
                  [](const Document& a, const Document& b) { return a.size < b.size; });
        QVERIFY2(m_documents.size() >= 3, "the demo data has too few distinct documents");

        // A document big enough to cut part-way, added as an operator would, while the server runs.
        m_bigContent.resize(kBigSize);
        QRandomGenerator generator(4);
        generator.fillRange(reinterpret_cast<quint32*>(m_bigContent.data()), kBigSize / 4);
        m_big = m_server.addDocument(firstProduct, m_bigContent, m_token);
        QVERIFY2(!m_big.id.isNull(), "document-add failed: see the warning above");
        QCOMPARE(m_big.size, kBigSize);
        QCOMPARE(m_big.sha256.toLatin1(),
                 QCryptographicHash::hash(m_bigContent, QCryptographicHash::Sha256).toHex());
    }

    void downloadIsVerifiedAndStoredBySha256()
    {
        auto api = client();
        const QString root = freshRoot();
        FileCache cache(*api, root);
        QVERIFY(!cache.open().has_value());
        const Document& d = document(0);
        DownloadJob* job = cache.fetch(d);
        QSignalSpy progress(job, &DownloadJob::progress);
        QVERIFY(waitFor(job));
        QVERIFY2(!job->error(), qPrintable(job->error() ? job->error()->message() : QString()));
        QCOMPARE(job->path(), pathIn(root, d.sha256));
        QCOMPARE(sha256Of(job->path()), d.sha256.toLatin1());
        QCOMPARE(QFileInfo(job->path()).size(), d.size);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), d.size);
        QCOMPARE(progress.last().at(1).toLongLong(), d.size);
        QCOMPARE(job->received(), d.size);
        QCOMPARE(job->resumedFrom(), 0);
        QCOMPARE(filesUnder(root), QStringList{FileCache::relativePath(d.sha256)}); // no part left
        QCOMPARE(cache.usedBytes(), d.size);
        QCOMPARE(cache.path(d.sha256), job->path());
        delete job;
    }

    void cachedFileNeedsNoServer()
    {
        const QString root = freshRoot();
        const Document& d = document(1);
        {
            auto api = client();
            FileCache cache(*api, root);
            DownloadJob* job = cache.fetch(d);
            QVERIFY(waitFor(job));
            QVERIFY(!job->error());
        }
        // Another run, and nothing behind the address of the server (a proxy counting connections).
        FileCacheProxy nowhere(1, -1);
        QVERIFY(nowhere.listen());
        auto offline = client(QUrl(u"https://127.0.0.1:%1/"_s.arg(nowhere.port())));
        FileCache cache(*offline, root);
        QVERIFY(!cache.open().has_value());
        QCOMPARE(cache.usedBytes(), d.size);
        DownloadJob* job = cache.fetch(d);
        QVERIFY(job->isFinished()); // answered before fetch() returned
        QSignalSpy finished(job, &DownloadJob::finished);
        QVERIFY(finished.wait(kWaitMs)); // and still announced, once
        QCOMPARE(finished.count(), 1);
        QVERIFY(!job->error());
        QCOMPARE(job->path(), pathIn(root, d.sha256));
        QCOMPARE(nowhere.connections(), 0);

        // The control: a file not in the cache does need the server, which is not there.
        DownloadJob* missing = cache.fetch(document(0));
        QVERIFY(waitFor(missing));
        QVERIFY(missing->error());
        QCOMPARE(missing->error()->kind(), FileError::Kind::Network);
        QVERIFY(missing->error()->apiError()->isUnreachable());
        QVERIFY(!filesUnder(root).contains(FileCache::relativePath(document(0).sha256)));
    }

    void concurrentFetchesShareOneDownload()
    {
        FileCacheProxy counter(m_server.rootUrl(QString()).port(), -1);
        QVERIFY(counter.listen());
        auto api = client(QUrl(u"https://127.0.0.1:%1/"_s.arg(counter.port())));
        const QString root = freshRoot();
        FileCache cache(*api, root);
        DownloadJob* first = cache.fetch(m_big);
        DownloadJob* second = cache.fetch(m_big);
        DownloadJob* quitter = cache.fetch(m_big);
        QVERIFY(first != second);
        quitter->cancel(); // one caller leaving does not stop the others' download
        QVERIFY(quitter->isFinished());
        QVERIFY(quitter->error() && quitter->error()->isCancelled());
        QVERIFY(waitFor(first));
        QVERIFY(waitFor(second));
        QVERIFY(!first->error());
        QVERIFY(!second->error());
        QCOMPARE(first->path(), pathIn(root, m_big.sha256));
        QCOMPARE(second->path(), first->path());
        QCOMPARE(sha256Of(first->path()), m_big.sha256.toLatin1());
        QCOMPARE(counter.connections(), 1);
    }

    void resumesFromAPart_data()
    {
        QTest::addColumn<qint64>("partSize");
        QTest::addColumn<bool>("damaged");
        QTest::addColumn<int>("expectedRequests");
        QTest::addColumn<qint64>("expectedResume"); // where the last answer started

        QTest::newRow("two fifths") << qint64(2 << 20) << false << 1 << qint64(2 << 20);
        QTest::newRow("one byte") << qint64(1) << false << 1 << qint64(1);
        QTest::newRow("complete: no request") << kBigSize << false << 0 << qint64(0);
        QTest::newRow("longer than the file: start over") << kBigSize + 10 << false << 1 << qint64(0);
        // A part damaged on disk fails the check once, then one fresh download settles it.
        QTest::newRow("damaged: afresh") << qint64(2 << 20) << true << 2 << qint64(0);
        QTest::newRow("complete but damaged: afresh") << kBigSize << true << 1 << qint64(0);
    }

    void resumesFromAPart()
    {
        QFETCH(qint64, partSize);
        QFETCH(bool, damaged);
        QFETCH(int, expectedRequests);
        QFETCH(qint64, expectedResume);

        // What an earlier run killed mid-download leaves behind.
        const QString root = freshRoot();
        const QString part = pathIn(root, m_big.sha256) + u".part"_s;
        QVERIFY(QDir().mkpath(QFileInfo(part).path()));
        QByteArray bytes = m_bigContent.left(partSize);
        if (bytes.size() < partSize)
            bytes += QByteArray(partSize - bytes.size(), 'x');
        if (damaged)
            bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x55);
        QFile file(part);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), partSize);
        file.close();

        FileCacheProxy counter(m_server.rootUrl(QString()).port(), -1);
        QVERIFY(counter.listen());
        auto api = client(QUrl(u"https://127.0.0.1:%1/"_s.arg(counter.port())));
        FileCache cache(*api, root);
        DownloadJob* job = cache.fetch(m_big);
        QVERIFY(waitFor(job));
        QVERIFY2(!job->error(), qPrintable(job->error() ? job->error()->detail() : QString()));
        QCOMPARE(counter.connections(), expectedRequests);
        QCOMPARE(job->resumedFrom(), expectedResume);
        QCOMPARE(sha256Of(job->path()), m_big.sha256.toLatin1());
        QCOMPARE(filesUnder(root), QStringList{FileCache::relativePath(m_big.sha256)}); // the part is gone
    }

    void resumesAfterACut()
    {
        // The first connection through the proxy ends after 1 MiB of the answer, TLS record or not.
        FileCacheProxy proxy(m_server.rootUrl(QString()).port(), 1 << 20);
        QVERIFY(proxy.listen());
        auto api = client(QUrl(u"https://127.0.0.1:%1/"_s.arg(proxy.port())));
        const QString root = freshRoot();
        FileCache cache(*api, root);
        DownloadJob* job = cache.fetch(m_big);
        QVERIFY(waitFor(job));
        QVERIFY2(!job->error(), qPrintable(job->error() ? job->error()->detail() : QString()));
        QVERIFY(proxy.didCut());
        QCOMPARE(proxy.connections(), 2);
        // The second request asked for the rest only (a 206 from where the part stopped).
        QVERIFY(job->resumedFrom() > 0);
        QVERIFY(job->resumedFrom() < (1 << 20));
        QCOMPARE(sha256Of(job->path()), m_big.sha256.toLatin1());
        QCOMPARE(filesUnder(root), QStringList{FileCache::relativePath(m_big.sha256)});
    }

    void cancelledDownloadResumesLater()
    {
        auto api = client();
        const QString root = freshRoot();
        FileCache cache(*api, root);
        DownloadJob* job = cache.fetch(m_big);
        connect(job, &DownloadJob::progress, job, &DownloadJob::cancel);
        QVERIFY(waitFor(job));
        QVERIFY(job->error() && job->error()->isCancelled());
        const QString part = pathIn(root, m_big.sha256) + u".part"_s;
        const qint64 kept = QFileInfo(part).size();
        QVERIFY(kept > 0);
        QVERIFY(kept < kBigSize);
        QCOMPARE(cache.usedBytes(), 0);

        DownloadJob* again = cache.fetch(m_big);
        QVERIFY(waitFor(again));
        QVERIFY(!again->error());
        QCOMPARE(again->resumedFrom(), kept);
        QCOMPARE(sha256Of(again->path()), m_big.sha256.toLatin1());
    }

    void abandonedDownloadsStopCleanly()
    {
        // The server's answers stall after 1 MiB: each download is under way, and stays so.
        FileCacheProxy proxy(m_server.rootUrl(QString()).port(), -1);
        proxy.stallAfter(1 << 20);
        QVERIFY(proxy.listen());
        auto api = client(QUrl(u"https://127.0.0.1:%1/"_s.arg(proxy.port())));
        const QString root = freshRoot();
        const QString part = pathIn(root, m_big.sha256) + u".part"_s;
        {
            FileCache cache(*api, root);
            // A caller that deletes its job instead of cancelling it: the transfer stops.
            DownloadJob* deleted = cache.fetch(m_big);
            QSignalSpy progressed(deleted, &DownloadJob::progress);
            QVERIFY(progressed.wait(kWaitMs));
            QSignalSpy stopped(&proxy, &FileCacheProxy::connectionClosed);
            delete deleted;
            QVERIFY(stopped.count() == 1 || stopped.wait(kWaitMs)); // it hung up

            // The cache itself going away mid-download (the app quitting).
            DownloadJob* job = cache.fetch(m_big);
            QSignalSpy progress(job, &DownloadJob::progress);
            QVERIFY(progress.wait(kWaitMs));
            QVERIFY(!job->isFinished());
        }
        QCOMPARE(proxy.connections(), 2);
        QVERIFY(QFileInfo(part).size() > 0);
        QVERIFY(QFileInfo(part).size() < kBigSize);
        auto direct = client();
        FileCache cache(*direct, root);
        DownloadJob* job = cache.fetch(m_big);
        QVERIFY(waitFor(job));
        QVERIFY(!job->error());
        QVERIFY(job->resumedFrom() > 0);
        QCOMPARE(sha256Of(job->path()), m_big.sha256.toLatin1());
    }

    void checksumMismatchLeavesNothing_data() { bothWays(); }

    void checksumMismatchLeavesNothing()
    {
        QFETCH(bool, big);
        auto api = client();
        const QString root = freshRoot();
        FileCache cache(*api, root);
        Document altered = bySize(big);
        altered.sha256.back() = altered.sha256.back() == u'0' ? u'1' : u'0';
        DownloadJob* job = cache.fetch(altered);
        QVERIFY(waitFor(job));
        QVERIFY(job->error());
        QCOMPARE(job->error()->kind(), FileError::Kind::Integrity);
        QVERIFY(job->path().isEmpty());
        QCOMPARE(filesUnder(root), QStringList()); // neither under the claimed sha256 nor the real one
        QCOMPARE(cache.usedBytes(), 0);
        QVERIFY(!cache.contains(altered.sha256));
    }

    void unknownDocumentIsAnHttpError()
    {
        auto api = client();
        const QString root = freshRoot();
        FileCache cache(*api, root);
        Document gone = document(0);
        gone.id = QUuid::createUuid();
        DownloadJob* job = cache.fetch(gone);
        QVERIFY(waitFor(job));
        QVERIFY(job->error());
        QCOMPARE(job->error()->kind(), FileError::Kind::Network);
        QCOMPARE(job->error()->apiError()->status(), 404);
        QCOMPARE(job->error()->apiError()->code(), u"not_found"_s);
        QCOMPARE(filesUnder(root), QStringList());
    }

    void leastRecentlyUsedGoesFirst()
    {
        auto api = client();
        const QString root = freshRoot();
        FileCache cache(*api, root);
        QSignalSpy evicted(&cache, &FileCache::evicted);
        const Document &a = document(0), &b = document(1), &c = document(2);
        for (const Document* d : {&a, &b})
            QVERIFY(waitFor(cache.fetch(*d)));
        QVERIFY(!cache.path(a.sha256).isEmpty()); // a used again: b is now the least recent
        cache.setCapacity(a.size + b.size + c.size - 1);
        QCOMPARE(evicted.count(), 0);
        QVERIFY(waitFor(cache.fetch(c)));
        QCOMPARE(evicted.count(), 1);
        QCOMPARE(evicted.first().first().toString(), b.sha256);
        QVERIFY(cache.contains(a.sha256));
        QVERIFY(!cache.contains(b.sha256));
        QVERIFY(cache.contains(c.sha256));
        QVERIFY(!QFile::exists(pathIn(root, b.sha256)));
        QCOMPARE(cache.usedBytes(), a.size + c.size);

        // The order survives a restart: the files' times are the index.
        FileCache reopened(*api, root);
        QVERIFY(!reopened.open().has_value());
        QCOMPARE(reopened.usedBytes(), a.size + c.size);
        reopened.setCapacity(c.size);
        QVERIFY(!reopened.contains(a.sha256));
        QVERIFY(reopened.contains(c.sha256));
    }

    void scanInTheBackground()
    {
        auto api = client();
        const QString root = freshRoot();
        const Document &a = document(0), &b = document(1);
        {
            FileCache first(*api, root);
            for (const Document* d : {&a, &b})
                QVERIFY(waitFor(first.fetch(*d)));
        }
        FileCache cache(*api, root);
        QSignalSpy scanned(&cache, &FileCache::scanned);
        QSignalSpy evicted(&cache, &FileCache::evicted);
        QVERIFY(!cache.openInBackground().has_value());
        // The scan ends in the event loop, not before: the disk answers meanwhile.
        QVERIFY(cache.isScanning());
        QVERIFY(cache.contains(a.sha256));
        QVERIFY(!cache.contains(QString(64, u'0')));
        QCOMPARE(cache.path(b.sha256), pathIn(root, b.sha256));
        DownloadJob* job = cache.fetch(a); // from the disk: no server asked
        QVERIFY(job->isFinished());
        QVERIFY(!job->error());
        job->deleteLater();
        // Nothing is evicted before the least recently used are known.
        cache.setCapacity(0);
        QCOMPARE(evicted.count(), 0);
        QVERIFY(scanned.wait(10000));
        QVERIFY(!cache.isScanning());
        // Now they are, and the capacity applies.
        QCOMPARE(evicted.count(), 2);
        QCOMPARE(cache.usedBytes(), 0);
        QVERIFY(!QFile::exists(pathIn(root, a.sha256)));
    }

    void pinnedFilesAreNeverEvicted()
    {
        auto api = client();
        const QString root = freshRoot();
        FileCache cache(*api, root);
        const Document &a = document(0), &b = document(1), &c = document(2);
        QVERIFY(!cache.pin(a.sha256, u"affair:one"_s).has_value());
        QVERIFY(!cache.pin(QStringList{b.sha256, a.sha256}, u"affair:two"_s).has_value());
        for (const Document* d : {&a, &b, &c})
            QVERIFY(waitFor(cache.fetch(*d)));
        QCOMPARE(cache.pinnedBytes(), a.size + b.size);

        cache.setCapacity(0);
        QVERIFY(cache.contains(a.sha256));
        QVERIFY(cache.contains(b.sha256));
        QVERIFY(!cache.contains(c.sha256));
        QCOMPARE(cache.usedBytes(), a.size + b.size);

        QVERIFY(!cache.unpin(u"affair:two"_s).has_value()); // a is still pinned by "one"
        QVERIFY(cache.contains(a.sha256));
        QVERIFY(!cache.contains(b.sha256));
        QCOMPARE(cache.pinnedBytes(), a.size);

        // Pins are kept for the next run.
        FileCache reopened(*api, root);
        QVERIFY(!reopened.open().has_value());
        QVERIFY(reopened.isPinned(a.sha256));
        QVERIFY(!reopened.isPinned(b.sha256));
        reopened.setCapacity(0);
        QVERIFY(reopened.contains(a.sha256));
        QVERIFY(!reopened.unpin(u"affair:one"_s).has_value());
        QVERIFY(!reopened.contains(a.sha256));
        QCOMPARE(reopened.usedBytes(), 0);
    }

    void capacitySmallerThanOneFile()
    {
        auto api = client();
        const QString root = freshRoot();
        FileCache cache(*api, root);
        cache.setCapacity(1);
        const Document &a = document(0), &b = document(1);
        DownloadJob* first = cache.fetch(a);
        QVERIFY(waitFor(first));
        QVERIFY(!first->error());
        QVERIFY(QFile::exists(first->path())); // the file just fetched is the caller's: kept
        QCOMPARE(cache.usedBytes(), a.size);
        DownloadJob* second = cache.fetch(b);
        QVERIFY(waitFor(second));
        QVERIFY(!second->error());
        QVERIFY(!QFile::exists(first->path()));
        QVERIFY(QFile::exists(second->path()));
        QCOMPARE(cache.usedBytes(), b.size);
        QCOMPARE(filesUnder(root), QStringList{FileCache::relativePath(b.sha256)});
    }

    void untrustedCertificateIsRefused_data() { bothWays(); }

    void untrustedCertificateIsRefused()
    {
        QFETCH(bool, big);
        auto api = client(m_server.rootUrl(QString()), false);
        const QString root = freshRoot();
        FileCache cache(*api, root);
        DownloadJob* job = cache.fetch(bySize(big));
        QVERIFY(waitFor(job));
        QVERIFY(job->error());
        QCOMPARE(job->error()->kind(), FileError::Kind::Network);
        const ApiError& error = *job->error()->apiError();
        QCOMPARE(error.kind(), ApiError::Kind::Tls);
        QVERIFY(error.certificate());
        QVERIFY(!error.certificate()->subject.isEmpty());
        QVERIFY(!error.certificate()->issuer.isEmpty());
        QCOMPARE(error.certificate()->sha256Fingerprint.size(), 32 * 3 - 1);
        QVERIFY(!error.certificate()->errors.isEmpty());
        QVERIFY(!job->error()->message().isEmpty());
        QCOMPARE(filesUnder(root), QStringList());
    }

    void refusesWhenTheDiskIsTooSmall()
    {
        FileCacheProxy counter(m_server.rootUrl(QString()).port(), -1);
        QVERIFY(counter.listen());
        auto api = client(QUrl(u"https://127.0.0.1:%1/"_s.arg(counter.port())));
        const QString root = freshRoot();
        FileCache cache(*api, root);
        Document huge = document(0);
        huge.size = qint64(1) << 60; // no test disk has an exbibyte free
        DownloadJob* job = cache.fetch(huge);
        QVERIFY(waitFor(job));
        QVERIFY(job->error());
        QCOMPARE(job->error()->kind(), FileError::Kind::DiskFull);
        QVERIFY(job->error()->neededBytes() >= huge.size);
        QVERIFY(job->error()->message().contains(QLocale().formattedDataSize(job->error()->neededBytes())));
        QVERIFY(job->error()->message().contains(huge.fileName));
        QCOMPARE(counter.connections(), 0);
        QCOMPARE(filesUnder(root), QStringList());
    }

    void failedWriteLeavesNothing_data() { bothWays(); }

    void failedWriteLeavesNothing()
    {
        QFETCH(bool, big);
        const Document& document = bySize(big, 16 << 10);
        QVERIFY2(document.size < (4 << 20) || big, "no demo document between 16 KiB and 4 MiB");
        auto api = client();
        const QString root = freshRoot();
        FileCache cache(*api, root);
        QVERIFY(!cache.open().has_value());
        // A real write failure: files of this process may not grow past half the document (at most
        // 64 KiB) for a while (EFBIG instead of the signal that would kill us).
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = saved;
        small.rlim_cur = rlim_t(std::min<qint64>(64 << 10, document.size / 2));
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        DownloadJob* job = cache.fetch(document);
        const bool finished = waitFor(job);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(finished);
        QVERIFY(job->error());
        QCOMPARE(job->error()->kind(), FileError::Kind::Io);
        QVERIFY(!job->error()->message().isEmpty());
        QCOMPARE(filesUnder(root), QStringList());
        QCOMPARE(cache.usedBytes(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFileCache)
#include "tst_filecache.moc"
