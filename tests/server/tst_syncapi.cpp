// The changes feed (GET /changes) of the real mycloud-server process over HTTPS (see ServerProcess):
// the full resync, paging, the unchanged-account case, deltas after writes, bad and unknown cursors,
// and customers kept apart. Every answer is decoded with the shared domain codec.
#include "ServerProcess.h"
#include "TestValues.h"
#include "domain/Account.h"
#include "domain/Affair.h"
#include "domain/ChangePage.h"
#include "domain/Document.h"
#include "domain/JsonCodec.h"
#include "domain/MaintenanceNote.h"
#include "domain/Page.h"
#include "domain/Product.h"
#include "domain/Task.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

QJsonObject taskJson(const QString& description)
{
    const Person requester{u"Hôpital Pasteur"_s, u"Bernard"_s, u"Claire"_s};
    return {{u"description"_s, description}, {u"priority"_s, false}, {u"requester"_s, requester.toJson()}};
}

QJsonObject validateJson()
{
    const Person performer{u"Électricité Durand SARL"_s, u"Durand"_s, u"Sophie"_s};
    return {
        {u"performer"_s, performer.toJson()}, {u"performedAt"_s, u"2026-11-23"_s}, {u"comment"_s, QString()}};
}

QSet<QUuid> idsOf(const auto& items)
{
    QSet<QUuid> ids;
    for (const auto& item : items)
        ids.insert(item.id);
    return ids;
}

} // namespace

class TestSyncApi final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QByteArray m_token;
    QString m_cursor; // where the demo customer's feed stood after the last drain

    template <class T> static T decode(const Answer& answer)
    {
        auto value = JsonCodec::decode<T>(answer.body);
        if (!value)
            qWarning() << "HTTP" << answer.status << value.error().message() << answer.body.left(300);
        return value ? value.value() : T{};
    }

    Answer get(const QString& path, const QByteArray& token = {})
    {
        return m_server.get(path, token.isEmpty() ? m_token : token);
    }
    Answer send(const QByteArray& verb, const QString& path, const QByteArray& body = {},
                const Headers& headers = {})
    {
        return m_server.send(verb, path, m_token, body, headers);
    }

    QString changesPath(const QString& since, int limit)
    {
        QString path = u"changes?limit=%1"_s.arg(limit);
        if (!since.isEmpty())
            path += u"&since="_s + since;
        return path;
    }

    // Every change after `since` (from the start when empty), following `next`; the final page's
    // cursor goes to `cursor`. Empty with a warning when a page is not a 200 ChangePage.
    QList<Change> drain(const QString& since, QString* cursor, const QByteArray& token = {}, int limit = 500)
    {
        QList<Change> items;
        QString position = since;
        for (int pages = 0; pages < 10000; ++pages) {
            const Answer answer = get(changesPath(position, limit), token);
            if (answer.status != 200) {
                qWarning() << "changes:" << answer.status << answer.body.left(300);
                return {};
            }
            const auto page = decode<ChangePage>(answer);
            items += page.items;
            if (!page.next) {
                *cursor = page.cursor;
                return items;
            }
            position = *page.next;
        }
        return {};
    }

    template <class T> QList<T> all(const QString& path, const QByteArray& token = {})
    {
        QList<T> items;
        QString cursor;
        for (int pages = 0; pages < 1000; ++pages) {
            const Answer answer = get(
                path + u"?limit=500"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor), token);
            const auto page = decode<Page<T>>(answer);
            items += page.items;
            if (answer.status != 200 || !page.next)
                break;
            cursor = *page.next;
        }
        return items;
    }

    static QList<Change> ofEntity(const QList<Change>& changes, Change::Entity entity)
    {
        QList<Change> matching;
        for (const Change& change : changes)
            if (change.entity == entity)
                matching.append(change);
        return matching;
    }

    static QSet<QUuid> changeIds(const QList<Change>& changes)
    {
        QSet<QUuid> ids;
        for (const Change& change : changes)
            ids.insert(change.id);
        return ids;
    }

    QUuid firstProduct()
    {
        const auto affairs = all<Affair>(u"affairs"_s);
        const auto products = all<Product>(u"affairs/%1/products"_s.arg(idOf(affairs.value(0).id)));
        return products.value(0).id;
    }

