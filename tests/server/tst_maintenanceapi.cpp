// Tasks and maintenance notes on the real mycloud-server process over HTTPS (see ServerProcess):
// idempotent creates with client ids, If-Match on edits, body validation, task validation and the
// list orders. Every object checked here is created by the test itself.
#include "ServerProcess.h"
#include "TestValues.h"
#include "domain/Affair.h"
#include "domain/JsonCodec.h"
#include "domain/MaintenanceNote.h"
#include "domain/Page.h"
#include "domain/Problem.h"
#include "domain/Product.h"
#include "domain/Task.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

QByteArray entityTag(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

Person requester()
{
    return {u"Hôpital Pasteur"_s, u"Bernard"_s, u"Claire"_s};
}

Person performer()
{
    return {u"Électricité Durand SARL"_s, u"Durand"_s, u"Sophie"_s};
}

QJsonObject taskJson(const QString& description, bool priority = false)
{
    return {
        {u"description"_s, description}, {u"priority"_s, priority}, {u"requester"_s, requester().toJson()}};
}

QJsonObject noteJson(const QDate& performedAt, const QString& comment = u"RAS."_s)
{
    return {{u"requester"_s, requester().toJson()},
            {u"performer"_s, performer().toJson()},
            {u"requestedAt"_s, QJsonValue()},
            {u"performedAt"_s, performedAt.toString(Qt::ISODate)},
            {u"taskDescription"_s, u"Visite annuelle de maintenance préventive."_s},
            {u"workDone"_s, u"Contrôle visuel, resserrage, essais des différentiels."_s},
            {u"comment"_s, comment}};
}

QJsonObject validateJson(const QDate& performedAt)
{
    return {{u"performer"_s, performer().toJson()},
            {u"performedAt"_s, performedAt.toString(Qt::ISODate)},
            {u"workDone"_s, u"Borniers resserrés au couple."_s},
            {u"comment"_s, u"Prévoir le remplacement du disjoncteur D12."_s}};
}

// A copy of `object` with `key` set to `value` (a dotted key reaches into a nested object), or
// removed when `value` is undefined.
QJsonObject with(QJsonObject object, const QString& key, const QJsonValue& value)
{
    const qsizetype dot = key.indexOf(u'.');
    if (dot > 0) {
        const QString outer = key.left(dot);
        object[outer] = with(object[outer].toObject(), key.mid(dot + 1), value);
        return object;
    }
    if (value.isUndefined())
        object.remove(key);
    else
        object[key] = value;
    return object;
}

} // namespace

