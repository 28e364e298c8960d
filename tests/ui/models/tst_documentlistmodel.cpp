// A product sheet's document tabs over a store synced from the real server: each kind's documents,
// newest first (schematics by revision), exactly one latest valid schematic even when the newest
// revision is still under review, and a new revision added on the server shown after sync + reload.
#include "ModelFixture.h"
#include "domain/DocumentRevisions.h"
#include "models/DocumentListModel.h"

#include <QFile>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestDocumentListModel final : public QObject
{
    Q_OBJECT

private:
    ModelFixture m_fixture;
    std::unique_ptr<DocumentListModel> m_model;

    QVariant cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_model->index(row, column).data(role);
    }

    QList<Document> shown() const
    {
        return ModelFixture::values<Document>(*m_model, DocumentListModel::DocumentRole);
    }

    bool show(const QUuid& productId, DocumentKind kind)
    {
        m_model->setProduct(productId);
        m_model->setKind(kind);
        return ModelFixture::settle(*m_model);
    }

    QList<Document> storeDocuments(const QUuid& productId, DocumentKind kind) const
    {
        QList<Document> documents = m_fixture.store().documents(productId);
        documents.removeIf([kind](const Document& d) { return d.kind != kind; });
        return documents;
    }

    // The rows marked latest valid.
    QList<int> latestValidRows() const
    {
        QList<int> rows;
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (cell(row, 0, DocumentListModel::IsLatestValidRole).toBool())
                rows.append(row);
        return rows;
    }

