// Remote-consultation switches, QR locks and QR token resolution on the real mycloud-server process
// over HTTPS (see ServerProcess). Switches and locks govern QR access only: the owner keeps seeing
// everything through the API.
#include "ServerProcess.h"
#include "TestValues.h"
#include "domain/Account.h"
#include "domain/Affair.h"
#include "domain/Document.h"
#include "domain/JsonCodec.h"
#include "domain/Page.h"
#include "domain/Problem.h"
#include "domain/Product.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

QByteArray switchBody(bool enabled)
{
    return json({{u"enabled"_s, enabled}});
}

QByteArray lockBody(const QString& password)
{
    return json({{u"password"_s, password}});
}

QByteArray entityTag(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

} // namespace

class TestConsultationApi final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QByteArray m_token;
    Affair m_affair; // the first affair, as read at the start
    Product m_product; // its first product, as read at the start

    Answer send(const QByteArray& verb, const QString& path, const QByteArray& body = {},
                const Headers& headers = {})
    {
        return m_server.send(verb, path, m_token, body, headers);
    }
    Answer get(const QString& path) { return send("GET", path); }

    template <class T> static T decode(const Answer& answer)
    {
        auto value = JsonCodec::decode<T>(answer.body);
        if (!value)
            qWarning() << "HTTP" << answer.status << value.error().message() << answer.body.left(300);
        return value ? value.value() : T{};
    }

    QString affairPath() const { return u"affairs/"_s + idOf(m_affair.id); }
    QString productPath() const { return u"products/"_s + idOf(m_product.id); }

    // The version of an entity as read now, from its ETag.
    qint64 versionAt(const QString& path)
    {
        const QByteArray tag = get(path).headers.value("etag");
        return tag.size() > 2 ? tag.mid(1, tag.size() - 2).toLongLong() : -1;
    }

    // The owner still sees the product, its affair, its documents and its QR resolution.
    bool ownerSeesEverything()
    {
        const auto affair = decode<Affair>(get(affairPath()));
        const auto product = decode<Product>(get(productPath()));
        const auto affairs = decode<Page<Affair>>(get(u"affairs?limit=500"_s));
        const auto products = decode<Page<Product>>(get(affairPath() + u"/products?limit=500"_s));
        const auto documents = decode<Page<Document>>(get(productPath() + u"/documents"_s));
        const Answer qr = get(u"qr/"_s + m_product.qrToken);
        const bool listed = std::any_of(affairs.items.begin(), affairs.items.end(),
                                        [&](const Affair& a) { return a.id == m_affair.id; })
            && std::any_of(products.items.begin(), products.items.end(),
                           [&](const Product& p) { return p.id == m_product.id; });
        return affair.id == m_affair.id && product.id == m_product.id && listed && !documents.items.isEmpty()
            && qr.status == 200 && get(productPath() + u"/tasks"_s).status == 200
            && get(productPath() + u"/notes"_s).status == 200;
    }

    // A switch route: the same value again is a no-op, a change bumps the version once, a stale
    // If-Match is refused. Leaves the switch as it found it (`current`).
    template <class T> void checkSwitch(const QString& route, const QString& entityPath, bool current)
    {
        const qint64 start = versionAt(entityPath);
        QVERIFY(start >= 1);

        Answer answer = send("PUT", route, switchBody(current));
        QCOMPARE(answer.status, 200);
        T entity = decode<T>(answer);
        QCOMPARE(entity.remoteConsultation, current);
        QCOMPARE(entity.version, start); // the current value again changes nothing
        QCOMPARE(answer.headers.value("etag"), entityTag(start));

        answer = send("PUT", route, switchBody(!current), {{"If-Match", entityTag(start + 1)}});
        QCOMPARE(answer.status, 412);
        QCOMPARE(answer.problemCode(), u"precondition_failed"_s);
        QCOMPARE(versionAt(entityPath), start);

        answer = send("PUT", route, switchBody(!current), {{"If-Match", entityTag(start)}});
        QCOMPARE(answer.status, 200);
        entity = decode<T>(answer);
        QCOMPARE(entity.remoteConsultation, !current);
        QCOMPARE(entity.version, start + 1);
        QCOMPARE(answer.headers.value("etag"), entityTag(start + 1));
        QCOMPARE(decode<T>(get(entityPath)), entity);

        answer = send("PUT", route, switchBody(!current));
        QCOMPARE(answer.status, 200);
        QCOMPARE(decode<T>(answer).version, start + 1);

        // The old version is stale now, even for the value it already has.
        answer = send("PUT", route, switchBody(!current), {{"If-Match", entityTag(start)}});
        QCOMPARE(answer.status, 412);

        answer = send("PUT", route, switchBody(current));
        QCOMPARE(answer.status, 200);
        entity = decode<T>(answer);
        QCOMPARE(entity.remoteConsultation, current);
        QCOMPARE(entity.version, start + 2);
        QCOMPARE(decode<T>(get(entityPath)), entity);
    }

    // A lock route pair: lock sets locked, replacing the password is a change, unlock clears it
    // and unlocking again is a no-op.
    template <class T> void checkLock(const QString& entityPath)
    {
        const QString lock = entityPath + u"/lock"_s;
        const QString unlock = entityPath + u"/unlock"_s;
        // The demo data may lock it already: start from unlocked.
        if (decode<T>(get(entityPath)).locked)
            QCOMPARE(decode<T>(send("POST", unlock)).locked, false);
        const T before = decode<T>(get(entityPath));
        QVERIFY(before.version >= 1);
        QCOMPARE(before.locked, false);

        Answer answer
            = send("POST", lock, lockBody(u"Lilas-TGBT"_s), {{"If-Match", entityTag(before.version + 1)}});
        QCOMPARE(answer.status, 412);
        QCOMPARE(answer.problemCode(), u"precondition_failed"_s);
        QCOMPARE(decode<T>(get(entityPath)), before);

        answer = send("POST", lock, lockBody(u"Lilas-TGBT"_s), {{"If-Match", entityTag(before.version)}});
        QCOMPARE(answer.status, 200);
        T locked = decode<T>(answer);
        QCOMPARE(locked.locked, true);
        QCOMPARE(locked.version, before.version + 1);
        QCOMPARE(answer.headers.value("etag"), entityTag(locked.version));
        QVERIFY(!answer.body.contains("Lilas-TGBT"));
        QVERIFY(!answer.body.contains("argon2"));
        QCOMPARE(decode<T>(get(entityPath)), locked);

        // Locking again replaces the password: a change.
        answer = send("POST", lock, lockBody(u"Autre-mot-de-passe"_s));
        QCOMPARE(answer.status, 200);
        const T relocked = decode<T>(answer);
        QCOMPARE(relocked.locked, true);
        QCOMPARE(relocked.version, locked.version + 1);

        answer = send("POST", unlock, {}, {{"If-Match", entityTag(locked.version)}});
        QCOMPARE(answer.status, 412);
        QCOMPARE(decode<T>(get(entityPath)).locked, true);

        answer = send("POST", unlock);
        QCOMPARE(answer.status, 200);
        const T unlocked = decode<T>(answer);
        QCOMPARE(unlocked.locked, false);
        QCOMPARE(unlocked.version, relocked.version + 1);
        QCOMPARE(answer.headers.value("etag"), entityTag(unlocked.version));
        QCOMPARE(decode<T>(get(entityPath)), unlocked);

        answer = send("POST", unlock, {}, {{"If-Match", entityTag(unlocked.version)}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(decode<T>(answer), unlocked); // a no-op: same version
    }

private slots:
    void initTestCase()
    {
        const QString error = m_server.startSignedIn(&m_token);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto affairs = decode<Page<Affair>>(get(u"affairs"_s));
        QVERIFY(!affairs.items.isEmpty());
        m_affair = affairs.items.first();
        const auto products = decode<Page<Product>>(get(affairPath() + u"/products"_s));
        QVERIFY(!products.items.isEmpty());
        m_product = products.items.first();
        QVERIFY(!m_product.qrToken.isEmpty());
    }

    void accountSwitch()
    {
        const auto account = decode<Account>(get(u"account"_s));
        QVERIFY(!account.id.isNull());
        checkSwitch<Account>(u"account/remote-consultation"_s, u"account"_s, account.remoteConsultation);
    }

    void affairSwitch()
    {
        const auto affair = decode<Affair>(get(affairPath()));
        checkSwitch<Affair>(affairPath() + u"/remote-consultation"_s, affairPath(),
                            affair.remoteConsultation);
    }

    void productSwitch()
    {
        const auto product = decode<Product>(get(productPath()));
        checkSwitch<Product>(productPath() + u"/remote-consultation"_s, productPath(),
                             product.remoteConsultation);
    }

    void switchBodies_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");

        const QString routes[] = {u"account/remote-consultation"_s, u"affairs/%1/remote-consultation"_s,
                                  u"products/%1/remote-consultation"_s};
        for (const QString& route : routes) {
            const QByteArray level = route.section(u'/', 0, 0).toLatin1();
            QTest::addRow("%s: enabled a string", level.constData())
                << route << QByteArray("{\"enabled\":\"yes\"}") << QByteArray("application/json") << 400;
            QTest::addRow("%s: enabled a number", level.constData())
                << route << QByteArray("{\"enabled\":1}") << QByteArray("application/json") << 400;
            QTest::addRow("%s: enabled missing", level.constData())
                << route << QByteArray("{\"on\":true}") << QByteArray("application/json") << 400;
            QTest::addRow("%s: not JSON", level.constData())
                << route << QByteArray("enabled=true") << QByteArray("application/json") << 400;
            QTest::addRow("%s: form body", level.constData())
                << route << QByteArray("enabled=true") << QByteArray("application/x-www-form-urlencoded")
                << 415;
        }
    }

    void switchBodies()
    {
        QFETCH(QString, route);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);

        const QString path = route.contains(u"%1"_s)
            ? route.arg(route.startsWith(u"affairs"_s) ? idOf(m_affair.id) : idOf(m_product.id))
            : route;
        const QString entity = path.chopped(QStringLiteral("/remote-consultation").size());
        const QByteArray before = get(entity).body;
        const Answer answer = send("PUT", path, body, {{"Content-Type", contentType}});
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.problemCode(), status == 415 ? u"unsupported_media_type"_s : u"bad_request"_s);
        QCOMPARE(get(entity).body, before); // nothing changed
    }

    void affairLock() { checkLock<Affair>(affairPath()); }

    void productLock() { checkLock<Product>(productPath()); }

    void lockPasswords_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<QJsonValue>("password");
        QTest::addColumn<int>("status");

        for (const QString& level : {u"affairs"_s, u"products"_s}) {
            const QByteArray name = level.toLatin1();
            QTest::addRow("%s: 7 characters", name.constData()) << level << QJsonValue(u"Abc-123"_s) << 422;
            QTest::addRow("%s: empty", name.constData()) << level << QJsonValue(QString()) << 422;
            QTest::addRow("%s: 257 characters", name.constData())
                << level << QJsonValue(QString(257, u'p')) << 422;
            QTest::addRow("%s: a number", name.constData()) << level << QJsonValue(12345678) << 400;
            QTest::addRow("%s: missing", name.constData())
                << level << QJsonValue(QJsonValue::Undefined) << 400;
            QTest::addRow("%s: 8 characters", name.constData()) << level << QJsonValue(u"Abcd-123"_s) << 200;
            QTest::addRow("%s: 256 characters", name.constData())
                << level << QJsonValue(QString(256, u'p')) << 200;
        }
    }

    void lockPasswords()
    {
        QFETCH(QString, level);
        QFETCH(QJsonValue, password);
        QFETCH(int, status);

        const QString entity = level == u"affairs" ? affairPath() : productPath();
        QJsonObject body;
        if (!password.isUndefined())
            body[u"password"_s] = password;
        const QByteArray before = get(entity).body;
        const Answer answer = send("POST", entity + u"/lock"_s, json(body));
        QCOMPARE(answer.status, status);
        if (status == 200) {
            QVERIFY(answer.body.contains("\"locked\":true"));
            QCOMPARE(send("POST", entity + u"/unlock"_s).status, 200);
            return;
        }
        QCOMPARE(answer.problemCode(), status == 422 ? u"validation_failed"_s : u"bad_request"_s);
        if (status == 422)
            QCOMPARE(decode<Problem>(answer).errors.value(0).field, u"password"_s);
        QCOMPARE(get(entity).body, before); // not locked, no new version
    }

    void lockNeedsJson()
    {
        const QByteArray before = get(productPath()).body;
        const Answer answer = send("POST", productPath() + u"/lock"_s, "password=Lilas-TGBT",
                                   {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(answer.status, 415);
        QCOMPARE(answer.problemCode(), u"unsupported_media_type"_s);
        QCOMPARE(get(productPath()).body, before);
    }

    void unknownTargetsAreNotFound()
    {
        const QString unknown = idOf(QUuid::createUuid());
        for (const QString& level : {u"affairs/"_s, u"products/"_s}) {
            QCOMPARE(
                send("PUT", level + unknown + u"/remote-consultation"_s, switchBody(false)).problemCode(),
                u"not_found"_s);
            QCOMPARE(send("POST", level + unknown + u"/lock"_s, lockBody(u"Lilas-TGBT"_s)).problemCode(),
                     u"not_found"_s);
            QCOMPARE(send("POST", level + unknown + u"/unlock"_s).problemCode(), u"not_found"_s);
            QCOMPARE(send("PUT", level + u"not-a-uuid/remote-consultation"_s, switchBody(false)).status, 404);
        }
    }

    void anotherCustomersObjectsAreNotFound()
    {
        const QByteArray other = m_server.login(QString::fromLatin1(ServerProcess::kOtherEmail),
                                                QString::fromLatin1(ServerProcess::kOtherPassword));
        QVERIFY(!other.isEmpty());
        const QByteArray before = get(productPath()).body;
        const QByteArray affairBefore = get(affairPath()).body;
        QCOMPARE(m_server.send("PUT", productPath() + u"/remote-consultation"_s, other, switchBody(false))
                     .problemCode(),
                 u"not_found"_s);
        QCOMPARE(
            m_server.send("POST", affairPath() + u"/lock"_s, other, lockBody(u"Lilas-TGBT"_s)).problemCode(),
            u"not_found"_s);
        QCOMPARE(
            m_server.send("POST", productPath() + u"/lock"_s, other, lockBody(u"Lilas-TGBT"_s)).problemCode(),
            u"not_found"_s);
        QCOMPARE(m_server.send("POST", affairPath() + u"/unlock"_s, other).problemCode(), u"not_found"_s);
        QCOMPARE(get(productPath()).body, before);
        QCOMPARE(get(affairPath()).body, affairBefore);
    }

    void qrTokenResolvesForItsOwner()
    {
        const Answer answer = get(u"qr/"_s + m_product.qrToken);
        QCOMPARE(answer.status, 200);
        const auto root = JsonCodec::parse(answer.body);
        QVERIFY(root);
        const QJsonObject object = root->toObject();
        const auto product = Product::fromJson(object[u"product"_s], u"product"_s);
        const auto affair = Affair::fromJson(object[u"affair"_s], u"affair"_s);
        QVERIFY(product);
        QVERIFY(affair);
        QCOMPARE(product.value(), decode<Product>(get(productPath())));
        QCOMPARE(affair.value(), decode<Affair>(get(affairPath())));
        QCOMPARE(product->affairId, affair->id);
    }

    void unknownQrTokensAreNotFound_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("unknown") << u"AAAAAAAAAAAAAAAAAAAAAA"_s;
        QTest::newRow("a product id") << idOf(m_product.id);
        QTest::newRow("65 characters") << QString(65, u'k');
        QTest::newRow("the token in lower case") << m_product.qrToken.toLower();
    }

    void unknownQrTokensAreNotFound()
    {
        QFETCH(QString, token);
        if (token == m_product.qrToken)
            QSKIP("the demo token has no upper-case letter");
        const Answer answer = get(u"qr/"_s + token);
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.problemCode(), u"not_found"_s);
    }

    void anotherCustomersQrTokenIsNotFound()
    {
        const QByteArray other = m_server.login(QString::fromLatin1(ServerProcess::kOtherEmail),
                                                QString::fromLatin1(ServerProcess::kOtherPassword));
        QVERIFY(!other.isEmpty());
        const auto affairs = decode<Page<Affair>>(m_server.get(u"affairs"_s, other));
        QVERIFY(!affairs.items.isEmpty());
        const auto products = decode<Page<Product>>(
            m_server.get(u"affairs/%1/products"_s.arg(idOf(affairs.items.first().id)), other));
        QVERIFY(!products.items.isEmpty());
        const QString theirToken = products.items.first().qrToken;
        QCOMPARE(m_server.get(u"qr/"_s + theirToken, other).status, 200); // it is a real token
        const Answer answer = get(u"qr/"_s + theirToken);
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.problemCode(), u"not_found"_s);
        // And the other way round.
        QCOMPARE(m_server.get(u"qr/"_s + m_product.qrToken, other).problemCode(), u"not_found"_s);
    }

    void switchesAndLocksNeverHideAnythingFromTheOwner()
    {
        QVERIFY(ownerSeesEverything());
        QCOMPARE(send("PUT", u"account/remote-consultation"_s, switchBody(false)).status, 200);
        QCOMPARE(send("PUT", affairPath() + u"/remote-consultation"_s, switchBody(false)).status, 200);
        QCOMPARE(send("PUT", productPath() + u"/remote-consultation"_s, switchBody(false)).status, 200);
        QCOMPARE(send("POST", affairPath() + u"/lock"_s, lockBody(u"Lilas-TGBT"_s)).status, 200);
        QCOMPARE(send("POST", productPath() + u"/lock"_s, lockBody(u"Armoire-A-01"_s)).status, 200);

        QVERIFY(ownerSeesEverything());
        const auto product = decode<Product>(get(productPath()));
        QCOMPARE(product.remoteConsultation, false);
        QCOMPARE(product.locked, true);
        const auto affair = decode<Affair>(get(affairPath()));
        QCOMPARE(affair.remoteConsultation, false);
        QCOMPARE(affair.locked, true);
        QCOMPARE(decode<Account>(get(u"account"_s)).remoteConsultation, false);

        // The owner still edits: a task on the switched-off, locked product.
        const QJsonObject task{{u"description"_s, u"Toujours modifiable."_s},
                               {u"priority"_s, false},
                               {u"requester"_s,
                                QJsonObject{{u"company"_s, QString()},
                                            {u"lastName"_s, QString()},
                                            {u"firstName"_s, QString()}}}};
        QCOMPARE(send("POST", productPath() + u"/tasks"_s, json(task)).status, 201);

        // Unlocking the product leaves the affair's lock in place.
        QCOMPARE(decode<Product>(send("POST", productPath() + u"/unlock"_s)).locked, false);
        QCOMPARE(decode<Affair>(get(affairPath())).locked, true);
        QCOMPARE(decode<Affair>(send("POST", affairPath() + u"/unlock"_s)).locked, false);
        QVERIFY(ownerSeesEverything());
        for (const QString& route : {u"account"_s, affairPath(), productPath()})
            QCOMPARE(send("PUT", route + u"/remote-consultation"_s, switchBody(true)).status, 200);
    }

    void cleanupTestCase()
    {
        const QString error = m_server.stop();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestConsultationApi)
#include "tst_consultationapi.moc"
