// Who may touch what, on the real mycloud-server process (see ServerProcess). Every route that
// names one of the demo customer's objects answers 404 not_found to the other customer (never 403,
// never 200) and leaves the object as it was; every customer route answers 401 without a valid
// session: no token, malformed tokens, an unknown token and a session that expired for real (its
// expiry moved into the past in the server's SQLite file while the server runs).
#include "ServerProcess.h"
#include "TestValues.h"
#include "domain/Account.h"
#include "domain/Affair.h"
#include "domain/Document.h"
#include "domain/DoeExport.h"
#include "domain/JsonCodec.h"
#include "domain/MaintenanceNote.h"
#include "domain/Page.h"
#include "domain/Problem.h"
#include "domain/Product.h"
#include "domain/Task.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

const auto kUnrouted = u"There is no such route on this server."_s;

QJsonObject person(const QString& lastName)
{
    return {{u"company"_s, u"Intrus SA"_s}, {u"lastName"_s, lastName}, {u"firstName"_s, u"Eve"_s}};
}

QByteArray doeRequest()
{
    return json({{u"kinds"_s, QJsonArray{u"schematic"_s, u"photo"_s}},
                 {u"productIds"_s, QJsonValue()},
                 {u"latestValidOnly"_s, false}});
}

QString problemDetail(const Answer& answer)
{
    const auto problem = JsonCodec::decode<Problem>(answer.body);
    return problem ? problem->detail : QString();
}

// What the demo customer sees of the objects the routes name.
struct Snapshot
{
    Account account;
    Affair affair;
    Product product;
    Document document;
    Page<Task> tasks;
    Page<MaintenanceNote> notes;
    bool operator==(const Snapshot&) const = default;
};

// One route of docs/openapi.yaml that needs a session; `path` uses the spec's parameter names.
struct Route
{
    QByteArray verb;
    QString path;
    QByteArray body = {};
    bool namesAnObject = true; // the path names an object of the customer (tried by the other one)
    bool ifMatch = false; // send If-Match with the task's version (required by PUT)

    QString name() const
    {
        return QString::fromLatin1(verb) + u' ' + path + (ifMatch ? u" with If-Match"_s : QString());
    }
};

} // namespace

