// ConflictDialog against the real server: conflicts caused for real (a task edited on both sides,
// a task deleted on the server while edited here) appear in the list as a sync brings them, both
// sides are shown, and "Keep mine" / "Keep theirs" resolve them, shrinking the list.
#include "FormProbe.h"
#include "ServerProcess.h"
#include "SignedInSession.h"
#include "TestValues.h"
#include "core/ClientSession.h"
#include "dialogs/ConflictDialog.h"
#include "domain/JsonCodec.h"
#include "domain/Page.h"
#include "store/Store.h"
#include "sync/Actions.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace mycloud {

class TestConflictDialog final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QByteArray m_token;
    QTemporaryDir m_profile;
    std::unique_ptr<ClientSession> m_session;
    std::unique_ptr<ConflictDialog> m_dialog;
    Task m_edited; // edited on both sides
    Task m_deleted; // deleted on the server, edited here

    static inline const QString kMine = u"Ma version : resserrer le bornier X7"_s;
    static inline const QString kTheirs = u"Leur version : remplacer le bornier X7"_s;
    static inline const QString kMineOfDeleted = u"Ma version d'une tâche supprimée"_s;

    QListView* list() { return probe::find<QListView>(m_dialog.get(), u"conflicts"_s); }
    QString text(const QString& path) { return probe::find<QLabel>(m_dialog.get(), path)->text(); }
    bool bold(const QString& path) { return probe::find<QLabel>(m_dialog.get(), path)->font().bold(); }

    // Nothing waits in the outbox and no sync is running.
    bool settled()
    {
        QDeadlineTimer deadline(20000);
        while ((m_session->pendingChanges() > 0 || m_session->isSyncing()) && !deadline.hasExpired())
            QTest::qWait(20);
        return m_session->pendingChanges() == 0 && !m_session->isSyncing();
    }

    QList<Task> serverTasks(const QUuid& productId)
    {
        auto page = JsonCodec::decode<Page<Task>>(
            m_server.get(u"products/%1/tasks?limit=500"_s.arg(idOf(productId)), m_token).body);
        return page ? page->items : QList<Task>();
    }

    qsizetype onServer(const QUuid& productId, const QString& description)
    {
        const QList<Task> tasks = serverTasks(productId);
        return std::count_if(tasks.begin(), tasks.end(),
                             [&](const Task& t) { return t.description == description; });
    }

    // Two tasks of one product, from the store.
    QList<Task> twoTasks()
    {
        const Store& store = m_session->store();
        for (const Affair& affair : store.affairs())
            for (const Product& product : store.products(affair.id))
                if (const QList<Task> tasks = store.tasks(product.id); tasks.size() >= 2)
                    return tasks.first(2);
        return {};
    }

