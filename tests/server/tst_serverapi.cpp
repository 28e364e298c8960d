// The catalogue reads of the real mycloud-server process over real HTTPS on 127.0.0.1 (see
// ServerProcess), every answer decoded with the shared domain codec.
#include "ServerProcess.h"
#include "domain/Account.h"
#include "domain/Affair.h"
#include "domain/Document.h"
#include "domain/JsonCodec.h"
#include "domain/Page.h"
#include "domain/Problem.h"
#include "domain/Product.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestServerApi final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QByteArray m_token;

    Answer send(const QByteArray& verb, const QString& path, const QByteArray& body = {},
                const Headers& headers = {})
    {
        return m_server.send(verb, path, m_token, body, headers);
    }

    Answer get(const QString& path, const Headers& headers = {}) { return send("GET", path, {}, headers); }

    static QString problemCode(const Answer& answer) { return answer.problemCode(); }

    template <class T> T decode(const Answer& answer)
    {
        auto value = JsonCodec::decode<T>(answer.body);
        if (!value)
            qWarning() << value.error().message();
        return value ? value.value() : T{};
    }

    Document firstSchematic()
    {
        const auto affairs = decode<Page<Affair>>(get(u"affairs?q=AFF-2024-0042"_s));
        const auto products = decode<Page<Product>>(
            get(u"affairs/%1/products"_s.arg(affairs.items.value(0).id.toString(QUuid::WithoutBraces))));
        const auto documents = decode<Page<Document>>(get(u"products/%1/documents?kind=schematic"_s.arg(
            products.items.value(0).id.toString(QUuid::WithoutBraces))));
        return documents.items.value(0);
    }

