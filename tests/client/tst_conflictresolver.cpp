// ConflictResolver against the real server: real conflicts (a task edited on both sides, a task
// deleted on the server while edited or validated offline, a create the server refuses), then
// "keep mine" winning exactly once on the next sync, and "keep theirs" leaving the server's version.
#include "ServerProcess.h"
#include "SyncHelpers.h"
#include "TestValues.h"
#include "api/ApiClient.h"
#include "domain/JsonCodec.h"
#include "domain/Page.h"
#include "store/Outbox.h"
#include "store/Store.h"
#include "sync/Actions.h"
#include "sync/ConflictResolver.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestConflictResolver final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QByteArray m_token;
    QTemporaryDir m_profile;
    ApiClient m_client;
    std::unique_ptr<Store> m_store;

    SyncEngine::Report sync() { return syncOnce(m_client, *m_store); }

    // The user's change made without a connection: in the store and the outbox, not on the server.
    template <class Change> bool offline(Change change)
    {
        m_client.setServer(unreachableServer());
        const bool made = change(Actions(*m_store));
        const bool stayed = sync().status == SyncEngine::Status::Offline && Outbox(*m_store).count() == 1;
        m_client.setServer(m_server.rootUrl(QString()));
        return made && stayed;
    }

    Product product()
    {
        const auto affairs = m_store->affairs(u"AFF-2024-0131"_s);
        return affairs.isEmpty() ? Product() : m_store->products(affairs.first().id).value(0);
    }

    Task firstTask() { return m_store->tasks(product().id).value(0); }

    QList<Task> serverTasks()
    {
        auto page = JsonCodec::decode<Page<Task>>(
            m_server.get(u"products/%1/tasks?limit=500"_s.arg(idOf(product().id)), m_token).body);
        return page ? page->items : QList<Task>();
    }

    QList<MaintenanceNote> serverNotes()
    {
        auto page = JsonCodec::decode<Page<MaintenanceNote>>(
            m_server.get(u"products/%1/notes?limit=500"_s.arg(idOf(product().id)), m_token).body);
        return page ? page->items : QList<MaintenanceNote>();
    }

    qsizetype onServer(const QString& description)
    {
        const QList<Task> tasks = serverTasks();
        return std::count_if(tasks.begin(), tasks.end(),
                             [&](const Task& t) { return t.description == description; });
    }

    int editOnServer(const Task& task, const QString& description)
    {
        const QJsonObject body{{u"description"_s, description},
                               {u"priority"_s, task.priority},
                               {u"requester"_s, task.requester.toJson()}};
        return m_server
            .send("PUT", u"tasks/"_s + idOf(task.id), m_token, json(body),
                  {{"If-Match", '"' + QByteArray::number(task.version) + '"'}})
            .status;
    }

    int deleteOnServer(const Task& task)
    {
        return m_server.send("DELETE", u"tasks/"_s + idOf(task.id), m_token).status;
    }

    // The one conflict the last sync left, or a default one (id 0) when there is not exactly one.
    Outbox::Conflict onlyConflict()
    {
        const auto conflicts = Outbox(*m_store).conflicts();
        return conflicts.size() == 1 ? conflicts.first() : Outbox::Conflict();
    }

    // A task edited offline while someone edits it on the server: a real 412 on the next sync.
    Outbox::Conflict lostUpdate(const QString& mine, const QString& theirs)
    {
        const Task task = firstTask();
        Task edited = task;
        edited.description = mine;
        if (!offline([&](Actions actions) { return bool(actions.editTask(edited)); })
            || editOnServer(task, theirs) != 200 || sync().conflicts != 1)
            return {};
        return onlyConflict();
    }