class TestMaintenanceApi final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QByteArray m_token;
    QUuid m_product; // the first product of the first affair
    QUuid m_otherProduct; // another product of the same customer

    Answer send(const QByteArray& verb, const QString& path, const QByteArray& body = {},
                const Headers& headers = {})
    {
        return m_server.send(verb, path, m_token, body, headers);
    }

    template <class T> static T decode(const Answer& answer)
    {
        auto value = JsonCodec::decode<T>(answer.body);
        if (!value)
            qWarning() << "HTTP" << answer.status << value.error().message() << answer.body.left(300);
        return value ? value.value() : T{};
    }

    // Every item of a list route, following `next`.
    template <class T> QList<T> all(const QString& path)
    {
        QList<T> items;
        QString cursor;
        for (int pages = 0; pages < 1000; ++pages) {
            const Answer answer = send(
                "GET", path + u"?limit=500"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
            const auto page = decode<Page<T>>(answer);
            items += page.items;
            if (answer.status != 200 || !page.next)
                break;
            cursor = *page.next;
        }
        return items;
    }

    QList<Task> tasks(const QUuid& product) { return all<Task>(u"products/%1/tasks"_s.arg(idOf(product))); }
    QList<MaintenanceNote> notes(const QUuid& product)
    {
        return all<MaintenanceNote>(u"products/%1/notes"_s.arg(idOf(product)));
    }

    Answer postTask(const QUuid& product, const QJsonObject& body, const Headers& headers = {})
    {
        return send("POST", u"products/%1/tasks"_s.arg(idOf(product)), json(body), headers);
    }
    Answer postNote(const QUuid& product, const QJsonObject& body, const Headers& headers = {})
    {
        return send("POST", u"products/%1/notes"_s.arg(idOf(product)), json(body), headers);
    }

    // A new task, or a null one (with a warning) when the server did not answer 201.
    Task newTask(const QString& description, bool priority = false)
    {
        const Answer answer = postTask(m_product, taskJson(description, priority));
        if (answer.status != 201) {
            qWarning() << "task not created:" << answer.status << answer.body;
            return {};
        }
        return decode<Task>(answer);
    }

    static bool containsId(const auto& list, const QUuid& id)
    {
        return std::any_of(list.begin(), list.end(), [&](const auto& item) { return item.id == id; });
    }

    // The ids of `list` that are in `mine`, in list order.
    static QList<QUuid> onlyMine(const auto& list, const QList<QUuid>& mine)
    {
        QList<QUuid> ids;
        for (const auto& item : list)
            if (mine.contains(item.id))
                ids.append(item.id);
        return ids;
    }

private slots:
    void initTestCase()
    {
        const QString error = m_server.startSignedIn(&m_token);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto affairs = decode<Page<Affair>>(send("GET", u"affairs"_s));
        QVERIFY(!affairs.items.isEmpty());
        for (const Affair& affair : affairs.items) {
            const auto products
                = decode<Page<Product>>(send("GET", u"affairs/%1/products"_s.arg(idOf(affair.id))));
            for (const Product& product : products.items) {
                if (m_product.isNull())
                    m_product = product.id;
                else if (m_otherProduct.isNull())
                    m_otherProduct = product.id;
            }
            if (!m_otherProduct.isNull())
                break;
        }
        QVERIFY(!m_product.isNull());
        QVERIFY(!m_otherProduct.isNull());
    }

    void createAnswers201WithETagAndLocation()
    {
        const int before = tasks(m_product).size();
        const Answer answer = postTask(m_product, taskJson(u"Resserrer les borniers du départ D12."_s, true));
        QCOMPARE(answer.status, 201);
        QCOMPARE(answer.headers.value("etag"), "\"1\"");
        const Task task = decode<Task>(answer);
        QVERIFY(!task.id.isNull());
        QCOMPARE(answer.headers.value("location"), "/api/v1/tasks/" + idOf(task.id).toLatin1());
        QCOMPARE(task.productId, m_product);
        QCOMPARE(task.description, u"Resserrer les borniers du départ D12."_s);
        QCOMPARE(task.priority, true);
        QCOMPARE(task.requester, requester());
        QCOMPARE(task.version, 1);
        QCOMPARE(task.updatedAt, task.createdAt);
        QVERIFY(qAbs(task.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        const QList<Task> after = tasks(m_product);
        QCOMPARE(after.size(), before + 1);
        QVERIFY(after.contains(task)); // listed exactly as answered
    }

    void clientIdReplayCreatesNothing()
    {
        const QUuid id = QUuid::createUuid();
        const QJsonObject body
            = with(taskJson(u"Contrôler l'échauffement à la caméra thermique."_s), u"id"_s, idOf(id));
        const int before = tasks(m_product).size();
        const Answer first = postTask(m_product, body);
        QCOMPARE(first.status, 201);
        const Task created = decode<Task>(first);
        QCOMPARE(created.id, id);

        const Answer replay = postTask(m_product, body);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.headers.value("etag"), "\"1\"");
        QCOMPARE(replay.headers.value("location"), "/api/v1/tasks/" + idOf(id).toLatin1());
        QCOMPARE(decode<Task>(replay), created);
        QCOMPARE(tasks(m_product).size(), before + 1);

        // A replay answers the task as it is now, not as the replayed body says.
        const Answer edited = send("PUT", u"tasks/"_s + idOf(id), json(taskJson(u"Édité entre-temps."_s)),
                                   {{"If-Match", "\"1\""}});
        QCOMPARE(edited.status, 200);
        const Answer late = postTask(m_product, body);
        QCOMPARE(late.status, 200);
        QCOMPARE(late.headers.value("etag"), "\"2\"");
        QCOMPARE(decode<Task>(late), decode<Task>(edited));
        QCOMPARE(tasks(m_product).size(), before + 1);
    }

    void concurrentReplaysCreateOnce()
    {
        // An outbox retrying over several connections at once: exactly one create wins.
        const QUuid id = QUuid::createUuid();
        const QByteArray body = json(with(taskJson(u"Envoyée six fois à la fois."_s), u"id"_s, idOf(id)));
        const int before = tasks(m_product).size();
        QNetworkRequest request(m_server.apiUrl(u"products/%1/tasks"_s.arg(idOf(m_product))));
        request.setSslConfiguration(m_server.tls());
        request.setRawHeader("Authorization", "Bearer " + m_token);
        request.setRawHeader("Content-Type", "application/json");
        QList<QNetworkReply*> replies;
        for (int i = 0; i < 6; ++i)
            replies.append(m_server.network().post(request, body));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.begin(), replies.end(), [](QNetworkReply* r) { return r->isFinished(); }),
            60000);
        QList<int> statuses;
        QSet<QByteArray> bodies;
        for (QNetworkReply* reply : replies) {
            statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            bodies.insert(reply->readAll());
            reply->deleteLater();
        }
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{200, 200, 200, 200, 200, 201}));
        QCOMPARE(bodies.size(), 1); // the same task every time
        QCOMPARE(tasks(m_product).size(), before + 1);
    }

    void clientIdOfAnotherProductConflicts()
    {
        const QUuid id = QUuid::createUuid();
        const QJsonObject body = with(taskJson(u"Tâche du premier produit."_s), u"id"_s, idOf(id));
        QCOMPARE(postTask(m_product, body).status, 201);
        const int before = tasks(m_otherProduct).size();
        const Answer answer = postTask(m_otherProduct, body);
        QCOMPARE(answer.status, 409);
        QCOMPARE(answer.problemCode(), u"conflict"_s);
        QCOMPARE(tasks(m_otherProduct).size(), before);
        QVERIFY(containsId(tasks(m_product), id));
    }

    void clientIdOfANoteConflicts()
    {
        const QUuid noteId = QUuid::createUuid();
        QCOMPARE(postNote(m_product, with(noteJson(QDate(2025, 3, 14)), u"id"_s, idOf(noteId))).status, 201);
        const int tasksBefore = tasks(m_product).size();
        const Answer asTask
            = postTask(m_product, with(taskJson(u"Même id qu'une note."_s), u"id"_s, idOf(noteId)));
        QCOMPARE(asTask.status, 409);
        QCOMPARE(asTask.problemCode(), u"conflict"_s);
        QCOMPARE(tasks(m_product).size(), tasksBefore);

        const QUuid taskId = QUuid::createUuid();
        QCOMPARE(
            postTask(m_product, with(taskJson(u"Même id qu'une tâche."_s), u"id"_s, idOf(taskId))).status,
            201);
        const int notesBefore = notes(m_product).size();
        const Answer asNote = postNote(m_product, with(noteJson(QDate(2025, 3, 14)), u"id"_s, idOf(taskId)));
        QCOMPARE(asNote.status, 409);
        QCOMPARE(asNote.problemCode(), u"conflict"_s);
        QCOMPARE(notes(m_product).size(), notesBefore);
    }

    void deletedOrValidatedTaskIdIsNeverReused()
    {
        const QUuid deleted = QUuid::createUuid();
        const QJsonObject body = with(taskJson(u"Tâche supprimée ensuite."_s), u"id"_s, idOf(deleted));
        QCOMPARE(postTask(m_product, body).status, 201);
        QCOMPARE(send("DELETE", u"tasks/"_s + idOf(deleted)).status, 204);
        const Answer again = postTask(m_product, body);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.problemCode(), u"conflict"_s);
        QVERIFY(!containsId(tasks(m_product), deleted));

        const QUuid validated = QUuid::createUuid();
        const QJsonObject other = with(taskJson(u"Tâche validée ensuite."_s), u"id"_s, idOf(validated));
        QCOMPARE(postTask(m_product, other).status, 201);
        QCOMPARE(
            send("POST", u"tasks/%1/validate"_s.arg(idOf(validated)), json(validateJson(QDate(2026, 1, 5))))
                .status,
            201);
        QCOMPARE(postTask(m_product, other).problemCode(), u"conflict"_s);
        QVERIFY(!containsId(tasks(m_product), validated));
    }

    void tasksListPriorityFirstThenNewest()
    {
        // Apart by a few milliseconds, so that each createdAt is later than the one before.
        QList<QUuid> mine;
        for (const bool priority : {false, true, false, true}) {
            const Task task = newTask(u"Ordre %1"_s.arg(mine.size()), priority);
            QVERIFY(!task.id.isNull());
            mine.append(task.id);
            QTest::qWait(5);
        }
        const QList<Task> list = tasks(m_product);
        QCOMPARE(onlyMine(list, mine), (QList<QUuid>{mine[3], mine[1], mine[2], mine[0]}));
        for (qsizetype i = 1; i < list.size(); ++i) {
            const Task& a = list[i - 1];
            const Task& b = list[i];
            QVERIFY2(a.priority > b.priority || (a.priority == b.priority && a.createdAt >= b.createdAt),
                     qPrintable(u"item %1 is out of order"_s.arg(i)));
        }

        // One at a time through the cursor: the same tasks in the same order, none twice.
        QList<QUuid> paged;
        QString cursor;
        do {
            const Answer answer = send("GET",
                                       u"products/%1/tasks?limit=1"_s.arg(idOf(m_product))
                                           + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
            QCOMPARE(answer.status, 200);
            const auto page = decode<Page<Task>>(answer);
            QCOMPARE(page.items.size(), 1);
            QVERIFY(!paged.contains(page.items.first().id));
            paged.append(page.items.first().id);
            cursor = page.next.value_or(QString());
        } while (!cursor.isEmpty() && paged.size() <= list.size());
        QList<QUuid> listed;
        for (const Task& task : list)
            listed.append(task.id);
        QCOMPARE(paged, listed);

        const Answer badCursor
            = send("GET", u"products/%1/tasks?cursor=bm90LWEtY3Vyc29y"_s.arg(idOf(m_product)));
        QCOMPARE(badCursor.status, 400);
        QCOMPARE(badCursor.problemCode(), u"bad_request"_s);
    }

    void editNeedsTheCurrentVersion()
    {
        const Task task = newTask(u"Remplacer le voyant H3."_s);
        QVERIFY(!task.id.isNull());
        const QString path = u"tasks/"_s + idOf(task.id);
        const Person newRequester{u"Hôpital Pasteur"_s, u"Weber"_s, u"Marc"_s};
        QJsonObject edit = taskJson(u"Remplacer les voyants H3 et H4."_s, true);
        edit[u"requester"_s] = newRequester.toJson();

        Answer answer = send("PUT", path, json(edit));
        QCOMPARE(answer.status, 428);
        QCOMPARE(answer.problemCode(), u"precondition_required"_s);
        answer = send("PUT", path, json(edit), {{"If-Match", "\"2\""}});
        QCOMPARE(answer.status, 412);
        QCOMPARE(answer.problemCode(), u"precondition_failed"_s);
        // A tag that is none of ours can never match: refused, never taken for "no precondition".
        answer = send("PUT", path, json(edit), {{"If-Match", "\"v1\""}});
        QCOMPARE(answer.status, 412);
        QVERIFY(tasks(m_product).contains(task)); // untouched so far

        answer = send("PUT", path, json(edit), {{"If-Match", entityTag(task.version)}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.headers.value("etag"), "\"2\"");
        const Task edited = decode<Task>(answer);
        QCOMPARE(edited.id, task.id);
        QCOMPARE(edited.productId, task.productId);
        QCOMPARE(edited.description, u"Remplacer les voyants H3 et H4."_s);
        QCOMPARE(edited.priority, true);
        QCOMPARE(edited.requester, newRequester);
        QCOMPARE(edited.version, 2);
        QCOMPARE(edited.createdAt, task.createdAt);
        QVERIFY(edited.updatedAt >= task.updatedAt);
        QVERIFY(tasks(m_product).contains(edited));

        // The version the edit was based on is now stale: a lost update is refused.
        answer = send("PUT", path, json(taskJson(u"Écrase l'édition."_s)), {{"If-Match", "\"1\""}});
        QCOMPARE(answer.status, 412);
        QVERIFY(tasks(m_product).contains(edited));

        answer = send("PUT", u"tasks/"_s + idOf(QUuid::createUuid()), json(edit), {{"If-Match", "\"1\""}});
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.problemCode(), u"not_found"_s);
    }

    void badBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field"); // the errors[] field of a 422

        const QJsonObject good = taskJson(u"Une tâche."_s);
        auto row = [](const char* name, const QByteArray& body, int status, const QString& field = {}) {
            QTest::newRow(name) << body << status
                                << (status == 400 ? u"bad_request"_s : u"validation_failed"_s) << field;
        };
        row("not JSON", "{\"description\": ", 400);
        row("array root", "[]", 400);
        row("description missing", json(with(good, u"description"_s, QJsonValue::Undefined)), 400);
        row("description a number", json(with(good, u"description"_s, 5)), 400);
        row("priority a string", json(with(good, u"priority"_s, u"yes"_s)), 400);
        row("priority null", json(with(good, u"priority"_s, QJsonValue())), 400);
        row("priority missing", json(with(good, u"priority"_s, QJsonValue::Undefined)), 400);
        row("requester missing", json(with(good, u"requester"_s, QJsonValue::Undefined)), 400);
        row("requester a string", json(with(good, u"requester"_s, u"Claire Bernard"_s)), 400);
        row("requester.lastName a number", json(with(good, u"requester.lastName"_s, 7)), 400);
        row("requester.firstName missing", json(with(good, u"requester.firstName"_s, QJsonValue::Undefined)),
            400);
        row("empty description", json(with(good, u"description"_s, QString())), 422, u"description"_s);
        row("blank description", json(with(good, u"description"_s, u" \n\t "_s)), 422, u"description"_s);
        row("10001-character description", json(with(good, u"description"_s, QString(10001, u'x'))), 422,
            u"description"_s);
        row("201-character requester.company", json(with(good, u"requester.company"_s, QString(201, u'x'))),
            422, u"requester.company"_s);
    }

    void badBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);

        const Task task = newTask(u"Cible des éditions refusées."_s);
        QVERIFY(!task.id.isNull());
        const int before = tasks(m_product).size();
        for (const bool create : {true, false}) {
            const Answer answer = create
                ? send("POST", u"products/%1/tasks"_s.arg(idOf(m_product)), body)
                : send("PUT", u"tasks/"_s + idOf(task.id), body, {{"If-Match", "\"1\""}});
            QCOMPARE(answer.status, status);
            QCOMPARE(answer.headers.value("content-type"), "application/problem+json");
            const auto problem = decode<Problem>(answer);
            QCOMPARE(problem.code, code);
            if (status == 422) {
                QCOMPARE(problem.errors.size(), 1);
                QCOMPARE(problem.errors.first().field, field);
                QVERIFY(!problem.errors.first().message.isEmpty());
            }
        }
        const QList<Task> after = tasks(m_product);
        QCOMPARE(after.size(), before);
        QVERIFY(after.contains(task)); // the refused edit changed nothing
    }

    void fieldBoundsAreInclusive()
    {
        const Answer longest = postTask(m_product, taskJson(QString(10000, u'é')));
        QCOMPARE(longest.status, 201);
        QCOMPARE(decode<Task>(longest).description.size(), 10000);

        const Answer badId
            = postTask(m_product, with(taskJson(u"Id mal formé."_s), u"id"_s, u"not-a-uuid"_s));
        QCOMPARE(badId.status, 422);
        QCOMPARE(decode<Problem>(badId).errors.value(0).field, u"id"_s);
        QCOMPARE(postTask(m_product, with(taskJson(u"Id numérique."_s), u"id"_s, 42)).status, 400);
    }

    void otherMediaTypesAre415()
    {
        const Task task = newTask(u"Cible des corps non JSON."_s);
        QVERIFY(!task.id.isNull());
        const QByteArray body = json(taskJson(u"Du JSON mal étiqueté."_s));
        const Headers textPlain{{"Content-Type", "text/plain"}};
        const int tasksBefore = tasks(m_product).size();
        const int notesBefore = notes(m_product).size();

        QList<Answer> answers;
        answers << send("POST", u"products/%1/tasks"_s.arg(idOf(m_product)), body, textPlain)
                << send("PUT", u"tasks/"_s + idOf(task.id), body,
                        {{"Content-Type", "text/plain"}, {"If-Match", "\"1\""}})
                << send("POST", u"tasks/%1/validate"_s.arg(idOf(task.id)),
                        json(validateJson(QDate(2026, 2, 2))),
                        {{"Content-Type", "application/x-www-form-urlencoded"}})
                << send("POST", u"products/%1/notes"_s.arg(idOf(m_product)),
                        json(noteJson(QDate(2026, 2, 2))), textPlain);
        for (const Answer& answer : answers) {
            QCOMPARE(answer.status, 415);
            QCOMPARE(answer.problemCode(), u"unsupported_media_type"_s);
        }
        QCOMPARE(tasks(m_product).size(), tasksBefore);
        QVERIFY(tasks(m_product).contains(task));
        QCOMPARE(notes(m_product).size(), notesBefore);
    }

    void deleteTask()
    {
        const Task task = newTask(u"À supprimer."_s);
        QVERIFY(!task.id.isNull());
        const QString path = u"tasks/"_s + idOf(task.id);

        Answer answer = send("DELETE", path, {}, {{"If-Match", "\"3\""}});
        QCOMPARE(answer.status, 412);
        QCOMPARE(answer.problemCode(), u"precondition_failed"_s);
        QVERIFY(containsId(tasks(m_product), task.id));

        answer = send("DELETE", path, {}, {{"If-Match", "\"1\""}});
        QCOMPARE(answer.status, 204);
        QVERIFY(answer.body.isEmpty());
        QVERIFY(!containsId(tasks(m_product), task.id));

        answer = send("DELETE", path);
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.problemCode(), u"not_found"_s);
        QCOMPARE(send("PUT", path, json(taskJson(u"Trop tard."_s)), {{"If-Match", "\"1\""}}).status, 404);

        const Task plain = newTask(u"À supprimer sans If-Match."_s);
        QCOMPARE(send("DELETE", u"tasks/"_s + idOf(plain.id)).status, 204);
        QVERIFY(!containsId(tasks(m_product), plain.id));
        QCOMPARE(send("DELETE", u"tasks/not-a-uuid"_s).status, 404);
    }

    void validateTurnsTheTaskIntoANote()
    {
        const Task task = newTask(u"Resserrer les borniers du départ D12."_s, true);
        QVERIFY(!task.id.isNull());
        QTest::qWait(5); // so that the note's createdAt cannot be mistaken for the task's
        const QString path = u"tasks/%1/validate"_s.arg(idOf(task.id));
        const QJsonObject body = validateJson(QDate(2026, 11, 23));

        Answer answer = send("POST", path, json(body), {{"If-Match", "\"2\""}});
        QCOMPARE(answer.status, 412);
        QVERIFY(containsId(tasks(m_product), task.id));

        answer = send("POST", path, json(body), {{"If-Match", "\"1\""}});
        QCOMPARE(answer.status, 201);
        QCOMPARE(answer.headers.value("etag"), "\"1\"");
        const MaintenanceNote note = decode<MaintenanceNote>(answer);
        QVERIFY(!note.id.isNull());
        QVERIFY(note.id != task.id);
        QCOMPARE(answer.headers.value("location"), "/api/v1/notes/" + idOf(note.id).toLatin1());
        QCOMPARE(note.productId, m_product);
        QCOMPARE(note.taskId, std::optional<QUuid>(task.id));
        QCOMPARE(note.requester, task.requester);
        QCOMPARE(note.taskDescription, task.description);
        QCOMPARE(note.requestedAt, std::optional<QDateTime>(task.createdAt));
        QCOMPARE(note.performer, performer());
        QCOMPARE(note.performedAt, QDate(2026, 11, 23));
        QCOMPARE(note.workDone, u"Borniers resserrés au couple."_s);
        QCOMPARE(note.comment, u"Prévoir le remplacement du disjoncteur D12."_s);
        QCOMPARE(note.version, 1);
        QVERIFY(note.createdAt > task.createdAt);

        // The task is gone: every route on it answers 404.
        QVERIFY(!containsId(tasks(m_product), task.id));
        QCOMPARE(send("POST", path, json(body)).problemCode(), u"not_found"_s);
        QCOMPARE(
            send("PUT", u"tasks/"_s + idOf(task.id), json(taskJson(u"x"_s)), {{"If-Match", "\"1\""}}).status,
            404);
        QCOMPARE(send("DELETE", u"tasks/"_s + idOf(task.id)).status, 404);
        QVERIFY(notes(m_product).contains(note)); // listed exactly as answered
    }

    void validateBodies_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");

        const QJsonObject good = validateJson(QDate(2026, 4, 1));
        QTest::newRow("performer missing")
            << with(good, u"performer"_s, QJsonValue::Undefined) << 400 << QString();
        QTest::newRow("performedAt missing")
            << with(good, u"performedAt"_s, QJsonValue::Undefined) << 400 << QString();
        QTest::newRow("comment missing")
            << with(good, u"comment"_s, QJsonValue::Undefined) << 400 << QString();
        QTest::newRow("comment a number") << with(good, u"comment"_s, 3) << 400 << QString();
        QTest::newRow("performedAt not a date")
            << with(good, u"performedAt"_s, u"2026-02-30"_s) << 422 << u"performedAt"_s;
        QTest::newRow("performedAt a timestamp")
            << with(good, u"performedAt"_s, u"2026-02-03T10:00:00Z"_s) << 422 << u"performedAt"_s;
        QTest::newRow("10001-character workDone")
            << with(good, u"workDone"_s, QString(10001, u'x')) << 422 << u"workDone"_s;
        QTest::newRow("201-character performer.lastName")
            << with(good, u"performer.lastName"_s, QString(201, u'x')) << 422 << u"performer.lastName"_s;
    }

    void validateBodies()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, field);

        const Task task = newTask(u"Validation refusée."_s);
        QVERIFY(!task.id.isNull());
        const int notesBefore = notes(m_product).size();
        const Answer answer = send("POST", u"tasks/%1/validate"_s.arg(idOf(task.id)), json(body));
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.problemCode(), status == 400 ? u"bad_request"_s : u"validation_failed"_s);
        if (status == 422)
            QCOMPARE(decode<Problem>(answer).errors.value(0).field, field);
        QVERIFY(tasks(m_product).contains(task)); // still to do
        QCOMPARE(notes(m_product).size(), notesBefore);
    }

    void validateWithoutWorkDone()
    {
        const Task task = newTask(u"Validée sans travaux décrits."_s);
        QVERIFY(!task.id.isNull());
        const Answer answer
            = send("POST", u"tasks/%1/validate"_s.arg(idOf(task.id)),
                   json(with(validateJson(QDate(2026, 4, 2)), u"workDone"_s, QJsonValue::Undefined)));
        QCOMPARE(answer.status, 201);
        QCOMPARE(decode<MaintenanceNote>(answer).workDone, QString());
    }

    void validateUnknownTaskIsNotFound()
    {
        const QJsonObject body = validateJson(QDate(2026, 4, 3));
        const int notesBefore = notes(m_product).size();
        Answer answer = send("POST", u"tasks/%1/validate"_s.arg(idOf(QUuid::createUuid())), json(body));
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.problemCode(), u"not_found"_s);
        answer = send("POST", u"tasks/not-a-uuid/validate"_s, json(body));
        QCOMPARE(answer.status, 404);
        // The id of a note is not the id of a task.
        const auto note = decode<MaintenanceNote>(postNote(m_product, noteJson(QDate(2026, 4, 3))));
        QVERIFY(!note.id.isNull());
        QCOMPARE(send("POST", u"tasks/%1/validate"_s.arg(idOf(note.id)), json(body)).status, 404);
        QCOMPARE(notes(m_product).size(), notesBefore + 1);
    }

    void notesCreateReplayAndDelete()
    {
        const QUuid id = QUuid::createUuid();
        // A taskId in the body is ignored: a note added directly comes from no task.
        QJsonObject body = with(noteJson(QDate(2025, 10, 15)), u"id"_s, idOf(id));
        body[u"taskId"_s] = idOf(QUuid::createUuid());
        body[u"requestedAt"_s] = u"2025-10-01T08:30:00Z"_s;
        const int before = notes(m_product).size();

        const Answer created = postNote(m_product, body);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.headers.value("etag"), "\"1\"");
        QCOMPARE(created.headers.value("location"), "/api/v1/notes/" + idOf(id).toLatin1());
        const MaintenanceNote note = decode<MaintenanceNote>(created);
        QCOMPARE(note.id, id);
        QCOMPARE(note.productId, m_product);
        QCOMPARE(note.taskId, std::nullopt);
        QCOMPARE(note.requester, requester());
        QCOMPARE(note.performer, performer());
        QCOMPARE(note.requestedAt,
                 std::optional<QDateTime>(QDateTime(QDate(2025, 10, 1), QTime(8, 30), Qt::UTC)));
        QCOMPARE(note.performedAt, QDate(2025, 10, 15));
        QCOMPARE(note.taskDescription, u"Visite annuelle de maintenance préventive."_s);
        QCOMPARE(note.workDone, u"Contrôle visuel, resserrage, essais des différentiels."_s);
        QCOMPARE(note.comment, u"RAS."_s);
        QCOMPARE(note.version, 1);

        const Answer replay = postNote(m_product, with(body, u"comment"_s, u"Autre commentaire."_s));
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.headers.value("etag"), "\"1\"");
        QCOMPARE(decode<MaintenanceNote>(replay), note);
        QCOMPARE(notes(m_product).size(), before + 1);
        QVERIFY(notes(m_product).contains(note));

        const int otherBefore = notes(m_otherProduct).size();
        QCOMPARE(postNote(m_otherProduct, body).problemCode(), u"conflict"_s);
        QCOMPARE(notes(m_otherProduct).size(), otherBefore);

        const QString path = u"notes/"_s + idOf(id);
        Answer answer = send("DELETE", path, {}, {{"If-Match", "\"2\""}});
        QCOMPARE(answer.status, 412);
        QCOMPARE(answer.problemCode(), u"precondition_failed"_s);
        QVERIFY(containsId(notes(m_product), id));
        answer = send("DELETE", path, {}, {{"If-Match", "\"1\""}});
        QCOMPARE(answer.status, 204);
        QVERIFY(!containsId(notes(m_product), id));
        QCOMPARE(notes(m_product).size(), before);
        answer = send("DELETE", path);
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.problemCode(), u"not_found"_s);

        // A deleted note's id is never given a second life, as a note or as a task.
        QCOMPARE(postNote(m_product, body).problemCode(), u"conflict"_s);
        QCOMPARE(postTask(m_product, with(taskJson(u"Id d'une note supprimée."_s), u"id"_s, idOf(id))).status,
                 409);
        QVERIFY(!containsId(notes(m_product), id));
    }

    void noteBodies_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");

        const QJsonObject good = noteJson(QDate(2026, 5, 1));
        QTest::newRow("requestedAt missing")
            << with(good, u"requestedAt"_s, QJsonValue::Undefined) << 400 << QString();
        QTest::newRow("workDone missing")
            << with(good, u"workDone"_s, QJsonValue::Undefined) << 400 << QString();
        QTest::newRow("performer null") << with(good, u"performer"_s, QJsonValue()) << 400 << QString();
        QTest::newRow("requestedAt without zone")
            << with(good, u"requestedAt"_s, u"2026-05-01T10:00:00"_s) << 422 << u"requestedAt"_s;
        QTest::newRow("10001-character comment")
            << with(good, u"comment"_s, QString(10001, u'x')) << 422 << u"comment"_s;
    }

    void noteBodies()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, field);

        const int before = notes(m_product).size();
        const Answer answer = postNote(m_product, body);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.problemCode(), status == 400 ? u"bad_request"_s : u"validation_failed"_s);
        if (status == 422)
            QCOMPARE(decode<Problem>(answer).errors.value(0).field, field);
        QCOMPARE(notes(m_product).size(), before);
    }

    void notesNewestPerformedAtFirst()
    {
        const QList<QDate> days{QDate(2020, 1, 1), QDate(2024, 6, 1), QDate(2023, 5, 5), QDate(2022, 3, 3),
                                QDate(2023, 5, 5)};
        QList<QUuid> mine;
        for (const QDate& day : days) {
            const Answer answer = postNote(m_otherProduct, noteJson(day));
            QCOMPARE(answer.status, 201);
            mine.append(decode<MaintenanceNote>(answer).id);
            QTest::qWait(5); // distinct createdAt for the two notes of the same day
        }
        const QList<MaintenanceNote> list = notes(m_otherProduct);
        // Same day: the newer entry first.
        QCOMPARE(onlyMine(list, mine), (QList<QUuid>{mine[1], mine[4], mine[2], mine[3], mine[0]}));
        for (qsizetype i = 1; i < list.size(); ++i) {
            const MaintenanceNote& a = list[i - 1];
            const MaintenanceNote& b = list[i];
            QVERIFY2(a.performedAt > b.performedAt
                         || (a.performedAt == b.performedAt && a.createdAt >= b.createdAt),
                     qPrintable(u"item %1 is out of order"_s.arg(i)));
        }

        QList<QUuid> paged;
        QString cursor;
        do {
            const auto page = decode<Page<MaintenanceNote>>(
                send("GET",
                     u"products/%1/notes?limit=2"_s.arg(idOf(m_otherProduct))
                         + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor)));
            QVERIFY(!page.items.isEmpty());
            for (const MaintenanceNote& note : page.items) {
                QVERIFY(!paged.contains(note.id));
                paged.append(note.id);
            }
            cursor = page.next.value_or(QString());
        } while (!cursor.isEmpty() && paged.size() <= list.size());
        QList<QUuid> listed;
        for (const MaintenanceNote& note : list)
            listed.append(note.id);
        QCOMPARE(paged, listed);
    }

    void anotherCustomerSeesNothing()
    {
        const Task task = newTask(u"Tâche privée."_s);
        QVERIFY(!task.id.isNull());
        const QByteArray other = m_server.login(QString::fromLatin1(ServerProcess::kOtherEmail),
                                                QString::fromLatin1(ServerProcess::kOtherPassword));
        QVERIFY(!other.isEmpty());
        const QString product = idOf(m_product);
        QCOMPARE(m_server.get(u"products/%1/tasks"_s.arg(product), other).problemCode(), u"not_found"_s);
        QCOMPARE(m_server.get(u"products/%1/notes"_s.arg(product), other).problemCode(), u"not_found"_s);
        QCOMPARE(
            m_server.send("POST", u"products/%1/tasks"_s.arg(product), other, json(taskJson(u"Intrus."_s)))
                .problemCode(),
            u"not_found"_s);
        QCOMPARE(m_server
                     .send("PUT", u"tasks/"_s + idOf(task.id), other, json(taskJson(u"Intrus."_s)),
                           {{"If-Match", "\"1\""}})
                     .problemCode(),
                 u"not_found"_s);
        QCOMPARE(m_server
                     .send("POST", u"tasks/%1/validate"_s.arg(idOf(task.id)), other,
                           json(validateJson(QDate(2026, 6, 1))))
                     .problemCode(),
                 u"not_found"_s);
        QCOMPARE(m_server.send("DELETE", u"tasks/"_s + idOf(task.id), other).problemCode(), u"not_found"_s);
        QVERIFY(tasks(m_product).contains(task)); // untouched
    }

    void cleanupTestCase()
    {
        const QString error = m_server.stop();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceApi)
#include "tst_maintenanceapi.moc"
