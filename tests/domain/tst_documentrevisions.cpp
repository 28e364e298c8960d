// Which document is current: the latest valid schematic, and what supersedes a cached copy.
#include "domain/DocumentRevisions.h"

#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

const QUuid kProduct = QUuid::createUuid();

Document doc(DocumentKind kind, const QString& title, qint64 revision, bool valid, QUuid product = kProduct)
{
    Document d;
    d.id = QUuid::createUuid();
    d.productId = product;
    d.kind = kind;
    d.title = title;
    d.revision = revision;
    d.valid = valid;
    return d;
}

} // namespace

class TestDocumentRevisions final : public QObject
{
    Q_OBJECT

private slots:
    void latestValidSkipsRevisionsUnderReview()
    {
        const Document r1 = doc(DocumentKind::Schematic, u"Puissance"_s, 1, true);
        const Document r2 = doc(DocumentKind::Schematic, u"Puissance"_s, 2, true);
        const Document r3 = doc(DocumentKind::Schematic, u"Puissance"_s, 3, false);
        const Document photo = doc(DocumentKind::Photo, u"Vue"_s, 9, true);
        QCOMPARE(DocumentRevisions::latestValid({r1, r3, r2, photo})->id, r2.id);
        QVERIFY(!DocumentRevisions::latestValid({r3, photo}));
        QVERIFY(!DocumentRevisions::latestValid({}));
    }

    void olderSchematicsAreSupersededByTheLatestValid()
    {
        const Document r1 = doc(DocumentKind::Schematic, u"Puissance"_s, 1, true);
        const Document r2 = doc(DocumentKind::Schematic, u"Puissance"_s, 2, true);
        const Document r3 = doc(DocumentKind::Schematic, u"Puissance"_s, 3, false);
        const QList<Document> all{r1, r2, r3};
        QCOMPARE(DocumentRevisions::supersededBy(r1, all)->id, r2.id);
        // The latest valid one is current even while a newer revision is under review.
        QVERIFY(!DocumentRevisions::supersededBy(r2, all));
        // A revision under review, newer than the latest valid, is not superseded by an older one.
        QVERIFY(!DocumentRevisions::supersededBy(r3, all));
        // Once the review passes, the copy that was the latest valid is superseded.
        Document passed = r3;
        passed.valid = true;
        QCOMPARE(DocumentRevisions::supersededBy(r2, {r1, r2, passed})->id, r3.id);
    }

    void otherKindsBySameTitleOnly()
    {
        const Document pv1 = doc(DocumentKind::Quality, u"PV d'essais"_s, 1, true);
        const Document pv2 = doc(DocumentKind::Quality, u"PV d'essais"_s, 2, true);
        const Document pv3 = doc(DocumentKind::Quality, u"PV d'essais"_s, 3, false);
        const Document other = doc(DocumentKind::Quality, u"Autocontrôle"_s, 7, true);
        const Document misc = doc(DocumentKind::Misc, u"PV d'essais"_s, 8, true);
        const Document elsewhere = doc(DocumentKind::Quality, u"PV d'essais"_s, 9, true, QUuid::createUuid());
        const QList<Document> all{pv1, pv2, pv3, other, misc, elsewhere};
        QCOMPARE(DocumentRevisions::supersededBy(pv1, all)->id, pv3.id); // the newest, valid or not
        QCOMPARE(DocumentRevisions::supersededBy(pv2, all)->id, pv3.id);
        QVERIFY(!DocumentRevisions::supersededBy(pv3, all));
        QVERIFY(!DocumentRevisions::supersededBy(other, all));
        QVERIFY(!DocumentRevisions::supersededBy(misc, all));
    }
};

QTEST_GUILESS_MAIN(TestDocumentRevisions)
#include "tst_documentrevisions.moc"
