// The real mycloud-server process over real HTTPS on 127.0.0.1, with its demo data in a real
// SQLite database, spoken to by QNetworkAccessManager with the server's certificate as the only
// trusted anchor. Every answer is decoded with the shared domain codec.
#include "domain/Account.h"
#include "domain/Affair.h"
#include "domain/Document.h"
#include "domain/JsonCodec.h"
#include "domain/Page.h"
#include "domain/Problem.h"
#include "domain/Product.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers;
};

} // namespace

class TestServerApi final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_server;
    QNetworkAccessManager m_network;
    QUrl m_base;
    QSslConfiguration m_tls;
    QByteArray m_token;

    Answer send(const QByteArray& verb, const QString& path, const QByteArray& body = {},
                const QList<QPair<QByteArray, QByteArray>>& headers = {}, bool trustServer = true)
    {
        // A manager of its own for the untrusted case: a failed handshake must not taint the cache.
        QNetworkAccessManager untrusted;
        QNetworkAccessManager& network = trustServer ? m_network : untrusted;
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setSslConfiguration(trustServer ? m_tls : QSslConfiguration::defaultConfiguration());
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token);
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/json");
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply* reply = network.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.error = reply->error();
        for (const auto& pair : reply->rawHeaderPairs())
            answer.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return answer;
    }

    Answer get(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        return send("GET", path, {}, headers);
    }

    static QString problemCode(const Answer& answer)
    {
        auto problem = JsonCodec::decode<Problem>(answer.body);
        return problem ? problem->code
                       : u"<not a problem: %1>"_s.arg(QString::fromUtf8(answer.body.left(200)));
    }

    template <class T> T decode(const Answer& answer)
    {
        auto value = JsonCodec::decode<T>(answer.body);
        if (!value)
            qWarning() << value.error().message();
        return value ? value.value() : T{};
    }

    Document firstSchematic()
    {
        const auto affairs = decode<Page<Affair>>(get(u"affairs"_s));
        const auto products = decode<Page<Product>>(
            get(u"affairs/%1/products"_s.arg(affairs.items.value(0).id.toString(QUuid::WithoutBraces))));
        const auto documents = decode<Page<Document>>(get(u"products/%1/documents?kind=schematic"_s.arg(
            products.items.value(0).id.toString(QUuid::WithoutBraces))));
        return documents.items.value(0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString data = m_dir.filePath(u"data"_s);
        QProcess demo;
        demo.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        demo.start(QStringLiteral(MYCLOUD_SERVER_EXE), {u"demo"_s, u"--data"_s, data});
        QVERIFY(demo.waitForFinished(60000));
        QCOMPARE(demo.exitCode(), 0);

        m_server.setProgram(QStringLiteral(MYCLOUD_SERVER_EXE));
        m_server.setArguments({u"serve"_s, u"--data"_s, data, u"--listen"_s, u"127.0.0.1:0"_s});
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // If this test dies, the server must not outlive it (and hold CTest's output pipe open).
        m_server.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_server.start();
        QVERIFY(m_server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 30000);
        const QByteArray line = m_server.readLine().trimmed();
        QVERIFY2(line.startsWith("listening on https://127.0.0.1:"), line.constData());
        m_base = QUrl(QString::fromLatin1(line.mid(13)) + u"/api/v1/"_s);

        const auto certificates = QSslCertificate::fromPath(m_dir.filePath(u"data/tls/ca.pem"_s));
        QCOMPARE(certificates.size(), 1);
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates(certificates); // only the demo CA is trusted
    }

    void untrustedCertificateIsRefused()
    {
        const Answer answer = send("GET", u"affairs"_s, {}, {}, false);
        QCOMPARE(answer.status, 0);
        QCOMPARE(answer.error, QNetworkReply::SslHandshakeFailedError);
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
        const auto all = decode<Page<Affair>>(get(u"affairs"_s));
        QCOMPARE(all.items.size(), 3);
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
        } while (!cursor.isEmpty() && seen.size() < 10);
        QCOMPARE(seen.size(), 3);

        QCOMPARE(problemCode(get(u"affairs?cursor=not*base64"_s)), u"bad_request"_s);
        QCOMPARE(get(u"affairs?limit=0"_s).status, 400);
        QCOMPARE(get(u"affairs?limit=501"_s).status, 400);
    }

    void searchFindsByNameReferenceOrSite()
    {
        QCOMPARE(decode<Page<Affair>>(get(u"affairs?q=pompage"_s)).items.size(), 1);
        QCOMPARE(decode<Page<Affair>>(get(u"affairs?q=AFF-2025"_s)).items.size(), 1);
        QCOMPARE(decode<Page<Affair>>(get(u"affairs?q=mulhouse"_s)).items.size(), 1);
        QCOMPARE(decode<Page<Affair>>(get(u"affairs?q=%25"_s)).items.size(), 0); // '%' is literal
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
        QVERIFY(!products.items.isEmpty());
        const auto documents = decode<Page<Document>>(get(u"products/%1/documents?kind=schematic"_s.arg(
            products.items.first().id.toString(QUuid::WithoutBraces))));
        QCOMPARE(documents.items.size(), 3);
        QCOMPARE(documents.items[0].revision, 3);
        QCOMPARE(documents.items[2].revision, 1);
        QVERIFY(!documents.items[0].valid); // the demo's revision 3 is not validated yet
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

    void logoutEndsTheSession()
    {
        QCOMPARE(send("POST", u"auth/logout"_s).status, 204);
        QCOMPARE(get(u"account"_s).status, 401);
        m_token.clear();
    }

    void cleanupTestCase()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        ::kill(static_cast<pid_t>(m_server.processId()), SIGTERM); // graceful stop
        QVERIFY(m_server.waitForFinished(10000));
        QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_server.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"