private slots:
    void initTestCase()
    {
        const QString error = m_server.startSignedIn(&m_token);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_client.setServer(m_server.rootUrl(QString()));
        m_client.setTrustedCertificates(QSslCertificate::fromPath(m_server.dataPath(u"tls/ca.pem"_s)));
        m_client.setToken(m_token);
        m_client.setOptions({5000, 1, 100});
        m_store = std::make_unique<Store>(m_profile.filePath(u"store.sqlite"_s));
        QVERIFY(m_store->open());
        QCOMPARE(sync().status, SyncEngine::Status::Ok);
        QVERIFY(!firstTask().id.isNull());
    }

    void keepMineWinsALostUpdateOnce()
    {
        const Outbox::Conflict conflict = lostUpdate(u"Ma version : bornier X2"_s, u"Leur version : X2"_s);
        QVERIFY(conflict.id > 0);
        QCOMPARE(conflict.kind, Outbox::Kind::UpdateTask);
        const QUuid taskId = QUuid::fromString(conflict.target);
        QCOMPARE(m_store->task(taskId)->description, u"Leur version : X2"_s); // the sync mirrored theirs

        const auto kept = ConflictResolver(*m_store).keepMine(conflict.id);
        QVERIFY(kept);
        QCOMPARE(kept.value(), taskId);
        QCOMPARE(m_store->task(taskId)->description, u"Ma version : bornier X2"_s); // shown at once
        QVERIFY(Outbox(*m_store).conflicts().isEmpty());
        QCOMPARE(Outbox(*m_store).count(), 1);

        const auto report = sync();
        QCOMPARE(report.status, SyncEngine::Status::Ok);
        QCOMPARE(report.sent, 1);
        QCOMPARE(report.conflicts, 0);
        QVERIFY(Outbox(*m_store).conflicts().isEmpty());
        QCOMPARE(onServer(u"Ma version : bornier X2"_s), 1);
        QCOMPARE(onServer(u"Leur version : X2"_s), 0);
        QCOMPARE(m_store->task(taskId)->description, u"Ma version : bornier X2"_s);
        QCOMPARE(ConflictResolver(*m_store).keepMine(conflict.id).error(), ConflictResolver::Error::NotFound);
    }

    void keepTheirsLeavesTheServersVersion()
    {
        const Outbox::Conflict conflict = lostUpdate(u"Ma version : X3"_s, u"Leur version : X3"_s);
        QVERIFY(conflict.id > 0);
        QCOMPARE(ConflictResolver(*m_store).keepTheirs(conflict.id), std::nullopt);
        QVERIFY(Outbox(*m_store).conflicts().isEmpty());
        QCOMPARE(Outbox(*m_store).count(), 0);

        const auto report = sync();
        QCOMPARE(report.status, SyncEngine::Status::Ok);
        QCOMPARE(report.sent, 0);
        QCOMPARE(onServer(u"Leur version : X3"_s), 1);
        QCOMPARE(onServer(u"Ma version : X3"_s), 0);
        QCOMPARE(m_store->task(QUuid::fromString(conflict.target))->description, u"Leur version : X3"_s);
        QCOMPARE(ConflictResolver(*m_store).keepTheirs(conflict.id), ConflictResolver::Error::NotFound);
    }

    void keepMineRecreatesATaskDeletedOnTheServer()
    {
        const Task task = firstTask();
        Task edited = task;
        edited.description = u"Ma version d'une tâche supprimée"_s;
        edited.priority = !task.priority;
        QVERIFY(offline([&](Actions actions) { return bool(actions.editTask(edited)); }));
        QCOMPARE(deleteOnServer(task), 204);
        QCOMPARE(sync().conflicts, 1);
        const Outbox::Conflict conflict = onlyConflict();
        QVERIFY(conflict.server.isEmpty());
        QVERIFY(!m_store->task(task.id)); // the sync mirrored the deletion

        const auto kept = ConflictResolver(*m_store).keepMine(conflict.id);
        QVERIFY(kept);
        QVERIFY(kept.value() != task.id);
        QCOMPARE(m_store->task(kept.value())->description, edited.description);
        QVERIFY(Outbox(*m_store).conflicts().isEmpty());

        const auto report = sync();
        QCOMPARE(report.status, SyncEngine::Status::Ok);
        QCOMPARE(report.conflicts, 0);
        QCOMPARE(onServer(edited.description), 1);
        const QList<Task> tasks = serverTasks();
        const auto recreated
            = std::find_if(tasks.begin(), tasks.end(), [&](const Task& t) { return t.id == kept.value(); });
        QVERIFY(recreated != tasks.end());
        QCOMPARE(recreated->priority, edited.priority);
        QCOMPARE(recreated->requester, task.requester);
    }

    void keepMineTurnsAValidationOfADeletedTaskIntoANote()
    {
        const Task task = firstTask();
        std::optional<QUuid> provisional;
        QVERIFY(offline([&](Actions actions) {
            provisional = actions.validateTask(task.id, {u"B2EI Services"_s, u"Keller"_s, u"Thomas"_s},
                                               QDate(2026, 11, 20), u"Bornier X4 resserré"_s, u"RAS"_s);
            return bool(provisional);
        }));
        QCOMPARE(deleteOnServer(task), 204);
        QCOMPARE(sync().conflicts, 1);
        const Outbox::Conflict conflict = onlyConflict();
        QCOMPARE(conflict.kind, Outbox::Kind::ValidateTask);

        const auto kept = ConflictResolver(*m_store).keepMine(conflict.id);
        QVERIFY(kept);
        QVERIFY(!m_store->note(*provisional)); // not shown twice
        QCOMPARE(m_store->note(kept.value())->workDone, u"Bornier X4 resserré"_s);

        QCOMPARE(sync().conflicts, 0);
        const QList<MaintenanceNote> notes = serverNotes();
        QCOMPARE(std::count_if(notes.begin(), notes.end(),
                               [](const MaintenanceNote& n) { return n.workDone == u"Bornier X4 resserré"; }),
                 1);
        QVERIFY(Outbox(*m_store).conflicts().isEmpty());
    }

    void keepTheirsForgetsARefusedCreate()
    {
        std::optional<QUuid> created;
        QVERIFY(offline([&](Actions actions) {
            created = actions.addTask(product().id, u"   "_s, false, {}); // blank: the server refuses it
            return bool(created);
        }));
        QCOMPARE(sync().conflicts, 1);
        const Outbox::Conflict conflict = onlyConflict();
        QCOMPARE(conflict.kind, Outbox::Kind::CreateTask);
        QVERIFY(m_store->task(*created)); // only on this computer

        QCOMPARE(ConflictResolver(*m_store).keepTheirs(conflict.id), std::nullopt);
        QVERIFY(!m_store->task(*created));
        QVERIFY(Outbox(*m_store).conflicts().isEmpty());
        QCOMPARE(sync().sent, 0);
    }

    void cleanupTestCase()
    {
        m_store.reset();
        const QString error = m_server.stop();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestConflictResolver)
#include "tst_conflictresolver.moc"