private slots:
    void initTestCase()
    {
        const QString error
            = startSignedInSession(m_server, m_profile.path(), u"tst_conflictdialog"_s, &m_session);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_token = m_server.login(QString::fromLatin1(ServerProcess::kDemoEmail),
                                 QString::fromLatin1(ServerProcess::kDemoPassword));
        QVERIFY(!m_token.isEmpty());
    }

    void conflictsAppearAsTheSyncBringsThem()
    {
        m_dialog = std::make_unique<ConflictDialog>(*m_session);
        new QAbstractItemModelTester(list()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal,
                                     m_dialog.get());
        m_dialog->show();
        QCOMPARE(list()->model()->rowCount(), 0);
        QCOMPARE(text(u"message"_s), u"No conflicts left."_s);
        QVERIFY(!probe::find(m_dialog.get(), u"keepMine"_s)->isEnabled());

        const QList<Task> tasks = twoTasks();
        QCOMPARE(tasks.size(), 2);
        m_edited = tasks.at(0);
        m_deleted = tasks.at(1);
        // The server changes first; this client then edits the versions it had seen.
        const QJsonObject theirs{{u"description"_s, kTheirs},
                                 {u"priority"_s, m_edited.priority},
                                 {u"requester"_s, m_edited.requester.toJson()}};
        QCOMPARE(m_server
                     .send("PUT", u"tasks/"_s + idOf(m_edited.id), m_token, json(theirs),
                           {{"If-Match", '"' + QByteArray::number(m_edited.version) + '"'}})
                     .status,
                 200);
        QCOMPARE(m_server.send("DELETE", u"tasks/"_s + idOf(m_deleted.id), m_token).status, 204);
        Task mine = m_edited;
        mine.description = kMine;
        QVERIFY(m_session->editTask(mine));
        Task mineOfDeleted = m_deleted;
        mineOfDeleted.description = kMineOfDeleted;
        QVERIFY(m_session->editTask(mineOfDeleted));

        QVERIFY(settled());
        QCOMPARE(m_session->conflictCount(), 2);
        QTRY_COMPARE(list()->model()->rowCount(), 2);
        QCOMPARE(list()->model()->index(0, 0).data().toString(), u"Task edited: "_s + kMine);
    }

    void bothSidesAreShown()
    {
        list()->setCurrentIndex(list()->model()->index(0, 0));
        QCOMPARE(text(u"message"_s),
                 u"Someone changed this task on the server before your change arrived."_s);
        QCOMPARE(text(u"mine/description"_s), kMine);
        QCOMPARE(text(u"theirs/description"_s), kTheirs);
        QVERIFY(bold(u"mine/description"_s)); // what differs stands out
        QVERIFY(!bold(u"mine/priority"_s));
        QCOMPARE(text(u"mine/requester"_s), text(u"theirs/requester"_s));
        QVERIFY(probe::find(m_dialog.get(), u"keepMine"_s)->isEnabled());

        list()->setCurrentIndex(list()->model()->index(1, 0));
        QCOMPARE(text(u"mine/description"_s), kMineOfDeleted);
        QCOMPARE(text(u"theirs/empty"_s), u"Deleted on the server"_s);
        QVERIFY(!probe::find(m_dialog.get(), u"theirs/description"_s));
    }

    void keepMineSendsItAgain()
    {
        list()->setCurrentIndex(list()->model()->index(0, 0));
        QTest::mouseClick(probe::find(m_dialog.get(), u"keepMine"_s), Qt::LeftButton);
        QCOMPARE(list()->model()->rowCount(), 1);
        QCOMPARE(text(u"mine/description"_s), kMineOfDeleted); // the next one is selected
        QCOMPARE(m_session->store().task(m_edited.id)->description, kMine); // in the store at once
        QVERIFY(settled());
        QCOMPARE(onServer(m_edited.productId, kMine), 1);
        QCOMPARE(onServer(m_edited.productId, kTheirs), 0);
        QCOMPARE(m_session->conflictCount(), 1);
        QCOMPARE(list()->model()->rowCount(), 1);
    }

    void keepTheirsLeavesTheServersSide()
    {
        QTest::mouseClick(probe::find(m_dialog.get(), u"keepTheirs"_s), Qt::LeftButton);
        QCOMPARE(list()->model()->rowCount(), 0);
        QCOMPARE(text(u"message"_s), u"No conflicts left."_s);
        QVERIFY(!probe::find(m_dialog.get(), u"keepMine"_s)->isEnabled());
        QVERIFY(!probe::find(m_dialog.get(), u"keepTheirs"_s)->isEnabled());
        QVERIFY(settled());
        QCOMPARE(m_session->conflictCount(), 0);
        QCOMPARE(onServer(m_deleted.productId, kMineOfDeleted), 0);
        QVERIFY(!m_session->store().task(m_deleted.id));
    }

    // A lock queued where no keychain kept its password, then the app restarted: the conflict says
    // so, and the dialog shows neither a password nor the reference it was kept under.
    void lockConflictHidesItsPassword()
    {
        Store& store = m_session->store();
        const Product product = store.products(store.affairs().first().id).first();
        const QString reference = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(Actions(store).lockWithKeptPassword(Actions::Level::Product, product.id, reference));
        m_session->sync();
        QVERIFY(settled());
        QTRY_COMPARE(list()->model()->rowCount(), 1);
        list()->setCurrentIndex(list()->model()->index(0, 0));
        QVERIFY2(text(u"message"_s).contains(u"password"_s), qPrintable(text(u"message"_s)));
        QCOMPARE(text(u"mine/passwordReference"_s), u"••••••••"_s);
        for (const QLabel* label : m_dialog->findChildren<QLabel*>())
            QVERIFY2(!label->text().contains(reference), qPrintable(label->objectName()));
        QTest::mouseClick(probe::find(m_dialog.get(), u"keepTheirs"_s), Qt::LeftButton);
        QCOMPARE(list()->model()->rowCount(), 0);
    }

    void cleanupTestCase()
    {
        m_dialog.reset();
        m_session.reset();
        const QString error = m_server.stop();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

} // namespace mycloud

QTEST_MAIN(mycloud::TestConflictDialog)
#include "tst_conflictdialog.moc"
