// The public QR pages (/q/{token}) of the real server: what a phone sees after scanning a label,
// under every combination the spec orders (unknown 404, consultation off 403, locked 401, open 200).
#include "ServerProcess.h"
#include "TestValues.h"
#include "domain/Affair.h"
#include "domain/Document.h"
#include "domain/JsonCodec.h"
#include "domain/Page.h"
#include "domain/Product.h"

#include <QCryptographicHash>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestQrPages final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QByteArray m_token;
    Affair m_affair;
    QList<Product> m_products;

    template <class T> T decode(const Answer& answer)
    {
        auto value = JsonCodec::decode<T>(answer.body);
        return value ? value.value() : T{};
    }

    // Qt sends the system's Accept-Language by default: French is asked for explicitly here.
    Answer page(const Product& product, const Headers& headers = {{"Accept-Language", "fr-FR"}})
    {
        return m_server.get(u"/q/"_s + product.qrToken, {}, headers);
    }

    Answer unlock(const Product& product, const QByteArray& password, const Headers& headers = {})
    {
        Headers all{{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept-Language", "fr"}};
        all += headers;
        return m_server.send("POST", u"/q/"_s + product.qrToken + u"/unlock"_s, {},
                             "password=" + QUrl::toPercentEncoding(QString::fromUtf8(password)), all);
    }

    void setSwitch(const QString& path, bool enabled)
    {
        const Answer answer
            = m_server.send("PUT", path, m_token, enabled ? "{\"enabled\":true}" : "{\"enabled\":false}");
        QCOMPARE(answer.status, 200);
    }

    static QByteArray cookieOf(const Answer& answer)
    {
        const QByteArray header = answer.headers.value("set-cookie");
        return header.left(header.indexOf(';'));
    }

private slots:
    void initTestCase()
    {
        const QString error = m_server.startSignedIn(&m_token);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // An affair with at least two products, open to remote consultation and not locked.
        const auto affairs = decode<Page<Affair>>(m_server.get(u"affairs?limit=500"_s, m_token));
        for (const Affair& affair : affairs.items) {
            if (affair.productCount < 2 || !affair.remoteConsultation || affair.locked)
                continue;
            const auto products
                = decode<Page<Product>>(m_server.get(u"affairs/%1/products"_s.arg(idOf(affair.id)), m_token));
            QList<Product> open;
            for (const Product& p : products.items)
                if (p.remoteConsultation && !p.locked)
                    open << p;
            if (open.size() >= 2) {
                m_affair = affair;
                m_products = open;
                break;
            }
        }
        QVERIFY2(m_products.size() >= 2, "the demo data has no open affair with two open products");
    }

    void openProductShowsItsSheetInFrench()
    {
        const Product& product = m_products[0];
        const Answer answer = page(product);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.headers.value("content-type").startsWith("text/html"));
        QCOMPARE(answer.headers.value("cache-control"), "no-store");
        QVERIFY(answer.headers.value("content-security-policy").contains("default-src 'none'"));
        const QString html = QString::fromUtf8(answer.body);
        QVERIFY(html.contains(u"lang=\"fr\""_s));
        QVERIFY(html.contains(product.name.toHtmlEscaped()));
        QVERIFY(html.contains(product.reference.toHtmlEscaped()));
        QVERIFY(html.contains(m_affair.name.toHtmlEscaped()));
        QVERIFY(html.contains(u"Schémas électriques"_s));
        QVERIFY(html.contains(u"Suivi de maintenance"_s));
        QVERIFY(!html.contains(u"<script"_s));
    }

    void acceptLanguageChoosesEnglish()
    {
        const Answer answer = page(m_products[0], {{"Accept-Language", "de-DE, en-GB;q=0.8, fr;q=0.5"}});
        QCOMPARE(answer.status, 200);
        const QString html = QString::fromUtf8(answer.body);
        QVERIFY(html.contains(u"lang=\"en\""_s));
        QVERIFY(html.contains(u"Wiring schematics"_s));
        QVERIFY(html.contains(u"Maintenance log"_s));
    }

    void documentLinksServeTheProductsFiles()
    {
        const Product& product = m_products[0];
        const auto documents
            = decode<Page<Document>>(m_server.get(u"products/%1/documents"_s.arg(idOf(product.id)), m_token));
        QVERIFY(!documents.items.isEmpty());
        const Document& document = documents.items.first();
        const QString path = u"/q/%1/documents/%2"_s.arg(product.qrToken, idOf(document.id));
        QVERIFY(QString::fromUtf8(page(product).body).contains(path));
        const Answer content = m_server.get(path, {});
        QCOMPARE(content.status, 200);
        QCOMPARE(
            QString::fromLatin1(QCryptographicHash::hash(content.body, QCryptographicHash::Sha256).toHex()),
            document.sha256);
        // A document of another product is not reachable through this label.
        const QString foreign = u"/q/%1/documents/%2"_s.arg(m_products[1].qrToken, idOf(document.id));
        QCOMPARE(m_server.get(foreign, {}).status, 404);
        QCOMPARE(m_server.get(u"/q/%1/documents/not-a-uuid"_s.arg(product.qrToken), {}).status, 404);
    }

    void unknownCodesAnswerAPageOrAProblem()
    {
        const Answer html = m_server.get(u"/q/AAAAAAAAAAAAAAAAAAAAAA"_s, {}, {{"Accept-Language", "fr"}});
        QCOMPARE(html.status, 404);
        QVERIFY(html.headers.value("content-type").startsWith("text/html"));
        QVERIFY(QString::fromUtf8(html.body).contains(u"QR code inconnu"_s));
        const Answer problem
            = m_server.get(u"/q/AAAAAAAAAAAAAAAAAAAAAA"_s, {}, {{"Accept", "application/problem+json"}});
        QCOMPARE(problem.status, 404);
        QCOMPARE(problem.problemCode(), u"not_found"_s);
    }

    void everySwitchTurnsThePageOff_data()
    {
        QTest::addColumn<QString>("level");
        QTest::newRow("account") << u"account"_s;
        QTest::newRow("affair") << u"affair"_s;
        QTest::newRow("product") << u"product"_s;
    }

    void everySwitchTurnsThePageOff()
    {
        QFETCH(QString, level);
        const Product& product = m_products[0];
        const QString path = level == u"account" ? u"account/remote-consultation"_s
            : level == u"affair"                 ? u"affairs/%1/remote-consultation"_s.arg(idOf(m_affair.id))
                                                 : u"products/%1/remote-consultation"_s.arg(idOf(product.id));
        setSwitch(path, false);
        const Answer off = page(product, {{"Accept", "application/problem+json"}});
        QCOMPARE(off.status, 403);
        QCOMPARE(off.problemCode(), u"consultation_disabled"_s);
        const Answer offHtml = page(product);
        QCOMPARE(offHtml.status, 403);
        QVERIFY(QString::fromUtf8(offHtml.body).contains(u"Consultation à distance désactivée"_s));
        // The other product of the affair is off too when the switch is above it.
        QCOMPARE(page(m_products[1]).status, level == u"product" ? 200 : 403);
        setSwitch(path, true);
        QCOMPARE(page(product).status, 200);
    }

    void lockedAffairAsksForThePassword()
    {
        const Product& product = m_products[0];
        QCOMPARE(m_server
                     .send("POST", u"affairs/%1/lock"_s.arg(idOf(m_affair.id)), m_token,
                           "{\"password\":\"Armoire-2026\"}")
                     .status,
                 200);
        const Answer locked = page(product);
        QCOMPARE(locked.status, 401);
        const QString form = QString::fromUtf8(locked.body);
        QVERIFY(form.contains(u"action=\"/q/%1/unlock\""_s.arg(product.qrToken)));
        QVERIFY(form.contains(u"type=\"password\""_s));
        // Documents are locked too.
        const auto documents
            = decode<Page<Document>>(m_server.get(u"products/%1/documents"_s.arg(idOf(product.id)), m_token));
        QVERIFY(!documents.items.isEmpty());
        const QString documentPath
            = u"/q/%1/documents/%2"_s.arg(product.qrToken, idOf(documents.items.first().id));
        QCOMPARE(m_server.get(documentPath, {}).status, 401);

        const Answer wrong = unlock(product, "not the password");
        QCOMPARE(wrong.status, 403);
        QVERIFY(wrong.headers.value("set-cookie").isEmpty());
        QVERIFY(QString::fromUtf8(wrong.body).contains(u"Mot de passe incorrect"_s));

        const Answer right = unlock(product, "Armoire-2026");
        QCOMPARE(right.status, 303);
        QCOMPARE(right.headers.value("location"), "/q/" + product.qrToken.toLatin1());
        const QByteArray setCookie = right.headers.value("set-cookie");
        QVERIFY(setCookie.startsWith("qr_unlock="));
        for (const QByteArray& attribute : QByteArrayList{
                 QByteArray(QByteArray("Path=/q/") + product.qrToken.toLatin1()), QByteArray("HttpOnly"),
                 QByteArray("Secure"), QByteArray("SameSite=Strict"), QByteArray("Max-Age=3600")})
            QVERIFY2(setCookie.contains(attribute), attribute.constData());
        const QByteArray cookie = cookieOf(right);
        QCOMPARE(page(product, {{"Cookie", cookie}}).status, 200);
        QCOMPARE(page(product, {{"Cookie", "theme=dark; " + cookie + "; lang=fr"}}).status, 200);
        QCOMPARE(m_server.get(documentPath, {}, {{"Cookie", cookie}}).status, 200);
        // The cookie opens that product only, and a made-up one opens nothing.
        QCOMPARE(page(m_products[1], {{"Cookie", cookie}}).status, 401);
        QCOMPARE(page(product, {{"Cookie", "qr_unlock=forged-value-forged-value"}}).status, 401);

        QCOMPARE(m_server.send("POST", u"affairs/%1/unlock"_s.arg(idOf(m_affair.id)), m_token).status, 200);
        QCOMPARE(page(product).status, 200);
    }

    void productLockOrAffairLockEitherOpens()
    {
        const Product& product = m_products[1];
        QCOMPARE(m_server
                     .send("POST", u"products/%1/lock"_s.arg(idOf(product.id)), m_token,
                           "{\"password\":\"Produit-1234\"}")
                     .status,
                 200);
        QCOMPARE(m_server
                     .send("POST", u"affairs/%1/lock"_s.arg(idOf(m_affair.id)), m_token,
                           "{\"password\":\"Affaire-1234\"}")
                     .status,
                 200);
        QCOMPARE(unlock(product, "Produit-1234").status, 303);
        QCOMPARE(unlock(product, "Affaire-1234").status, 303);
        QCOMPARE(m_server.send("POST", u"affairs/%1/unlock"_s.arg(idOf(m_affair.id)), m_token).status, 200);
        QCOMPARE(page(product).status, 401); // its own lock stays
        QCOMPARE(m_server.send("POST", u"products/%1/unlock"_s.arg(idOf(product.id)), m_token).status, 200);
        // Unlocked: the form answers the redirect without a cookie.
        const Answer open = unlock(product, "anything");
        QCOMPARE(open.status, 303);
        QVERIFY(open.headers.value("set-cookie").isEmpty());
    }

    void textFromTheDatabaseIsEscaped()
    {
        const Product& product = m_products[0];
        const QByteArray task
            = "{\"description\":\"<script>alert('x')</script> & <b>\",\"priority\":true,"
              "\"requester\":{\"company\":\"<i>C</i>\",\"lastName\":\"L\",\"firstName\":\"M\"}}";
        QCOMPARE(m_server.send("POST", u"products/%1/tasks"_s.arg(idOf(product.id)), m_token, task).status,
                 201);
        const QString html = QString::fromUtf8(page(product).body);
        QVERIFY(html.contains(u"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;"_s)
                || html.contains(u"&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;"_s));
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(!html.contains(u"<i>C</i>"_s));
    }

    void passwordGuessingIsRateLimited()
    {
        const Product& product = m_products[0];
        QCOMPARE(m_server
                     .send("POST", u"products/%1/lock"_s.arg(idOf(product.id)), m_token,
                           "{\"password\":\"Limite-2026\"}")
                     .status,
                 200);
        int status = 0;
        for (int attempt = 0; attempt < 30 && status != 429; ++attempt)
            status = unlock(product, "guess-" + QByteArray::number(attempt)).status;
        QCOMPARE(status, 429);
        const Answer limited = unlock(product, "Limite-2026", {{"Accept", "application/problem+json"}});
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.problemCode(), u"rate_limited"_s);
        QVERIFY(limited.headers.value("retry-after").toInt() >= 1);
    }

    void cleanupTestCase()
    {
        const QString error = m_server.stop();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestQrPages)
#include "tst_qrpages.moc"
