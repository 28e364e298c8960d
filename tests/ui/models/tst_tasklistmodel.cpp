// A product's tasks over a store synced from the real server: the store's rows, priority first then
// newest, the priority mark and requester, new tasks shown after a reload, and a list longer than
// one batch handed to the view batch by batch.
#include "ModelFixture.h"
#include "models/TaskListModel.h"
#include "sync/Actions.h"

#include <QIcon>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestTaskListModel final : public QObject
{
    Q_OBJECT

private:
    ModelFixture m_fixture;
    std::unique_ptr<TaskListModel> m_model;

    QVariant cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_model->index(row, column).data(role);
    }

    QList<Task> shown() const { return ModelFixture::values<Task>(*m_model, TaskListModel::TaskRole); }

    bool show(const QUuid& productId)
    {
        m_model->setProduct(productId);
        return ModelFixture::settle(*m_model);
    }

    bool reload()
    {
        m_model->reload();
        return ModelFixture::settle(*m_model);
    }

    static bool priorityThenNewest(const QList<Task>& tasks)
    {
        for (qsizetype i = 1; i < tasks.size(); ++i) {
            const Task& a = tasks[i - 1];
            const Task& b = tasks[i];
            if (a.priority != b.priority ? !a.priority : a.createdAt < b.createdAt)
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        const QString error = m_fixture.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_model = m_fixture.testedModel<TaskListModel>();
    }

    void headers()
    {
        const QStringList expected{u"Priority"_s, u"Created"_s, u"Requester"_s, u"Description"_s};
        QCOMPARE(ModelFixture::headers(*m_model), expected);
    }

    void everyProductsTasksPriorityFirst()
    {
        int priorities = 0;
        for (const Product& product : m_fixture.allProducts()) {
            QVERIFY(show(product.id));
            const QList<Task> expected = m_fixture.store().tasks(product.id);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(shown(), expected);
            QVERIFY(priorityThenNewest(shown()));
            for (int row = 0; row < expected.size(); ++row) {
                const Task& t = expected[row];
                priorities += t.priority;
                QCOMPARE(cell(row, 0, TaskListModel::IdRole).toUuid(), t.id);
                QCOMPARE(cell(row, TaskListModel::Priority, Qt::DecorationRole).value<QIcon>().name(),
                         t.priority ? u"priority"_s : QString());
                QCOMPARE(cell(row, TaskListModel::Priority, Qt::AccessibleTextRole).toString(),
                         t.priority ? u"Priority"_s : QString());
                QCOMPARE(cell(row, TaskListModel::Priority, TaskListModel::SortRole).toBool(), t.priority);
                QCOMPARE(cell(row, TaskListModel::Created, TaskListModel::SortRole).toDateTime(),
                         t.createdAt);
                QCOMPARE(cell(row, TaskListModel::Description).toString(), t.description);
                QCOMPARE(cell(row, TaskListModel::Requester).toString(),
                         u"%1 — %2 %3"_s.arg(t.requester.company, t.requester.lastName.toUpper(),
                                             t.requester.firstName));
            }
        }
        QCOMPARE(priorities, 80); // the demo gives each product exactly one priority task
    }

    void requesterIsCompanyThenName()
    {
        QVERIFY(show(m_fixture.allProducts().first().id));
        QVERIFY(ModelFixture::column(*m_model, TaskListModel::Requester)
                    .contains(QVariant(u"Électricité Rhénane — BERNARD Claire"_s)));
    }

    void newTasksAfterReload()
    {
        const Product product = m_fixture.allProducts().at(3);
        QVERIFY(show(product.id));
        const QList<Task> before = shown();
        const int priorities
            = int(std::count_if(before.begin(), before.end(), [](const Task& t) { return t.priority; }));
        Actions actions(m_fixture.store());
        const Person requester{u"Électricité Rhénane"_s, u"Muller"_s, u"Paul"_s};
        const auto plain
            = actions.addTask(product.id, u"Remplacer le ventilateur de l'armoire."_s, false, requester);
        QVERIFY(plain);
        QCOMPARE(m_model->rowCount(), before.size()); // not asked yet
        QVERIFY(reload());
        QCOMPARE(m_model->rowCount(), before.size() + 1);
        // The newest of the ordinary tasks: right after the priority ones.
        QCOMPARE(cell(priorities, 0, TaskListModel::IdRole).toUuid(), *plain);
        QCOMPARE(cell(priorities, TaskListModel::Requester).toString(),
                 u"Électricité Rhénane — MULLER Paul"_s);

        const auto urgent
            = actions.addTask(product.id, u"Couper le départ D4 : échauffement."_s, true, requester);
        QVERIFY(urgent);
        QVERIFY(reload());
        QCOMPARE(cell(0, 0, TaskListModel::IdRole).toUuid(), *urgent);
        QVERIFY(priorityThenNewest(shown()));
        QCOMPARE(shown(), m_fixture.store().tasks(product.id));
    }

    void longListInBatches()
    {
        const Product product = m_fixture.allProducts().at(5);
        QVERIFY(m_fixture.addTasks(
            product.id, ModelFixture::numbered(u"Relevé n° %1"_s, 2 * StoreListModel::kBatchSize + 50)));
        const QList<Task> all = m_fixture.store().tasks(product.id);
        QVERIFY(all.size() > 2 * StoreListModel::kBatchSize);

        QVERIFY(show(product.id));
        QCOMPARE(m_model->rowCount(), StoreListModel::kBatchSize); // one batch, not the whole list
        QVERIFY(m_model->canFetchMore({}));
        while (m_model->canFetchMore({})) {
            const int before = m_model->rowCount();
            m_model->fetchMore({});
            QCOMPARE(m_model->rowCount(),
                     before + std::min<int>(StoreListModel::kBatchSize, all.size() - before));
        }
        QCOMPARE(m_model->rowCount(), all.size());
        QCOMPARE(shown(), all);
        m_model->fetchMore({}); // nothing left: nothing happens
        QCOMPARE(m_model->rowCount(), all.size());

        // A new answer starts again from one batch.
        QVERIFY(reload());
        QCOMPARE(m_model->rowCount(), StoreListModel::kBatchSize);
        QVERIFY(m_model->canFetchMore({}));
    }
};

QTEST_MAIN(TestTaskListModel)
#include "tst_tasklistmodel.moc"
