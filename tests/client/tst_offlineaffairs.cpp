// « Disponible hors ligne » against the real server: a pinned affair's every document is fetched
// and kept through eviction, a new revision on the server is fetched after the next sync (and
// supersedes the copy held), and with the server stopped every product and document of the
// affair opens from the cache, a DOE package included.
#include "PackageTools.h"
#include "SignedInSession.h"
#include "doe/DoeBuilder.h"
#include "doe/DoeSelection.h"
#include "doe/OfflineAffairs.h"
#include "domain/DocumentRevisions.h"
#include "files/DownloadJob.h"
#include "files/FileCache.h"
#include "store/Store.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 60000;

} // namespace

class TestOfflineAffairs final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_profile;
    std::unique_ptr<ClientSession> m_session;
    QUuid m_affair;
    QUuid m_other;

    OfflineAffairs& offline() { return m_session->offline(); }
    FileCache& files() { return m_session->files(); }

    QUuid affairByReference(const QString& reference)
    {
        for (const Affair& a : m_session->store().affairs())
            if (a.reference == reference)
                return a.id;
        return {};
    }

    QList<Document> documentsOf(const QUuid& affair)
    {
        QList<Document> documents;
        const auto selection = DoeSelection::everything(m_session->store(), affair);
        for (const DoeSelection::Item& item : selection->items)
            documents.append(item.document);
        return documents;
    }

    bool waitIdle()
    {
        QSignalSpy idle(&offline(), &OfflineAffairs::idle);
        return idle.wait(kWaitMs);
    }

    bool syncAndWaitIdle()
    {
        QSignalSpy idle(&offline(), &OfflineAffairs::idle);
        QSignalSpy synced(m_session.get(), &ClientSession::syncFinished);
        m_session->sync();
        return synced.wait(kWaitMs) && (idle.size() > 0 || idle.wait(kWaitMs));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        const QString error
            = startSignedInSession(m_server, m_profile.path(), u"tst_offlineaffairs"_s, &m_session);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_affair = affairByReference(u"AFF-2024-0042"_s);
        m_other = m_session->store().affairs().constFirst().id == m_affair
            ? m_session->store().affairs().constLast().id
            : m_session->store().affairs().constFirst().id;
        QVERIFY(!m_affair.isNull());
        QVERIFY(!documentsOf(m_affair).isEmpty());
    }

    void pinFetchesEveryDocument()
    {
        QVERIFY(!offline().isPinned(m_affair));
        QSignalSpy idle(&offline(), &OfflineAffairs::idle);
        QVERIFY(!offline().pin(m_affair));
        QVERIFY(offline().isPinned(m_affair)); // at once, before anything is read
        QVERIFY(idle.wait(kWaitMs));
        QVERIFY2(!offline().lastError(),
                 qPrintable(offline().lastError() ? offline().lastError()->message() : QString()));
        const QList<Document> documents = documentsOf(m_affair);
        for (const Document& d : documents) {
            QVERIFY2(files().contains(d.sha256), qPrintable(d.title));
            QVERIFY(files().isPinned(d.sha256));
        }
        const OfflineAffairs::Usage usage = offline().usage(m_affair);
        QVERIFY(usage.isComplete());
        QVERIFY(usage.files > 0);
        QVERIFY(usage.bytes > 0);
        QCOMPARE(offline().pinned(), QList<QUuid>{m_affair});
    }

    void pinnedFilesSurviveEviction()
    {
        // A document of another affair, opened once, goes when the cache needs the room; the pinned
        // affair's stay whatever the capacity.
        const Document other = documentsOf(m_other).constFirst();
        QVERIFY(!files().isPinned(other.sha256));
        DownloadJob* job = files().fetch(other);
        QSignalSpy done(job, &DownloadJob::finished);
        QVERIFY(job->isFinished() || done.wait(kWaitMs));
        QVERIFY(!job->error());
        job->deleteLater();
        const qint64 capacity = files().capacity();
        files().setCapacity(0);
        QVERIFY(!files().contains(other.sha256));
        for (const Document& d : documentsOf(m_affair))
            QVERIFY(files().contains(d.sha256));
        files().setCapacity(capacity);
    }

    void newRevisionIsFetchedAfterSyncAndSupersedesTheHeldCopy()
    {
        const Product product = m_session->store().products(m_affair).constFirst();
        const auto before = DocumentRevisions::latestValid(m_session->store().documents(product.id));
        QVERIFY(before);
        const QString pdf = m_server.dataPath(u"offline-revision.pdf"_s);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("%PDF-1.4\n% a revision published while the affair is offline\n%%EOF\n") > 0);
        file.close();
        const AdminRun run
            = m_server.admin({u"document-add"_s, u"--product"_s, product.id.toString(QUuid::WithoutBraces),
                              u"--kind"_s, u"schematic"_s, u"--file"_s, pdf, u"--title"_s, before->title,
                              u"--revision"_s, QString::number(before->revision + 1), u"--valid"_s, u"yes"_s,
                              u"--mime"_s, u"application/pdf"_s});
        QCOMPARE(run.exitCode, 0);
        const QUuid added = QUuid::fromString(QString::fromUtf8(run.out.trimmed()));

        QVERIFY(syncAndWaitIdle());
        const auto revised = m_session->store().document(added);
        QVERIFY(revised);
        QVERIFY(files().contains(revised->sha256));
        QVERIFY(files().isPinned(revised->sha256));
        // The copy held of the revision before is still there, and known to be superseded.
        QVERIFY(files().contains(before->sha256));
        const auto supersededBy
            = DocumentRevisions::supersededBy(*before, m_session->store().documents(product.id));
        QVERIFY(supersededBy);
        QCOMPARE(supersededBy->id, added);
    }

    void serverStoppedEveryDocumentOpensFromTheCache()
    {
        QCOMPARE(m_server.stop(), QString());
        const QList<Product> products = m_session->store().products(m_affair);
        QVERIFY(!products.isEmpty());
        const QList<Document> documents = documentsOf(m_affair);
        for (const Document& d : documents) {
            DownloadJob* job = files().fetch(d);
            QVERIFY2(job->isFinished(), qPrintable(d.title)); // from the cache, no network asked
            QVERIFY(!job->error());
            QCOMPARE(fileSha256(job->path()), d.sha256);
            job->deleteLater();
        }

        // The affair's DOE is built from the cache alone.
        QTemporaryDir out;
        const QString zip = out.filePath(u"DOE.zip"_s);
        DoeRequest request;
        request.kinds
            = {DocumentKind::Photo, DocumentKind::Schematic, DocumentKind::Quality, DocumentKind::Misc};
        request.latestValidOnly = false;
        DoeBuilder builder(m_session->store(), files(), m_affair, request, zip,
                           m_session->profile().doeHistoryDirectory());
        QSignalSpy finished(&builder, &DoeBuilder::finished);
        builder.start();
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY2(!builder.hasError(), qPrintable(builder.errorMessage()));
        QCOMPARE(builder.downloadedBytes(), 0);
        QCOMPARE(builder.fileCount(), documents.size());
        QCOMPARE(runTool(u"unzip"_s, {u"-tq"_s, zip}).exitCode, 0);
    }

    void unpinReleasesTheFiles()
    {
        const QList<Document> documents = documentsOf(m_affair);
        QVERIFY(!offline().unpin(m_affair));
        QVERIFY(!offline().isPinned(m_affair));
        QVERIFY(offline().pinned().isEmpty());
        for (const Document& d : documents)
            QVERIFY(!files().isPinned(d.sha256));
        files().setCapacity(0);
        for (const Document& d : documents)
            QVERIFY(!files().contains(d.sha256));
    }
};

QTEST_GUILESS_MAIN(TestOfflineAffairs)
#include "tst_offlineaffairs.moc"