private slots:
    void initTestCase()
    {
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void untrustedCertificateIsRefused()
    {
        // A manager of its own: a failed handshake must not taint the shared connection cache.
        QNetworkAccessManager untrusted;
        QNetworkRequest request(m_server.apiUrl(u"affairs"_s));
        QNetworkReply* reply = untrusted.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
        delete reply;
    }

    void everyRouteNeedsASession()
    {
        const Answer answer = get(u"affairs"_s);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.headers.value("content-type"), "application/problem+json");
        QCOMPARE(problemCode(answer), u"unauthorized"_s);
        QVERIFY(answer.headers.value("www-authenticate").startsWith("Bearer"));
    }

    void loginRefusesWrongPasswordsAndBadBodies()
    {
        Answer answer
            = send("POST", u"auth/login"_s, "{\"email\":\"demo@mycloud.test\",\"password\":\"wrong\"}");
        QCOMPARE(answer.status, 401);
        QCOMPARE(problemCode(answer), u"invalid_credentials"_s);
        answer
            = send("POST", u"auth/login"_s, "{\"email\":\"nobody@mycloud.test\",\"password\":\"demo1234\"}");
        QCOMPARE(answer.status, 401);
        QCOMPARE(problemCode(answer), u"invalid_credentials"_s);
        answer = send("POST", u"auth/login"_s, "{\"email\": ");
        QCOMPARE(answer.status, 400);
        QCOMPARE(problemCode(answer), u"bad_request"_s);
        answer = send("POST", u"auth/login"_s, QByteArray(2 << 20, 'x'));
        QCOMPARE(answer.status, 413);
    }

    void loginOpensASession()
    {
        const Answer answer
            = send("POST", u"auth/login"_s, "{\"email\":\"Demo@MyCloud.test\",\"password\":\"demo1234\"}");
        QCOMPARE(answer.status, 200);
        auto root = JsonCodec::parse(answer.body);
        QVERIFY(root);
        const QJsonObject object = root->toObject();
        m_token = object[u"token"_s].toString().toLatin1();
        QCOMPARE(m_token.size(), 43);
        auto account = Account::fromJson(object[u"account"_s]);
        QVERIFY(account);
        QCOMPARE(account->email, u"demo@mycloud.test"_s);
    }

    void affairsPageThroughWithoutRepeats()
    {
        const auto all = decode<Page<Affair>>(get(u"affairs?limit=500"_s));
        QVERIFY(all.items.size() >= 3);
        QCOMPARE(all.next, std::nullopt);
        QSet<QUuid> seen;
        QString cursor;
        do {
            const auto page = decode<Page<Affair>>(
                get(u"affairs?limit=1"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor)));
            QCOMPARE(page.items.size(), 1);
            QVERIFY(!seen.contains(page.items.first().id));
            seen.insert(page.items.first().id);
            cursor = page.next.value_or(QString());
        } while (!cursor.isEmpty() && seen.size() <= all.items.size());
        QCOMPARE(seen.size(), all.items.size());

        QCOMPARE(problemCode(get(u"affairs?cursor=not*base64"_s)), u"bad_request"_s);
        QCOMPARE(get(u"affairs?limit=0"_s).status, 400);
        QCOMPARE(get(u"affairs?limit=501"_s).status, 400);
    }

    void cursorsBelongToTheirList()
    {
        const auto first = decode<Page<Affair>>(get(u"affairs?limit=1"_s));
        QVERIFY(first.next);
        const QString cursor = *first.next;
        QCOMPARE(get(u"affairs?limit=1&cursor="_s + cursor).status, 200);
        // The same cursor with another filter, or on another list, is refused instead of half-used.
        QCOMPARE(problemCode(get(u"affairs?limit=1&q=a&cursor="_s + cursor)), u"bad_request"_s);
        const QString products
            = u"affairs/%1/products?cursor="_s.arg(first.items.first().id.toString(QUuid::WithoutBraces))
            + cursor;
        QCOMPARE(problemCode(get(products)), u"bad_request"_s);
        // Well-formed base64 of the right list with keys of the wrong shape.
        const QByteArray forged
            = QByteArray("affairs?q=\x1fnot a time\x1fnot a uuid")
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(problemCode(get(u"affairs?cursor="_s + QString::fromLatin1(forged))), u"bad_request"_s);
    }

    void bodiesMustBeJsonItself()
    {
        const Answer answer = send("POST", u"auth/login"_s, "{\"email\":\"a@b.c\",\"password\":\"x\"}",
                                   {{"Content-Type", "application/json-patch+json"}});
        QCOMPARE(answer.status, 415);
        QCOMPARE(problemCode(answer), u"unsupported_media_type"_s);
        const Answer charset = send("POST", u"auth/login"_s, "{\"email\":\"a@b.c\",\"password\":\"x\"}",
                                    {{"Content-Type", "Application/JSON; charset=utf-8"}});
        QCOMPARE(charset.status, 401); // accepted as JSON: the credentials are what is wrong
    }

    void searchFindsByNameReferenceOrSite()
    {
        QCOMPARE(decode<Page<Affair>>(get(u"affairs?q=pompage"_s)).items.size(), 1);
        QCOMPARE(decode<Page<Affair>>(get(u"affairs?q=AFF-2025-0094"_s)).items.size(), 1);
        // Accents and case do not matter, either way round: the site is "Sélestat".
        const auto selestat = decode<Page<Affair>>(get(u"affairs?q=SELESTAT"_s));
        QCOMPARE(selestat.items.size(), 1);
        QCOMPARE(selestat.items.first().site, u"Sélestat"_s);
        QCOMPARE(decode<Page<Affair>>(get(u"affairs?q=%C3%A9clairage"_s)).items.size(), 1); // "éclairage"
        QCOMPARE(decode<Page<Affair>>(get(u"affairs?q=eclairage%20du%20parking"_s)).items.size(), 1);
        QCOMPARE(decode<Page<Affair>>(get(u"affairs?q=%25"_s)).items.size(), 0); // '%' is literal
        QCOMPARE(decode<Page<Affair>>(get(u"affairs?q=_"_s)).items.size(), 0); // so is '_'
        // Products: by name, reference or serial number.
        const auto affairs = decode<Page<Affair>>(get(u"affairs?q=AFF-2023-0118"_s));
        QCOMPARE(affairs.items.size(), 1);
        const QString products
            = u"affairs/%1/products"_s.arg(affairs.items.first().id.toString(QUuid::WithoutBraces));
        const auto all = decode<Page<Product>>(get(products));
        QVERIFY(all.items.size() >= 2);
        const Product& second = all.items.at(1);
        const auto bySerial = decode<Page<Product>>(get(products + u"?q="_s + second.serialNumber.toLower()));
        QCOMPARE(bySerial.items.size(), 1);
        QCOMPARE(bySerial.items.first().id, second.id);
        QCOMPARE(decode<Page<Product>>(get(products + u"?q=2023-0118-P"_s)).items.size(), all.items.size());
    }

    void entitiesCarryTheirVersionAsETag()
    {
        const auto affairs = decode<Page<Affair>>(get(u"affairs"_s));
        QVERIFY(!affairs.items.isEmpty());
        const Affair affair = affairs.items.first();
        const Answer answer = get(u"affairs/"_s + affair.id.toString(QUuid::WithoutBraces));
        QCOMPARE(answer.status, 200);
        QCOMPARE(decode<Affair>(answer), affair);
        QCOMPARE(answer.headers.value("etag"), "\"" + QByteArray::number(affair.version) + "\"");
    }

    void unknownAndMalformedIdsAreNotFound()
    {
        QCOMPARE(problemCode(get(u"affairs/0f8fad5b-d9cb-469f-a165-70867728950e"_s)), u"not_found"_s);
        QCOMPARE(problemCode(get(u"products/not-a-uuid"_s)), u"not_found"_s);
        QCOMPARE(problemCode(get(u"nowhere"_s)), u"not_found"_s);
        const Answer wrongMethod = send("DELETE", u"affairs"_s);
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.headers.value("allow"), "GET");
    }

    void schematicsListNewestRevisionFirst()
    {
        const auto affairs = decode<Page<Affair>>(get(u"affairs"_s));
        const auto products = decode<Page<Product>>(
            get(u"affairs/%1/products"_s.arg(affairs.items.first().id.toString(QUuid::WithoutBraces))));
        QVERIFY(products.items.size() >= 3);
        int underReview = 0;
        for (const Product& product : products.items) {
            const auto documents = decode<Page<Document>>(get(
                u"products/%1/documents?kind=schematic"_s.arg(product.id.toString(QUuid::WithoutBraces))));
            QVERIFY(documents.items.size() >= 2);
            for (qsizetype i = 0; i < documents.items.size(); ++i) {
                QCOMPARE(documents.items[i].kind, DocumentKind::Schematic);
                QCOMPARE(documents.items[i].revision, documents.items.size() - i); // newest first, no gaps
            }
            // The demo keeps some newest revisions under review: then the latest valid is the next one.
            if (!documents.items[0].valid) {
                ++underReview;
                QVERIFY(documents.items[1].valid);
            }
        }
        QVERIFY(underReview > 0);
        QCOMPARE(get(u"products/%1/documents?kind=drawing"_s.arg(
                         products.items.first().id.toString(QUuid::WithoutBraces)))
                     .status,
                 400);
    }

    void documentContentMatchesItsChecksum()
    {
        const Document schematic = firstSchematic();
        const Answer answer = get(u"documents/%1/content"_s.arg(schematic.id.toString(QUuid::WithoutBraces)));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body.size(), schematic.size);
        QCOMPARE(
            QString::fromLatin1(QCryptographicHash::hash(answer.body, QCryptographicHash::Sha256).toHex()),
            schematic.sha256);
        QVERIFY(answer.body.startsWith("%PDF-"));
        QCOMPARE(answer.headers.value("etag"), "\"" + schematic.sha256.toLatin1() + "\"");
        QCOMPARE(answer.headers.value("content-type"), "application/pdf");
        QVERIFY(answer.headers.value("content-disposition").contains("filename*=UTF-8''"));
    }

    void rangesResumeDownloads()
    {
        const Document schematic = firstSchematic();
        const QString path = u"documents/%1/content"_s.arg(schematic.id.toString(QUuid::WithoutBraces));
        const QByteArray whole = get(path).body;

        Answer part = get(path, {{"Range", "bytes=100-"}});
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, whole.mid(100));
        QCOMPARE(part.headers.value("content-range"),
                 "bytes 100-" + QByteArray::number(whole.size() - 1) + "/"
                     + QByteArray::number(whole.size()));

        part = get(path, {{"Range", "bytes=-10"}});
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, whole.right(10));

        const Answer outside = get(path, {{"Range", "bytes=999999-"}});
        QCOMPARE(outside.status, 416);
        QCOMPARE(outside.headers.value("content-range"), "bytes */" + QByteArray::number(whole.size()));

        const QByteArray etag = "\"" + schematic.sha256.toLatin1() + "\"";
        QCOMPARE(get(path, {{"If-None-Match", etag}}).status, 304);
        // If-Range with another ETag: the file changed, so the whole new file comes back.
        const Answer changed = get(path, {{"Range", "bytes=100-"}, {"If-Range", "\"0000\""}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.body, whole);
    }

    void missingFileIsUnavailableNotCorrupt()
    {
        // A photo (its bytes are its product's own): its file removed behind the server's back.
        const auto affairs = decode<Page<Affair>>(get(u"affairs?q=AFF-2025-0094"_s));
        QCOMPARE(affairs.items.size(), 1);
        const auto products = decode<Page<Product>>(
            get(u"affairs/%1/products"_s.arg(affairs.items.first().id.toString(QUuid::WithoutBraces))));
        QVERIFY(!products.items.isEmpty());
        const auto photos = decode<Page<Document>>(get(u"products/%1/documents?kind=photo"_s.arg(
            products.items.last().id.toString(QUuid::WithoutBraces))));
        QVERIFY(!photos.items.isEmpty());
        const Document photo = photos.items.first();
        const QString file = m_server.dataPath(
            u"files/%1/%2/%3"_s.arg(photo.sha256.left(2), photo.sha256.mid(2, 2), photo.sha256));
        QVERIFY2(QFile::remove(file), qPrintable(file));
        const Answer answer = get(u"documents/%1/content"_s.arg(photo.id.toString(QUuid::WithoutBraces)));
        QCOMPARE(answer.status, 503);
        QCOMPARE(problemCode(answer), u"unavailable"_s);
    }

    void logoutEndsTheSession()
    {
        QCOMPARE(send("POST", u"auth/logout"_s).status, 204);
        QCOMPARE(get(u"account"_s).status, 401);
        m_token.clear();
    }

    void cleanupTestCase()
    {
        const QString error = m_server.stop();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"