class TestAuthorization final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QByteArray m_demoToken;
    QByteArray m_otherToken;
    QUuid m_affairId;
    QUuid m_productId;
    QUuid m_documentId;
    QUuid m_taskId;
    QUuid m_noteId;
    QUuid m_exportId;
    QString m_qrToken;
    QUuid m_otherProductId;
    Snapshot m_before;

    template <class T> std::optional<T> decode(const Answer& answer)
    {
        auto value = JsonCodec::decode<T>(answer.body);
        if (!value) {
            qWarning() << "HTTP" << answer.status << value.error().message() << answer.body.left(300);
            return std::nullopt;
        }
        return value.value();
    }

    template <class T> std::optional<T> demoGet(const QString& path)
    {
        return decode<T>(m_server.get(path, m_demoToken));
    }

    std::optional<Snapshot> snapshot()
    {
        const auto account = demoGet<Account>(u"account"_s);
        const auto affair = demoGet<Affair>(u"affairs/"_s + idOf(m_affairId));
        const auto product = demoGet<Product>(u"products/"_s + idOf(m_productId));
        const auto document = demoGet<Document>(u"documents/"_s + idOf(m_documentId));
        const auto tasks = demoGet<Page<Task>>(u"products/%1/tasks?limit=500"_s.arg(idOf(m_productId)));
        const auto notes
            = demoGet<Page<MaintenanceNote>>(u"products/%1/notes?limit=500"_s.arg(idOf(m_productId)));
        if (!account || !affair || !product || !document || !tasks || !notes)
            return std::nullopt;
        return Snapshot{*account, *affair, *product, *document, *tasks, *notes};
    }

    QString expand(QString path) const
    {
        return path.replace(u"{affairId}"_s, idOf(m_affairId))
            .replace(u"{productId}"_s, idOf(m_productId))
            .replace(u"{documentId}"_s, idOf(m_documentId))
            .replace(u"{taskId}"_s, idOf(m_taskId))
            .replace(u"{noteId}"_s, idOf(m_noteId))
            .replace(u"{token}"_s, m_qrToken)
            .replace(u"{exportId}"_s, idOf(m_exportId));
    }

    // Bodies that would be accepted from the owner, so that only the session can refuse them; the
    // switches ask for the opposite of their state, so that a write that went through shows.
    QList<Route> routes() const
    {
        const QByteArray lock = json({{u"password"_s, u"Intruder-lock-1"_s}});
        auto flip = [](bool enabled) { return json({{u"enabled"_s, !enabled}}); };
        const QByteArray task = json({{u"description"_s, u"Written by another customer"_s},
                                      {u"priority"_s, true},
                                      {u"requester"_s, person(u"Task"_s)}});
        const QByteArray validate = json({{u"performer"_s, person(u"Validate"_s)},
                                          {u"performedAt"_s, u"2026-01-15"_s},
                                          {u"workDone"_s, u"Nothing"_s},
                                          {u"comment"_s, u"Foreign validation"_s}});
        const QByteArray note = json({{u"requester"_s, person(u"Note"_s)},
                                      {u"performer"_s, person(u"Note"_s)},
                                      {u"requestedAt"_s, QJsonValue()},
                                      {u"performedAt"_s, u"2026-01-15"_s},
                                      {u"taskDescription"_s, u""_s},
                                      {u"workDone"_s, u"Foreign note"_s},
                                      {u"comment"_s, u""_s}});
        const QByteArray doe = doeRequest();
        const QByteArray password
            = json({{u"currentPassword"_s, QString::fromLatin1(ServerProcess::kDemoPassword)},
                    {u"newPassword"_s, u"another-password-1"_s}});
        return {
            {"GET", u"affairs/{affairId}"_s},
            {"PUT", u"affairs/{affairId}/remote-consultation"_s, flip(m_before.affair.remoteConsultation)},
            {"POST", u"affairs/{affairId}/lock"_s, lock},
            {"POST", u"affairs/{affairId}/unlock"_s},
            {"GET", u"affairs/{affairId}/products"_s},
            {"POST", u"affairs/{affairId}/doe"_s, doe},
            {"GET", u"products/{productId}"_s},
            {"PUT", u"products/{productId}/remote-consultation"_s, flip(m_before.product.remoteConsultation)},
            {"POST", u"products/{productId}/lock"_s, lock},
            {"POST", u"products/{productId}/unlock"_s},
            {"GET", u"products/{productId}/documents"_s},
            {"GET", u"products/{productId}/tasks"_s},
            {"POST", u"products/{productId}/tasks"_s, task},
            {"GET", u"products/{productId}/notes"_s},
            {"POST", u"products/{productId}/notes"_s, note},
            {"GET", u"documents/{documentId}"_s},
            {"GET", u"documents/{documentId}/content"_s},
            {"HEAD", u"documents/{documentId}/content"_s},
            {"PUT", u"tasks/{taskId}"_s, task, true, true},
            {"DELETE", u"tasks/{taskId}"_s},
            {"DELETE", u"tasks/{taskId}"_s, {}, true, true},
            {"POST", u"tasks/{taskId}/validate"_s, validate},
            {"DELETE", u"notes/{noteId}"_s},
            {"GET", u"qr/{token}"_s},
            {"GET", u"doe/{exportId}"_s},
            {"GET", u"doe/{exportId}/content"_s},
            {"POST", u"auth/logout"_s, {}, false},
            {"POST", u"auth/change-password"_s, password, false},
            {"GET", u"account"_s, {}, false},
            {"PUT", u"account/remote-consultation"_s, flip(m_before.account.remoteConsultation), false},
            {"GET", u"company"_s, {}, false},
            {"GET", u"affairs"_s, {}, false},
            {"GET", u"changes"_s, {}, false},
        };
    }

    void addRouteColumns()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ifMatch");
    }

    void addRow(const Route& route)
    {
        QTest::newRow(qPrintable(route.name())) << route.verb << route.path << route.body << route.ifMatch;
    }

    Answer request(const QByteArray& verb, const QString& path, const QByteArray& body,
                   const Headers& headers)
    {
        return m_server.send(verb, path, {}, body, headers);
    }

    Headers headersFor(const QByteArray& authorization, bool ifMatch)
    {
        Headers headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        if (ifMatch)
            headers.append({"If-Match", "\"" + QByteArray::number(taskVersion()) + "\""});
        return headers;
    }

    template <class T> static qint64 versionOf(const Page<T>& page, const QUuid& objectId)
    {
        for (const T& item : page.items) {
            if (item.id == objectId)
                return item.version;
        }
        return 0; // not there
    }

    qint64 taskVersion() const { return versionOf(m_before.tasks, m_taskId); }

    bool exportPrepared()
    {
        const auto exported = demoGet<DoeExport>(u"doe/"_s + idOf(m_exportId));
        return exported && exported->status != DoeExport::Status::Preparing;
    }

    // Moves the session's idle deadline into the past, as the server itself stores it.
    bool expire(const QByteArray& token)
    {
        QSqlQuery q(m_server.database());
        q.prepare(u"UPDATE sessions SET expires_at = ? WHERE token_hash = ?"_s);
        q.addBindValue(QDateTime::currentDateTimeUtc().addSecs(-60).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s));
        q.addBindValue(
            QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex()));
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return false;
        }
        return q.numRowsAffected() == 1;
    }

    static QByteArray randomToken()
    {
        QByteArray bytes(32, Qt::Uninitialized);
        for (char& byte : bytes)
            byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }

