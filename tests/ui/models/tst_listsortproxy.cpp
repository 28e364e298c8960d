// Header-click sorting over the real models (store synced from the real server): text in French
// collation with numbers in numeric order, dates and counts as values, missing dates first, and a
// list longer than one batch sorted as a whole, also after a new answer.
#include "ModelFixture.h"
#include "models/AffairListModel.h"
#include "models/ListSortProxy.h"
#include "models/NoteListModel.h"
#include "models/TaskListModel.h"
#include "sync/Actions.h"

#include <QLocale>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestListSortProxy final : public QObject
{
    Q_OBJECT

private:
    ModelFixture m_fixture;

    static QStringList texts(const QAbstractItemModel& model, int column)
    {
        QStringList texts;
        for (const QVariant& v : ModelFixture::column(model, column))
            texts.append(v.toString());
        return texts;
    }

private slots:
    void initTestCase()
    {
        // The user's language decides the collation (the tests run under LC_ALL=C.UTF-8).
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const QString error = m_fixture.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void textInTheUsersCollationNumbersAsNumbers()
    {
        const Product product = m_fixture.allProducts().at(7);
        QVERIFY(m_fixture.addTasks(product.id,
                                   {u"Relevé 10"_s, u"relevé 9"_s, u"Étiquetage"_s, u"Essai"_s, u"Zone"_s}));

        const auto model = m_fixture.testedModel<TaskListModel>();
        const auto proxy = ModelFixture::tested(std::make_unique<ListSortProxy>());
        proxy->setSourceModel(model.get());
        model->setProduct(product.id);
        QVERIFY(ModelFixture::settle(*model));
        proxy->sort(TaskListModel::Description, Qt::AscendingOrder);
        QStringList mine = texts(*proxy, TaskListModel::Description);
        mine.removeIf([](const QString& t) {
            return !t.startsWith(u"Relev"_s, Qt::CaseInsensitive) && t != u"Étiquetage"_s && t != u"Essai"_s
                && t != u"Zone"_s;
        });
        // É sorts with E (after "Essai"), case does not split the list, 9 comes before 10.
        QCOMPARE(mine, (QStringList{u"Essai"_s, u"Étiquetage"_s, u"relevé 9"_s, u"Relevé 10"_s, u"Zone"_s}));

        proxy->sort(TaskListModel::Description, Qt::DescendingOrder);
        QCOMPARE(texts(*proxy, TaskListModel::Description).first(), u"Zone"_s);

        // Priority (a bool): the priority task first when descending, last when ascending.
        proxy->sort(TaskListModel::Priority, Qt::DescendingOrder);
        QVERIFY(proxy->index(0, 0).data(TaskListModel::TaskRole).value<Task>().priority);
        proxy->sort(TaskListModel::Priority, Qt::AscendingOrder);
        QVERIFY(proxy->index(proxy->rowCount() - 1, 0).data(TaskListModel::TaskRole).value<Task>().priority);
        QVERIFY(!proxy->index(0, 0).data(TaskListModel::TaskRole).value<Task>().priority);
    }

    void datesAndCountsAsValues()
    {
        const auto model = m_fixture.testedModel<AffairListModel>();
        const auto proxy = ModelFixture::tested(std::make_unique<ListSortProxy>());
        proxy->setSourceModel(model.get());
        QVERIFY(ModelFixture::settle(*model));
        proxy->sort(AffairListModel::Updated, Qt::AscendingOrder);
        const QVariantList updated
            = ModelFixture::column(*proxy, AffairListModel::Updated, StoreListModel::SortRole);
        QCOMPARE(updated.size(), 12);
        for (int i = 1; i < updated.size(); ++i)
            QVERIFY(updated[i - 1].toDateTime() < updated[i].toDateTime());

        proxy->sort(AffairListModel::Products, Qt::DescendingOrder);
        const QVariantList counts = ModelFixture::column(*proxy, AffairListModel::Products);
        for (int i = 1; i < counts.size(); ++i)
            QVERIFY(counts[i - 1].toLongLong() >= counts[i].toLongLong());
        QCOMPARE(counts.first().toLongLong(), 8);
        QCOMPARE(counts.last().toLongLong(), 5);
    }

    void missingDatesFirst()
    {
        const Product product = m_fixture.allProducts().at(9);
        MaintenanceNote note;
        note.productId = product.id;
        note.requester = {u"Électricité Rhénane"_s, u"Muller"_s, u"Paul"_s};
        note.performer = {u"B2EI Services"_s, u"Keller"_s, u"Thomas"_s};
        note.performedAt = QDate::currentDate().addYears(-3);
        note.workDone = u"Intervention sans demande préalable."_s;
        const auto id = Actions(m_fixture.store()).addNote(note);
        QVERIFY(id);

        const auto model = m_fixture.testedModel<NoteListModel>();
        const auto proxy = ModelFixture::tested(std::make_unique<ListSortProxy>());
        proxy->setSourceModel(model.get());
        model->setProduct(product.id);
        QVERIFY(ModelFixture::settle(*model));
        QVERIFY(model->rowCount() >= 2);
        QVERIFY(model->index(0, 0).data(StoreListModel::IdRole).toUuid() != *id); // the oldest work
        proxy->sort(NoteListModel::Requested, Qt::AscendingOrder);
        QCOMPARE(proxy->index(0, 0).data(StoreListModel::IdRole).toUuid(), *id);
        proxy->sort(NoteListModel::Requested, Qt::DescendingOrder);
        QCOMPARE(proxy->index(proxy->rowCount() - 1, 0).data(StoreListModel::IdRole).toUuid(), *id);
    }

    void longListSortedAsAWhole()
    {
        const Product product = m_fixture.allProducts().at(11);
        QVERIFY(m_fixture.addTasks(
            product.id, ModelFixture::numbered(u"Relevé n° %1"_s, 2 * StoreListModel::kBatchSize + 10)));
        const int total = int(m_fixture.store().tasks(product.id).size());

        const auto model = m_fixture.testedModel<TaskListModel>();
        const auto proxy = ModelFixture::tested(std::make_unique<ListSortProxy>());
        proxy->setSourceModel(model.get());
        model->setProduct(product.id);
        QVERIFY(ModelFixture::settle(*model));
        QVERIFY(model->rowCount() < total);
        // Oldest first: the demo's tasks, which the first batches (newest first) do not hold.
        proxy->sort(TaskListModel::Created, Qt::AscendingOrder);
        QCOMPARE(proxy->rowCount(), total);
        QCOMPARE(model->rowCount(), total);
        const auto oldest = proxy->index(0, 0).data(TaskListModel::TaskRole).value<Task>();
        for (const Task& t : m_fixture.store().tasks(product.id))
            QVERIFY(oldest.createdAt <= t.createdAt);

        // A new answer comes in one batch; the sorted view still holds all of it.
        QVERIFY(m_fixture.addTasks(product.id, {u"Relevé final"_s}));
        model->reload();
        QVERIFY(ModelFixture::settle(*model));
        QCOMPARE(proxy->rowCount(), total + 1);
        QCOMPARE(proxy->index(total, TaskListModel::Description).data().toString(), u"Relevé final"_s);
    }
};

QTEST_MAIN(TestListSortProxy)
#include "tst_listsortproxy.moc"
