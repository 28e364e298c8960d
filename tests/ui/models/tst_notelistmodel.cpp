// A product's maintenance log over a store synced from the real server: the store's rows in its
// order, each column, and a note written by the user shown after a reload.
#include "ModelFixture.h"
#include "models/NoteListModel.h"
#include "sync/Actions.h"

#include <QLocale>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestNoteListModel final : public QObject
{
    Q_OBJECT

private:
    ModelFixture m_fixture;
    std::unique_ptr<NoteListModel> m_model;

    QVariant cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_model->index(row, column).data(role);
    }

    QList<MaintenanceNote> shown() const
    {
        return ModelFixture::values<MaintenanceNote>(*m_model, NoteListModel::NoteRole);
    }

    bool show(const QUuid& productId)
    {
        m_model->setProduct(productId);
        return ModelFixture::settle(*m_model);
    }

private slots:
    void initTestCase()
    {
        const QString error = m_fixture.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_model = m_fixture.testedModel<NoteListModel>();
    }

    void headers()
    {
        const QStringList expected{u"Requested"_s, u"Performed"_s, u"Requester"_s, u"Performer"_s,
                                   u"Task"_s,      u"Work done"_s, u"Comment"_s};
        QCOMPARE(ModelFixture::headers(*m_model), expected);
    }

    void everyProductsLog()
    {
        int total = 0;
        for (const Product& product : m_fixture.allProducts()) {
            QVERIFY(show(product.id));
            const QList<MaintenanceNote> expected = m_fixture.store().notes(product.id);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(shown(), expected);
            for (int row = 0; row < expected.size(); ++row) {
                const MaintenanceNote& n = expected[row];
                if (row > 0)
                    QVERIFY(expected[row - 1].performedAt >= n.performedAt);
                QCOMPARE(cell(row, 0, NoteListModel::IdRole).toUuid(), n.id);
                QVERIFY(n.requestedAt);
                QCOMPARE(cell(row, NoteListModel::Requested).toString(),
                         QLocale().toString(n.requestedAt->toLocalTime(), QLocale::ShortFormat));
                QCOMPARE(cell(row, NoteListModel::Requested, NoteListModel::SortRole).toDateTime(),
                         *n.requestedAt);
                QCOMPARE(cell(row, NoteListModel::Performed).toString(),
                         QLocale().toString(n.performedAt, QLocale::ShortFormat));
                QCOMPARE(cell(row, NoteListModel::Performed, NoteListModel::SortRole).toDate(),
                         n.performedAt);
                QCOMPARE(cell(row, NoteListModel::Requester).toString(),
                         u"Électricité Rhénane — BERNARD Claire"_s);
                QVERIFY(cell(row, NoteListModel::Performer).toString().startsWith(u"B2EI Services — "_s));
                QCOMPARE(cell(row, NoteListModel::TaskDescription).toString(), n.taskDescription);
                QCOMPARE(cell(row, NoteListModel::WorkDone).toString(), n.workDone);
                QCOMPARE(cell(row, NoteListModel::Comment).toString(), n.comment);
            }
            total += int(expected.size());
        }
        QCOMPARE(total, 120); // one or two a product: 80 products, every other one with two
    }

    void writtenNoteAfterReload()
    {
        const Product product = m_fixture.allProducts().at(2);
        QVERIFY(show(product.id));
        const qsizetype before = m_model->rowCount();
        MaintenanceNote note;
        note.productId = product.id;
        note.requester = {u"Électricité Rhénane"_s, u"Muller"_s, u"Paul"_s};
        note.performer = {u"B2EI Services"_s, u"Keller"_s, u"Thomas"_s};
        note.performedAt = QDate::currentDate();
        note.taskDescription = u"Remplacement du parafoudre."_s;
        note.workDone = u"Parafoudre remplacé, essais conformes."_s;
        const auto id = Actions(m_fixture.store()).addNote(note);
        QVERIFY(id);
        QCOMPARE(m_model->rowCount(), before); // not asked yet
        m_model->reload();
        QVERIFY(ModelFixture::settle(*m_model));
        QCOMPARE(m_model->rowCount(), before + 1);
        QCOMPARE(cell(0, 0, NoteListModel::IdRole).toUuid(), *id); // the latest work first
        QCOMPARE(cell(0, NoteListModel::Performer).toString(), u"B2EI Services — KELLER Thomas"_s);
        QCOMPARE(cell(0, NoteListModel::Requested).toString(), QString()); // none asked for it
        QVERIFY(!cell(0, NoteListModel::Requested, NoteListModel::SortRole).isValid());
        QCOMPARE(shown(), m_fixture.store().notes(product.id));
    }
};

QTEST_MAIN(TestNoteListModel)
#include "tst_notelistmodel.moc"
