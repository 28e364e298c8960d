// A DOE package built on this computer against the real server: a zip that `unzip -t` accepts with
// a manifest whose checksums match the store and the extracted files; an interrupted package that
// resumes without downloading again what the cache got; a cancel that leaves no file; and the
// changes since the previous package (a new revision, a new document) said and written in the index.
#include "PackageTools.h"
#include "SignedInSession.h"
#include "doe/DoeBuilder.h"
#include "doe/DoeSelection.h"
#include "files/FileCache.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 60000;

DoeRequest everything()
{
    DoeRequest request;
    request.kinds = {DocumentKind::Photo, DocumentKind::Schematic, DocumentKind::Quality, DocumentKind::Misc};
    request.latestValidOnly = false;
    return request;
}

} // namespace

class TestDoeBuilder final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_profile;
    QTemporaryDir m_out;
    std::unique_ptr<ClientSession> m_session;
    QUuid m_affair;

    std::unique_ptr<DoeBuilder> builder(const QString& zip, const DoeRequest& request = everything())
    {
        auto b = std::make_unique<DoeBuilder>(m_session->store(), m_session->files(), m_affair, request, zip,
                                              m_session->profile().doeHistoryDirectory());
        b->setLanguage(DoePackageWriter::Language::English);
        return b;
    }

    static bool finish(DoeBuilder& b)
    {
        QSignalSpy finished(&b, &DoeBuilder::finished);
        b.start();
        return b.isFinished() || finished.wait(kWaitMs);
    }

    qint64 cachedBytes(const DoeSelection& selection)
    {
        qint64 bytes = 0;
        QSet<QString> seen;
        for (const DoeSelection::Item& item : selection.items)
            if (m_session->files().contains(item.document.sha256) && !seen.contains(item.document.sha256)) {
                seen.insert(item.document.sha256);
                bytes += item.document.size;
            }
        return bytes;
    }

    qint64 uniqueBytes(const DoeSelection& selection)
    {
        qint64 bytes = 0;
        QSet<QString> seen;
        for (const DoeSelection::Item& item : selection.items)
            if (!seen.contains(item.document.sha256)) {
                seen.insert(item.document.sha256);
                bytes += item.document.size;
            }
        return bytes;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        QVERIFY(m_out.isValid());
        const QString error
            = startSignedInSession(m_server, m_profile.path(), u"tst_doebuilder"_s, &m_session);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const Affair& a : m_session->store().affairs())
            if (a.reference == u"AFF-2024-0042")
                m_affair = a.id;
        QVERIFY(!m_affair.isNull());
    }

    void interruptedPackageResumesWithoutDownloadingAgain()
    {
        const DoeSelection selection = *DoeSelection::select(m_session->store(), m_affair, everything());
        QVERIFY(selection.items.size() > 4);
        QCOMPARE(cachedBytes(selection), 0);

        const QString zip = m_out.filePath(u"resumed.zip"_s);
        auto first = builder(zip);
        // Cut as soon as the first document is in the cache: the others are still to come.
        connect(first.get(), &DoeBuilder::progress, this, [&](DoeBuilder::Stage stage, qint64, qint64) {
            if (stage == DoeBuilder::Stage::Fetching && m_session->files().usedBytes() > 0)
                first->cancel();
        });
        QVERIFY(finish(*first));
        QVERIFY(first->isCancelled());
        QVERIFY(!QFile::exists(zip));
        QVERIFY(!QFile::exists(zip + u".part"_s));
        const qint64 kept = cachedBytes(selection);
        QVERIFY(kept > 0);
        QVERIFY(kept < uniqueBytes(selection));

        auto second = builder(zip);
        QVERIFY(finish(*second));
        QVERIFY2(!second->hasError(), qPrintable(second->errorMessage()));
        // Only what the cut left missing was asked of the server.
        QCOMPARE(second->downloadedBytes(), uniqueBytes(selection) - kept);
        QCOMPARE(runTool(u"unzip"_s, {u"-tq"_s, zip}).exitCode, 0);
        QVERIFY(second->changes() == std::nullopt); // the first package of this affair
    }

    void manifestMatchesTheStoreAndTheFiles()
    {
        const QString zip = m_out.filePath(u"checked.zip"_s);
        auto b = builder(zip);
        QVERIFY(finish(*b));
        QVERIFY2(!b->hasError(), qPrintable(b->errorMessage()));
        QCOMPARE(b->downloadedBytes(), 0); // everything came from the cache this time

        const QString dir = m_out.filePath(u"checked"_s);
        QCOMPARE(runTool(u"unzip"_s, {u"-q"_s, zip, u"-d"_s, dir}).exitCode, 0);
        QFile manifest(dir + u"/manifest.csv"_s);
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QList<QStringList> rows = parseManifestCsv(QString::fromUtf8(manifest.readAll()));
        QVERIFY(!rows.isEmpty());
        rows.removeFirst(); // the header
        QCOMPARE(rows.size(), b->fileCount());
        const DoeSelection selection = *DoeSelection::select(m_session->store(), m_affair, everything());
        QHash<QString, qint64> expected; // sha256 → size, from the store
        for (const DoeSelection::Item& item : selection.items)
            expected.insert(item.document.sha256, item.document.size);
        QHash<QString, qint64> listed;
        for (const QStringList& row : std::as_const(rows)) {
            // affaire;produit;type;titre;révision;valide;fichier;taille;sha256;date
            QCOMPARE(row.size(), 10);
            const QString& name = row.at(6);
            const QString& sha = row.at(8);
            QCOMPARE(QFileInfo(dir + u'/' + name).size(), row.at(7).toLongLong());
            QCOMPARE(fileSha256(dir + u'/' + name), sha);
            listed.insert(sha, row.at(7).toLongLong());
        }
        QCOMPARE(listed, expected);
        QVERIFY(QFile::exists(dir + u"/index.html"_s));
        // A second package of the same selection: nothing changed since the first.
        QVERIFY(b->changes());
        QVERIFY(b->changes()->isEmpty());
        QVERIFY(b->changesText().startsWith(u"No change since"_s));
    }

    void changesSinceThePreviousPackageAreSaid()
    {
        const Product product = m_session->store().products(m_affair).constFirst();
        const QString file = m_server.dataPath(u"changed.pdf"_s);
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        QVERIFY(pdf.write("%PDF-1.4\n% changed since the last package\n%%EOF\n") > 0);
        pdf.close();
        const auto add = [&](const QString& kind, const QString& title, int revision) {
            const AdminRun r = m_server.admin(
                {u"document-add"_s, u"--product"_s, product.id.toString(QUuid::WithoutBraces), u"--kind"_s,
                 kind, u"--file"_s, file, u"--title"_s, title, u"--revision"_s, QString::number(revision),
                 u"--valid"_s, u"yes"_s, u"--mime"_s, u"application/pdf"_s});
            return r.exitCode == 0;
        };
        const Document schematic = [&] {
            for (const Document& d : m_session->store().documents(product.id))
                if (d.kind == DocumentKind::Schematic)
                    return d;
            return Document();
        }();
        QVERIFY(!schematic.id.isNull());
        QVERIFY(add(u"schematic"_s, schematic.title, 50));
        QVERIFY(add(u"misc"_s, u"Notice ajoutée"_s, 1));
        QSignalSpy synced(m_session.get(), &ClientSession::syncFinished);
        m_session->sync();
        QVERIFY(synced.wait(kWaitMs));

        const QString zip = m_out.filePath(u"changed.zip"_s);
        auto b = builder(zip);
        QVERIFY(finish(*b));
        QVERIFY2(!b->hasError(), qPrintable(b->errorMessage()));
        QVERIFY(b->changes());
        QCOMPARE(b->changes()->revised.size(), 1);
        QCOMPARE(b->changes()->revised.first().document.revision, 50);
        QCOMPARE(b->changes()->added.size(), 1);
        QCOMPARE(b->changes()->added.first().document.title, u"Notice ajoutée"_s);
        QVERIFY(b->changes()->removed.isEmpty());
        QVERIFY(b->changesText().contains(u"1 added"_s));
        QVERIFY(b->changesText().contains(u"1 revised"_s));

        const ToolRun index = runTool(u"unzip"_s, {u"-p"_s, zip, u"index.html"_s});
        QCOMPARE(index.exitCode, 0);
        QVERIFY(QString::fromUtf8(index.out).contains(u"Notice ajoutée"_s));
    }

    void cancelWhileWritingLeavesNoFile()
    {
        const QString zip = m_out.filePath(u"cancelled.zip"_s);
        auto b = builder(zip);
        connect(b.get(), &DoeBuilder::progress, this, [&](DoeBuilder::Stage stage, qint64, qint64) {
            if (stage == DoeBuilder::Stage::Writing)
                b->cancel();
        });
        QVERIFY(finish(*b));
        QVERIFY(b->isCancelled());
        b.reset(); // waits for the writer thread
        QVERIFY(!QFile::exists(zip));
        QVERIFY(!QFile::exists(zip + u".part"_s));
    }

    void unknownAffairIsSaidClearly()
    {
        auto b = std::make_unique<DoeBuilder>(m_session->store(), m_session->files(), QUuid::createUuid(),
                                              everything(), m_out.filePath(u"none.zip"_s),
                                              m_session->profile().doeHistoryDirectory());
        QVERIFY(finish(*b));
        QVERIFY(b->hasError());
        QVERIFY(b->errorMessage().contains(u"synchronise"_s));
    }
};

QTEST_GUILESS_MAIN(TestDoeBuilder)
#include "tst_doebuilder.moc"