private slots:
    void initTestCase()
    {
        const QString error = m_server.startSignedIn(&m_token);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void fullResyncHasEveryLiveEntity()
    {
        QString cursor;
        const QList<Change> changes = drain({}, &cursor);
        QVERIFY(!changes.isEmpty());
        QVERIFY(!cursor.isEmpty());
        QList<Change> upserts;
        for (const Change& change : changes) {
            QCOMPARE(change.data.has_value(), change.op == Change::Op::Upsert);
            if (change.op == Change::Op::Upsert)
                upserts.append(change);
        }
        QCOMPARE(changeIds(changes).size(), changes.size()); // each entity once

        const auto account = decode<Account>(get(u"account"_s));
        const QList<Change> accounts = ofEntity(upserts, Change::Entity::Account);
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().id, account.id);
        QCOMPARE(std::get<Account>(*accounts.first().data), account);

        const QList<Affair> affairs = all<Affair>(u"affairs"_s);
        QVERIFY(!affairs.isEmpty());
        const QList<Change> affairChanges = ofEntity(upserts, Change::Entity::Affair);
        QCOMPARE(affairChanges.size(), affairs.size());
        QCOMPARE(changeIds(affairChanges), idsOf(affairs));
        for (const Change& change : affairChanges)
            QVERIFY(affairs.contains(std::get<Affair>(*change.data))); // the entity as it is now

        const QSet<QUuid> productIds = changeIds(ofEntity(upserts, Change::Entity::Product));
        const QSet<QUuid> documentIds = changeIds(ofEntity(upserts, Change::Entity::Document));
        qsizetype productCount = 0;
        for (const Affair& affair : affairs)
            productCount += affair.productCount;
        QCOMPARE(productIds.size(), productCount);
        const QList<Product> products = all<Product>(u"affairs/%1/products"_s.arg(idOf(affairs.first().id)));
        QVERIFY(!products.isEmpty());
        QVERIFY(productIds.contains(idsOf(products)));
        const QList<Document> documents
            = all<Document>(u"products/%1/documents"_s.arg(idOf(products.first().id)));
        QVERIFY(!documents.isEmpty());
        QVERIFY(documentIds.contains(idsOf(documents)));
        for (const Change& change : ofEntity(upserts, Change::Entity::Document)) {
            if (change.id == documents.first().id)
                QCOMPARE(std::get<Document>(*change.data), documents.first());
        }
    }

    void pagesFollowNextInSeqOrder()
    {
        QString wholeCursor;
        const QList<Change> whole = drain({}, &wholeCursor);
        QVERIFY(whole.size() > 7);

        const int limit = 7;
        QList<Change> paged;
        QString since;
        int pages = 0;
        for (;;) {
            const Answer answer = get(changesPath(since, limit));
            QCOMPARE(answer.status, 200);
            const auto page = decode<ChangePage>(answer);
            ++pages;
            QVERIFY(page.items.size() <= limit);
            QVERIFY(!page.cursor.isEmpty());
            for (const Change& change : page.items) {
                if (!paged.isEmpty())
                    QVERIFY2(change.seq > paged.last().seq,
                             qPrintable(u"seq %1 after %2"_s.arg(change.seq).arg(paged.last().seq)));
                paged.append(change);
            }
            if (!page.next) {
                QCOMPARE(page.cursor, wholeCursor);
                break;
            }
            QCOMPARE(page.items.size(), limit); // only a full page has a next one
            since = *page.next;
            QVERIFY(pages < 100000);
        }
        QVERIFY(pages >= 2);
        QCOMPARE(paged, whole);
    }

    void unchangedAccountCostsOneSmallRequest()
    {
        QString cursor;
        drain({}, &cursor);
        QVERIFY(!cursor.isEmpty());
        for (int i = 0; i < 2; ++i) {
            const Answer answer = get(changesPath(cursor, 100));
            QCOMPARE(answer.status, 200);
            const auto page = decode<ChangePage>(answer);
            QVERIFY(page.items.isEmpty());
            QCOMPARE(page.next, std::nullopt);
            QCOMPARE(page.cursor, cursor);
        }
        m_cursor = cursor;
    }

    void deltaHasTheLatestStateAndDeletes()
    {
        QVERIFY(!m_cursor.isEmpty());
        const QUuid product = firstProduct();
        QVERIFY(!product.isNull());
        const QString tasks = u"products/%1/tasks"_s.arg(idOf(product));

        const Answer a = send("POST", tasks, json(taskJson(u"Tâche éditée ensuite."_s)));
        QCOMPARE(a.status, 201);
        const Answer b = send("POST", tasks, json(taskJson(u"Tâche validée ensuite."_s)));
        QCOMPARE(b.status, 201);
        const Task edited = decode<Task>(send("PUT", u"tasks/"_s + idOf(decode<Task>(a).id),
                                              json(taskJson(u"Tâche éditée."_s)), {{"If-Match", "\"1\""}}));
        QCOMPARE(edited.version, 2);
        const QUuid validatedId = decode<Task>(b).id;
        const Answer validated
            = send("POST", u"tasks/%1/validate"_s.arg(idOf(validatedId)), json(validateJson()));
        QCOMPARE(validated.status, 201);
        const auto note = decode<MaintenanceNote>(validated);

        QString cursor;
        const QList<Change> changes = drain(m_cursor, &cursor);
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes[0].entity, Change::Entity::Task);
        QCOMPARE(changes[0].op, Change::Op::Upsert);
        QCOMPARE(changes[0].id, edited.id);
        QVERIFY(changes[0].data.has_value());
        QCOMPARE(std::get<Task>(*changes[0].data), edited); // the latest state, version 2
        QCOMPARE(changes[1].entity, Change::Entity::Task);
        QCOMPARE(changes[1].op, Change::Op::Delete);
        QCOMPARE(changes[1].id, validatedId);
        QVERIFY(!changes[1].data.has_value());
        QCOMPARE(changes[2].entity, Change::Entity::Note);
        QCOMPARE(changes[2].op, Change::Op::Upsert);
        QCOMPARE(changes[2].id, note.id);
        QVERIFY(changes[2].data.has_value());
        QCOMPARE(std::get<MaintenanceNote>(*changes[2].data), note);
        QVERIFY(changes[0].seq < changes[1].seq && changes[1].seq < changes[2].seq);
        QVERIFY(cursor != m_cursor);

        QCOMPARE(send("DELETE", u"notes/"_s + idOf(note.id)).status, 204);
        QString afterDelete;
        const QList<Change> deleted = drain(cursor, &afterDelete);
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted[0].entity, Change::Entity::Note);
        QCOMPARE(deleted[0].op, Change::Op::Delete);
        QCOMPARE(deleted[0].id, note.id);
        QVERIFY(deleted[0].seq > changes[2].seq);

        QString still;
        QVERIFY(drain(afterDelete, &still).isEmpty());
        QCOMPARE(still, afterDelete);

        // From the start, the feed is the live data plus tombstones: the edited task comes once.
        QString fromStart;
        const QList<Change> full = drain({}, &fromStart);
        QCOMPARE(fromStart, afterDelete);
        int editedCount = 0;
        for (const Change& change : full)
            editedCount += change.id == edited.id ? 1 : 0;
        QCOMPARE(editedCount, 1);
        m_cursor = afterDelete;
    }

    void switchesShowInTheFeed()
    {
        QVERIFY(!m_cursor.isEmpty());
        const auto affairs = decode<Page<Affair>>(get(u"affairs"_s));
        QVERIFY(!affairs.items.isEmpty());
        const Affair affair = affairs.items.first();
        const Answer answer = send("PUT", u"affairs/%1/remote-consultation"_s.arg(idOf(affair.id)),
                                   json({{u"enabled"_s, !affair.remoteConsultation}}));
        QCOMPARE(answer.status, 200);
        QString cursor;
        const QList<Change> changes = drain(m_cursor, &cursor);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].entity, Change::Entity::Affair);
        QCOMPARE(changes[0].op, Change::Op::Upsert);
        QCOMPARE(std::get<Affair>(*changes[0].data), decode<Affair>(answer));
        m_cursor = cursor;
    }

    void badCursorsAreRefused_data()
    {
        QTest::addColumn<QString>("since");
        QTest::newRow("not a cursor") << u"zzz"_s;
        QTest::newRow("prefix only") << u"c_"_s;
        QTest::newRow("letters after the prefix") << u"c_12x"_s;
        QTest::newRow("negative") << u"c_-5"_s;
        QTest::newRow("page cursor of a list") << u"MjAyNi0wMS0wMQ"_s;
    }

    void badCursorsAreRefused()
    {
        QFETCH(QString, since);
        const Answer answer = get(changesPath(since, 100));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.problemCode(), u"bad_request"_s);
    }

    void badLimitsAreRefused()
    {
        QCOMPARE(get(u"changes?limit=0"_s).problemCode(), u"bad_request"_s);
        QCOMPARE(get(u"changes?limit=501"_s).problemCode(), u"bad_request"_s);
        QCOMPARE(get(u"changes?limit=ten"_s).problemCode(), u"bad_request"_s);
    }

    void unknownCursorIsExpired()
    {
        const Answer answer = get(changesPath(u"c_99999999999999999"_s, 100));
        QCOMPARE(answer.status, 410);
        QCOMPARE(answer.problemCode(), u"cursor_expired"_s);
    }

    void customersNeverSeeEachOthersChanges()
    {
        const QByteArray other = m_server.login(QString::fromLatin1(ServerProcess::kOtherEmail),
                                                QString::fromLatin1(ServerProcess::kOtherPassword));
        QVERIFY(!other.isEmpty());
        QString otherCursor;
        const QList<Change> theirs = drain({}, &otherCursor, other);
        QVERIFY(!theirs.isEmpty());
        const QSet<QUuid> theirIds = changeIds(theirs);

        const auto otherAccount = decode<Account>(get(u"account"_s, other));
        QVERIFY(theirIds.contains(otherAccount.id));
        QCOMPARE(changeIds(ofEntity(theirs, Change::Entity::Affair)),
                 idsOf(all<Affair>(u"affairs"_s, other)));

        QString mine;
        const QSet<QUuid> ours = changeIds(drain({}, &mine));
        QVERIFY(!ours.isEmpty());
        QVERIFY(!theirIds.intersects(ours));
        const auto account = decode<Account>(get(u"account"_s));
        QVERIFY(!theirIds.contains(account.id));
        for (const Affair& affair : all<Affair>(u"affairs"_s))
            QVERIFY(!theirIds.contains(affair.id));

        // A change of ours moves nothing in their feed.
        const Answer created = send("POST", u"products/%1/tasks"_s.arg(idOf(firstProduct())),
                                    json(taskJson(u"Invisible pour les autres."_s)));
        QCOMPARE(created.status, 201);
        QString otherAfter;
        QVERIFY(drain(otherCursor, &otherAfter, other).isEmpty());
        QCOMPARE(otherAfter, otherCursor);
        QString ourAfter;
        const QList<Change> ourDelta = drain(mine, &ourAfter);
        QCOMPARE(ourDelta.size(), 1);
        QCOMPARE(ourDelta.first().id, decode<Task>(created).id);
    }

    void feedNeedsASession()
    {
        const Answer answer = m_server.get(u"changes"_s, "not-a-token");
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.problemCode(), u"unauthorized"_s);
    }

    void cleanupTestCase()
    {
        const QString error = m_server.stop();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSyncApi)
#include "tst_syncapi.moc"