private slots:
    void initTestCase()
    {
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_demoToken = m_server.login(QString::fromLatin1(ServerProcess::kDemoEmail),
                                     QString::fromLatin1(ServerProcess::kDemoPassword));
        m_otherToken = m_server.login(QString::fromLatin1(ServerProcess::kOtherEmail),
                                      QString::fromLatin1(ServerProcess::kOtherPassword));
        QVERIFY(!m_demoToken.isEmpty());
        QVERIFY(!m_otherToken.isEmpty());

        // The demo customer's objects: the first of each list, whatever the data set holds.
        const auto affairs = demoGet<Page<Affair>>(u"affairs"_s);
        QVERIFY(affairs && !affairs->items.isEmpty());
        m_affairId = affairs->items.first().id;
        const auto products = demoGet<Page<Product>>(u"affairs/%1/products"_s.arg(idOf(m_affairId)));
        QVERIFY(products && !products->items.isEmpty());
        m_productId = products->items.first().id;
        m_qrToken = products->items.first().qrToken;
        const auto documents = demoGet<Page<Document>>(u"products/%1/documents"_s.arg(idOf(m_productId)));
        QVERIFY(documents && !documents->items.isEmpty());
        m_documentId = documents->items.first().id;

        // Locked, so that an unlock that went through would show.
        const QByteArray lock = json({{u"password"_s, u"Demo-lock-2026"_s}});
        QCOMPARE(m_server.send("POST", u"affairs/%1/lock"_s.arg(idOf(m_affairId)), m_demoToken, lock).status,
                 200);
        QCOMPARE(
            m_server.send("POST", u"products/%1/lock"_s.arg(idOf(m_productId)), m_demoToken, lock).status,
            200);

        Answer answer = m_server.send("POST", u"products/%1/tasks"_s.arg(idOf(m_productId)), m_demoToken,
                                      json({{u"description"_s, u"Check the tightening torques"_s},
                                            {u"priority"_s, false},
                                            {u"requester"_s, person(u"Demo"_s)}}));
        QCOMPARE(answer.status, 201);
        const auto task = decode<Task>(answer);
        QVERIFY(task);
        m_taskId = task->id;
        answer = m_server.send("POST", u"products/%1/notes"_s.arg(idOf(m_productId)), m_demoToken,
                               json({{u"requester"_s, person(u"Demo"_s)},
                                     {u"performer"_s, person(u"Demo"_s)},
                                     {u"requestedAt"_s, QJsonValue()},
                                     {u"performedAt"_s, u"2026-01-10"_s},
                                     {u"taskDescription"_s, u""_s},
                                     {u"workDone"_s, u"Thermography"_s},
                                     {u"comment"_s, u""_s}}));
        QCOMPARE(answer.status, 201);
        const auto note = decode<MaintenanceNote>(answer);
        QVERIFY(note);
        m_noteId = note->id;

        answer = m_server.send("POST", u"affairs/%1/doe"_s.arg(idOf(m_affairId)), m_demoToken, doeRequest());
        QCOMPARE(answer.status, 201);
        const auto exported = decode<DoeExport>(answer);
        QVERIFY(exported);
        m_exportId = exported->id;
        // Ready before the matrix runs, so that the owner's own download answers 200.
        QTRY_VERIFY_WITH_TIMEOUT(exportPrepared(), 60000);

        const auto before = snapshot();
        QVERIFY(before);
        m_before = *before;
        QVERIFY(m_before.affair.locked);
        QVERIFY(m_before.product.locked);
        QVERIFY(taskVersion() >= 1);

        const auto otherAffairs = decode<Page<Affair>>(m_server.get(u"affairs"_s, m_otherToken));
        QVERIFY(otherAffairs && !otherAffairs->items.isEmpty());
        QVERIFY(otherAffairs->items.first().id != m_affairId);
        const auto otherProducts = decode<Page<Product>>(
            m_server.get(u"affairs/%1/products"_s.arg(idOf(otherAffairs->items.first().id)), m_otherToken));
        QVERIFY(otherProducts && !otherProducts->items.isEmpty());
        m_otherProductId = otherProducts->items.first().id;

        QSqlDatabase db = m_server.database();
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    }

    void anotherCustomersObjectsAreNotFound_data()
    {
        addRouteColumns();
        for (const Route& route : routes()) {
            if (route.namesAnObject)
                addRow(route);
        }
    }

    void anotherCustomersObjectsAreNotFound()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, ifMatch);

        const Answer answer
            = request(verb, expand(path), body, headersFor("Bearer " + m_otherToken, ifMatch));
        QCOMPARE(answer.status, 404);
        if (verb != "HEAD") {
            QCOMPARE(answer.problemCode(), u"not_found"_s);
            QVERIFY2(problemDetail(answer) != kUnrouted, "the server does not route this path");
        }
        const auto after = snapshot();
        QVERIFY(after);
        QCOMPARE(after->account.version, m_before.account.version);
        QCOMPARE(after->affair.version, m_before.affair.version);
        QCOMPARE(after->product.version, m_before.product.version);
        QCOMPARE(after->document.version, m_before.document.version);
        QCOMPARE(after->tasks.items.size(), m_before.tasks.items.size());
        QCOMPARE(after->notes.items.size(), m_before.notes.items.size());
        QCOMPARE(versionOf(after->tasks, m_taskId), taskVersion());
        QCOMPARE(versionOf(after->notes, m_noteId), versionOf(m_before.notes, m_noteId));
        QVERIFY(*after == m_before);

        // The owner reaches the same object through the same read route.
        if (verb == "GET" || verb == "HEAD") {
            Headers mine{{"Authorization", "Bearer " + m_demoToken}};
            QCOMPARE(request(verb, expand(path), {}, mine).status, 200);
        }
    }

    void clientIdsOfAnotherCustomerConflict()
    {
        // Another customer replaying "its" create with the demo customer's ids must neither get
        // the demo's objects back (200) nor create anything under those ids.
        const QString tasks = u"products/%1/tasks"_s.arg(idOf(m_otherProductId));
        Answer answer = m_server.send("POST", tasks, m_otherToken,
                                      json({{u"id"_s, idOf(m_taskId)},
                                            {u"description"_s, u"Replay"_s},
                                            {u"priority"_s, false},
                                            {u"requester"_s, person(u"Replay"_s)}}));
        QCOMPARE(answer.status, 409);
        QCOMPARE(answer.problemCode(), u"conflict"_s);
        answer = m_server.send("POST", u"products/%1/notes"_s.arg(idOf(m_otherProductId)), m_otherToken,
                               json({{u"id"_s, idOf(m_noteId)},
                                     {u"requester"_s, person(u"Replay"_s)},
                                     {u"performer"_s, person(u"Replay"_s)},
                                     {u"requestedAt"_s, QJsonValue()},
                                     {u"performedAt"_s, u"2026-01-15"_s},
                                     {u"taskDescription"_s, u""_s},
                                     {u"workDone"_s, u"Replay"_s},
                                     {u"comment"_s, u""_s}}));
        QCOMPARE(answer.status, 409);
        QCOMPARE(answer.problemCode(), u"conflict"_s);
        const auto after = snapshot();
        QVERIFY(after);
        QVERIFY(*after == m_before);
    }

    void everyCustomerRouteNeedsAValidSession_data()
    {
        addRouteColumns();
        for (const Route& route : routes())
            addRow(route);
    }

    void everyCustomerRouteNeedsAValidSession()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, ifMatch);

        const QString target = expand(path);

        // A fresh session of the demo customer, valid now and expired below.
        const QByteArray expiring = m_server.login(QString::fromLatin1(ServerProcess::kDemoEmail),
                                                   QString::fromLatin1(ServerProcess::kDemoPassword));
        QVERIFY(!expiring.isEmpty());
        QCOMPARE(m_server.get(u"account"_s, expiring).status, 200);
        QVERIFY(expire(expiring));

        QByteArray tampered = m_demoToken;
        tampered[10] = '*';
        const QList<std::pair<const char*, QByteArray>> attempts{
            {"no Authorization header", {}},
            {"Basic credentials", "Basic ZGVtb0BteWNsb3VkLnRlc3Q6ZGVtbzEyMzQ="},
            {"Bearer without a token", "Bearer"},
            {"a valid token with one character more", "Bearer " + m_demoToken + "A"},
            {"a 43-character token with a character outside base64url", "Bearer " + tampered},
            {"a well-formed unknown token", "Bearer " + randomToken()},
            {"an expired session", "Bearer " + expiring},
        };
        for (const auto& [what, authorization] : attempts) {
            const Answer answer = request(verb, target, body, headersFor(authorization, ifMatch));
            QVERIFY2(answer.status == 401,
                     qPrintable(u"%1: HTTP %2"_s.arg(QLatin1StringView(what)).arg(answer.status)));
            QVERIFY2(answer.headers.value("www-authenticate").startsWith("Bearer"), what);
            if (verb != "HEAD")
                QVERIFY2(answer.problemCode() == u"unauthorized"_s, qPrintable(answer.problemCode()));
        }
        QCOMPARE(m_server.get(u"account"_s, expiring).status, 401); // an expired session stays over

        const auto after = snapshot();
        QVERIFY(after);
        QVERIFY(*after == m_before);
    }

    void cleanupTestCase()
    {
        const QString error = m_server.stop();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAuthorization)
#include "tst_authorization.moc"