private slots:
    void initTestCase()
    {
        const QString error = m_fixture.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_model = m_fixture.testedModel<DocumentListModel>();
    }

    void everyKindNewestFirst_data()
    {
        QTest::addColumn<DocumentKind>("kind");
        QTest::newRow("photos") << DocumentKind::Photo;
        QTest::newRow("schematics") << DocumentKind::Schematic;
        QTest::newRow("quality") << DocumentKind::Quality;
        QTest::newRow("misc") << DocumentKind::Misc;
    }

    void everyKindNewestFirst()
    {
        QFETCH(DocumentKind, kind);
        for (const Product& product : m_fixture.allProducts()) {
            QVERIFY(show(product.id, kind));
            const QList<Document> expected = storeDocuments(product.id, kind);
            QVERIFY(!expected.isEmpty());
            const QList<Document> documents = shown();
            QCOMPARE(documents.size(), expected.size());
            for (const Document& d : expected)
                QVERIFY(documents.contains(d));
            for (int row = 0; row < documents.size(); ++row) {
                const Document& d = documents[row];
                if (row > 0 && kind == DocumentKind::Schematic)
                    QVERIFY(documents[row - 1].revision > d.revision);
                else if (row > 0)
                    QVERIFY(documents[row - 1].createdAt >= d.createdAt);
                QCOMPARE(cell(row, 0, DocumentListModel::IdRole).toUuid(), d.id);
                QCOMPARE(cell(row, DocumentListModel::Title).toString(), d.title);
                QCOMPARE(cell(row, DocumentListModel::Revision),
                         kind == DocumentKind::Schematic ? QVariant(d.revision) : QVariant());
                QCOMPARE(cell(row, DocumentListModel::Date, DocumentListModel::SortRole).toDateTime(),
                         d.createdAt);
                QCOMPARE(cell(row, DocumentListModel::Size).toString(), QLocale().formattedDataSize(d.size));
                QCOMPARE(cell(row, DocumentListModel::Size, DocumentListModel::SortRole).toLongLong(),
                         d.size);
                QCOMPARE(cell(row, DocumentListModel::FileName).toString(), d.fileName);
            }
            if (kind != DocumentKind::Schematic)
                QVERIFY(latestValidRows().isEmpty());
        }
    }

    void exactlyOneLatestValidSchematic()
    {
        int newestUnderReview = 0;
        for (const Product& product : m_fixture.allProducts()) {
            QVERIFY(show(product.id, DocumentKind::Schematic));
            const QList<Document> documents = shown();
            QVERIFY(documents.size() >= 2 && documents.size() <= 4);
            const QList<int> marked = latestValidRows();
            QCOMPARE(marked.size(), 1);
            const int latest = marked.first();
            // Everything newer than it is still under review; it is valid itself.
            for (int row = 0; row < latest; ++row)
                QVERIFY(!documents[row].valid);
            QVERIFY(documents[latest].valid);
            newestUnderReview += latest > 0;
            const auto expected = DocumentRevisions::latestValid(m_fixture.store().documents(product.id));
            QVERIFY(expected);
            QCOMPARE(documents[latest], *expected);
            // Older revisions are superseded by it: in italics, with a warning; newer ones under
            // review are neither.
            for (int row = 0; row < documents.size(); ++row) {
                const bool isLatest = row == latest;
                const bool superseded = row > latest;
                const QFont font = cell(row, DocumentListModel::Title, Qt::FontRole).value<QFont>();
                QCOMPARE(font.bold(), isLatest);
                QCOMPARE(font.italic(), superseded);
                QCOMPARE(cell(row, DocumentListModel::Title, Qt::DecorationRole).value<QIcon>().name(),
                         isLatest         ? u"star"_s
                             : superseded ? u"warning"_s
                                          : QString());
                QCOMPARE(cell(row, DocumentListModel::Size, Qt::ToolTipRole).toString(),
                         isLatest         ? u"Latest valid schematic"_s
                             : superseded ? u"Superseded by revision %1"_s.arg(documents[latest].revision)
                                          : QString());
                QCOMPARE(cell(row, 0, DocumentListModel::SupersededByRole).toLongLong(),
                         superseded ? documents[latest].revision : 0);
            }
        }
        // The demo puts every third product's newest revision under review: both cases were seen.
        QVERIFY(newestUnderReview > 0);
        QVERIFY(newestUnderReview < m_fixture.allProducts().size());
    }

    void latestValidOfAList()
    {
        const Product product = m_fixture.allProducts().first();
        QList<Document> documents = m_fixture.store().documents(product.id);
        const auto latest = DocumentRevisions::latestValid(documents);
        QVERIFY(latest);
        QCOMPARE(latest->kind, DocumentKind::Schematic);
        for (const Document& d : documents)
            if (d.kind == DocumentKind::Schematic && d.valid)
                QVERIFY(d.revision <= latest->revision);
        // Photos and quality documents are valid too, but never a schematic to hand out.
        QVERIFY(!DocumentRevisions::latestValid(storeDocuments(product.id, DocumentKind::Photo)));
        // Every revision under review: none to hand out.
        for (Document& d : documents)
            d.valid = false;
        QVERIFY(!DocumentRevisions::latestValid(documents));
    }

    void newRevisionAfterSyncAndReload()
    {
        // A revision newer than all, still under review, then one newer still and valid: the star
        // stays on the old one, then moves to the newest.
        const Product product = m_fixture.allProducts().at(1);
        QVERIFY(show(product.id, DocumentKind::Schematic));
        const qint64 top = shown().first().revision;
        const QUuid before = cell(latestValidRows().first(), 0, DocumentListModel::IdRole).toUuid();
        const QString pdf = m_fixture.server().dataPath(u"new-revision.pdf"_s);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("%PDF-1.4\n% a revision made by the test\n%%EOF\n") > 0);
        file.close();
        const auto addRevision = [&](qint64 revision, const QString& valid) {
            const AdminRun run = m_fixture.server().admin(
                {u"document-add"_s, u"--product"_s, product.id.toString(QUuid::WithoutBraces), u"--kind"_s,
                 u"schematic"_s, u"--file"_s, pdf, u"--title"_s, u"Schéma de câblage"_s, u"--revision"_s,
                 QString::number(revision), u"--valid"_s, valid, u"--mime"_s, u"application/pdf"_s});
            return run.exitCode == 0 ? QUuid::fromString(QString::fromUtf8(run.out.trimmed())) : QUuid();
        };

        const QUuid underReview = addRevision(top + 1, u"no"_s);
        QVERIFY(!underReview.isNull());
        QString error = m_fixture.sync();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_model->reload();
        QVERIFY(ModelFixture::settle(*m_model));
        QCOMPARE(cell(0, 0, DocumentListModel::IdRole).toUuid(), underReview);
        QCOMPARE(cell(latestValidRows().first(), 0, DocumentListModel::IdRole).toUuid(), before);
        const auto rowOf = [&](const QUuid& id) {
            for (int row = 0; row < m_model->rowCount(); ++row)
                if (cell(row, 0, DocumentListModel::IdRole).toUuid() == id)
                    return row;
            return -1;
        };
        // A revision under review supersedes nothing yet.
        QCOMPARE(cell(rowOf(before), 0, DocumentListModel::SupersededByRole).toLongLong(), 0);

        const QUuid valid = addRevision(top + 2, u"yes"_s);
        QVERIFY(!valid.isNull());
        error = m_fixture.sync();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_model->reload();
        QVERIFY(ModelFixture::settle(*m_model));
        QCOMPARE(cell(0, 0, DocumentListModel::IdRole).toUuid(), valid);
        QCOMPARE(latestValidRows(), QList<int>{0});
        // The copy that was the latest valid one is now superseded, and says by which revision.
        const int old = rowOf(before);
        QCOMPARE(cell(old, 0, DocumentListModel::SupersededByRole).toLongLong(), top + 2);
        QVERIFY(cell(old, 0, Qt::FontRole).value<QFont>().italic());
        QCOMPARE(cell(old, 0, Qt::ToolTipRole).toString(), u"Superseded by revision %1"_s.arg(top + 2));
        QCOMPARE(cell(0, 0, DocumentListModel::SupersededByRole).toLongLong(), 0);
        QCOMPARE(shown().size(), storeDocuments(product.id, DocumentKind::Schematic).size());
    }
};

QTEST_MAIN(TestDocumentListModel)
#include "tst_documentlistmodel.moc"
