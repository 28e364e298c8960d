// HttpStream, always on a thread of its own as a download runs it. Against the real mycloud-server
// over real HTTPS (demo CA): a whole document and a range, byte for byte; a 404's problem body; an
// untrusted certificate; nothing listening. Against small fake HTTPS servers in the test's event
// loop (the server's own certificate), for answers the real server never sends: a chunked body cut
// at awkward places, a body ended by the connection's close, a connection that closes early,
// redirects (Authorization only to the same origin, never to http, at most maxRedirects),
// malformed heads, silence (Timeout) and interrupt() from another thread (Cancelled).
#include "ServerProcess.h"
#include "TestValues.h"
#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "api/HttpStream.h"
#include "domain/Affair.h"
#include "domain/Document.h"
#include "domain/JsonCodec.h"
#include "domain/Page.h"
#include "domain/Product.h"
#include "files/PartFile.h"
#include "files/ResumableTransfer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

// Generous: the machine may be loaded; no assertion is about speed.
constexpr int kWaitMs = 60000;
// Bigger than Qt's 1 MiB read buffer in HttpStream, so that blocking reads must drain it repeatedly.
constexpr qint64 kBigSize = 3 << 20;
// read() is called with these sizes in turn: single bytes, odd sizes and more than a chunk.
constexpr std::array<qint64, 5> kReadSizes{65536, 1, 7, 4096, 1 << 20};
constexpr const char* kToken = "fake-session";

QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char& byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

// For failure messages: what an error is, or that there was none.
QByteArray describe(const std::optional<ApiError>& error)
{
    if (!error)
        return "no error";
    return "kind " + QByteArray::number(int(error->kind())) + ": " + error->detail().toUtf8();
}

// Runs `work` with an HttpStream made, used and destroyed on a thread of its own, as a download's
// network thread does, while the test's thread runs its event loop (where the fake servers live).
class StreamThread final
{
public:
    explicit StreamThread(std::function<void(HttpStream&)> work)
    {
        m_thread = std::thread([this, work = std::move(work)] {
            {
                HttpStream stream;
                publish(&stream);
                work(stream);
                publish(nullptr); // before the stream goes, so that interrupt() never reaches it after
            }
            m_done = true;
        });
    }

    // A stream still running is interrupted, so that nothing outlives the test function.
    ~StreamThread()
    {
        if (!m_done)
            interrupt();
        m_thread.join();
    }

    StreamThread(const StreamThread&) = delete;
    StreamThread& operator=(const StreamThread&) = delete;

    // True when the work ended within `ms`; the event loop runs meanwhile.
    bool wait(int ms = kWaitMs)
    {
        return QTest::qWaitFor([this] { return m_done.load(); }, ms);
    }

    // From the test's thread, as TransferAttempt::cancel() does.
    void interrupt()
    {
        const std::lock_guard lock(m_mutex);
        if (m_stream)
            m_stream->interrupt();
    }

private:
    void publish(HttpStream* stream)
    {
        const std::lock_guard lock(m_mutex);
        m_stream = stream;
    }

    std::mutex m_mutex;
    HttpStream* m_stream = nullptr;
    std::atomic_bool m_done = false;
    std::thread m_thread;
};

// What one stream gave: open()'s outcome, then the body read to its end or to an error.
struct Fetched
{
    bool finished = false; // within kWaitMs
    std::optional<ApiError> openError;
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // those of kRecordedHeaders the answer had
    QByteArray body;
    qint64 lastRead = 0; // 0: the end of the body, -1: an error
    std::optional<ApiError> error; // error() after the last read
    qint64 readAgain = 0; // one more read() after the last
};

// Spelled in another case than the servers do: header() must not care.
const QList<QByteArray> kRecordedHeaders{"content-range", "CONTENT-TYPE", "Content-Length", "location"};

// On the stream's thread: open, then read with every size of kReadSizes in turn.
void readAll(HttpStream& stream, HttpStream::Request request, Fetched* fetched)
{
    fetched->openError = stream.open(std::move(request));
    fetched->status = stream.status();
    for (const QByteArray& name : kRecordedHeaders)
        if (const QByteArray value = stream.header(name); !value.isEmpty())
            fetched->headers.insert(name.toLower(), value);
    if (fetched->openError)
        return;
    std::vector<char> buffer(size_t(*std::max_element(kReadSizes.begin(), kReadSizes.end())));
    for (size_t i = 0;; ++i) {
        const qint64 got = stream.read(buffer.data(), kReadSizes[i % kReadSizes.size()]);
        if (got <= 0) {
            fetched->lastRead = got;
            break;
        }
        fetched->body.append(buffer.data(), got);
    }
    fetched->error = stream.error();
    fetched->readAgain = stream.read(buffer.data(), 1);
}

Fetched fetch(HttpStream::Request request)
{
    Fetched fetched;
    StreamThread thread([&](HttpStream& stream) { readAll(stream, std::move(request), &fetched); });
    fetched.finished = thread.wait();
    return fetched;
}

// What a fake server does for one target: writes the pieces `gapMs` apart (each its own TLS
// record, so that the client's reads see the answer cut there), then closes or stays silent.
struct Script
{
    QList<QByteArray> pieces;
    bool close = true;
    int gapMs = 30;
};

// A request as a fake server received it; header names in lower case.
struct Received
{
    QByteArray target;
    QHash<QByteArray, QByteArray> headers;
};

// A tiny HTTPS server in the test's thread: answers each target with its script (404 for the rest)
// and keeps what it received.
class FakeServer final
{
public:
    explicit FakeServer(const QSslConfiguration& tls)
    {
        m_server.setSslConfiguration(tls);
        QObject::connect(&m_server, &QSslServer::pendingConnectionAvailable, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                serve(qobject_cast<QSslSocket*>(socket));
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString& target) const
    {
        return QUrl(u"https://127.0.0.1:%1%2"_s.arg(port()).arg(target));
    }
    void answer(const QByteArray& target, Script script) { m_scripts.insert(target, std::move(script)); }
    const QList<Received>& received() const { return m_received; }
    QByteArrayList targets() const
    {
        QByteArrayList targets;
        for (const Received& request : m_received)
            targets.append(request.target);
        return targets;
    }

private:
    void serve(QSslSocket* socket)
    {
        auto head = std::make_shared<QByteArray>();
        const auto take = [this, socket, head] {
            if (head->endsWith("\r\n\r\n"))
                return; // answered already; the client sends nothing more
            head->append(socket->readAll());
            if (const qsizetype end = head->indexOf("\r\n\r\n"); end >= 0) {
                head->truncate(end + 4);
                respond(socket, parse(*head));
            }
        };
        QObject::connect(socket, &QSslSocket::readyRead, socket, take);
        take(); // the request may have come with the handshake
    }

    static Received parse(const QByteArray& head)
    {
        const QList<QByteArray> lines = head.trimmed().split('\n');
        Received request{.target = lines.value(0).split(' ').value(1), .headers = {}};
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
        }
        return request;
    }

    void respond(QSslSocket* socket, const Received& request)
    {
        m_received.append(request);
        const Script script = m_scripts.value(
            request.target, Script{.pieces = {"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"}});
        play(socket, script, 0);
    }

    // Piece by piece through the event loop; nothing after the socket is gone.
    static void play(QPointer<QSslSocket> socket, const Script& script, qsizetype next)
    {
        if (!socket)
            return;
        if (next == script.pieces.size()) {
            if (script.close)
                socket->disconnectFromHost(); // after what is written: a clean TLS close
            return;
        }
        socket->write(script.pieces[next]);
        socket->flush();
        QTimer::singleShot(script.gapMs, socket, [socket, script, next] { play(socket, script, next + 1); });
    }

    QSslServer m_server;
    QHash<QByteArray, Script> m_scripts;
    QList<Received> m_received;
};

QByteArray redirectTo(const QByteArray& location, int status = 302)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Redirect\r\nLocation: " + location
        + "\r\nContent-Length: 0\r\n\r\n";
}

QByteArray okWith(const QByteArray& body)
{
    return "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestHttpStream final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QByteArray m_token;
    QTemporaryDir m_temp;
    Document m_demo; // the largest demo document
    Document m_big; // kBigSize random bytes, added for this test
    QByteArray m_bigContent;
    QSslConfiguration m_fakeTls; // the real server's certificate and key, for the fake servers

    // As the app makes them: the client's TLS (the demo CA trusted, or not) and its token.
    std::unique_ptr<ApiClient> client(const QUrl& server, const QByteArray& token, bool trustDemoCa = true)
    {
        auto api = std::make_unique<ApiClient>();
        api->setServer(server);
        if (trustDemoCa)
            api->setTrustedCertificates(QSslCertificate::fromPath(m_server.dataPath(u"tls/ca.pem"_s)));
        api->setToken(token);
        return api;
    }

    HttpStream::Request contentRequest(const QUuid& documentId, bool trustDemoCa = true)
    {
        const auto api = client(m_server.rootUrl(QString()), m_token, trustDemoCa);
        return api->streamRequest(api->urlFor(ApiRequest::get(Endpoints::documentContentPath(documentId))));
    }

    // For a fake server: the same TLS verification, a token it can look for.
    HttpStream::Request fakeRequest(const QUrl& url)
    {
        return client(m_server.rootUrl(QString()), kToken)->streamRequest(url);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        const QString error = m_server.startSignedIn(&m_token);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const auto affairs = m_server.getDecoded<Page<Affair>>(u"affairs?limit=1"_s, m_token).items;
        QVERIFY(!affairs.isEmpty());
        const auto products = m_server
                                  .getDecoded<Page<Product>>(
                                      u"affairs/%1/products?limit=1"_s.arg(idOf(affairs[0].id)), m_token)
                                  .items;
        QVERIFY(!products.isEmpty());
        for (const Document& d :
             m_server
                 .getDecoded<Page<Document>>(u"products/%1/documents?limit=500"_s.arg(idOf(products[0].id)),
                                             m_token)
                 .items)
            if (d.size > m_demo.size)
                m_demo = d;
        QVERIFY2(m_demo.size > 100, "the demo product has no document to read");

        // Added as an operator would, while the server runs.
        m_bigContent = randomBytes(kBigSize, 7);
        m_big = m_server.addDocument(products[0].id, m_bigContent, m_token);
        QVERIFY2(!m_big.id.isNull(), "document-add failed: see the warning above");
        QCOMPARE(m_big.size, kBigSize);

        m_fakeTls = QSslConfiguration::defaultConfiguration();
        m_fakeTls.setLocalCertificateChain(QSslCertificate::fromPath(m_server.dataPath(u"tls/server.pem"_s)));
        QFile key(m_server.dataPath(u"tls/server.key"_s));
        QVERIFY(key.open(QIODevice::ReadOnly));
        m_fakeTls.setPrivateKey(QSslKey(&key, QSsl::Ec));
        QVERIFY(!m_fakeTls.privateKey().isNull());
        m_fakeTls.setPeerVerifyMode(QSslSocket::VerifyNone);
    }

    // --- The real server ---

    void wholeDocument_data()
    {
        QTest::addColumn<bool>("big");
        QTest::newRow("demo document") << false;
        QTest::newRow("3 MiB, more than the socket's buffer") << true;
    }

    void wholeDocument()
    {
        QFETCH(bool, big);
        const Document& d = big ? m_big : m_demo;
        const Fetched got = fetch(contentRequest(d.id));
        QVERIFY(got.finished);
        QVERIFY2(!got.openError, describe(got.openError).constData());
        QCOMPARE(got.status, 200);
        QCOMPARE(got.headers.value("content-length"), QByteArray::number(d.size));
        QVERIFY2(!got.error, describe(got.error).constData());
        QCOMPARE(got.lastRead, 0);
        QCOMPARE(got.body.size(), d.size);
        QCOMPARE(sha256(got.body), d.sha256.toLatin1());
        QCOMPARE(got.readAgain, 0); // the end stays the end
    }

    void range()
    {
        HttpStream::Request request = contentRequest(m_big.id);
        request.addHeader("Range", "bytes=100-");
        const Fetched got = fetch(std::move(request));
        QVERIFY(got.finished);
        QVERIFY2(!got.openError, describe(got.openError).constData());
        QCOMPARE(got.status, 206);
        QCOMPARE(got.headers.value("content-range"),
                 "bytes 100-" + QByteArray::number(kBigSize - 1) + '/' + QByteArray::number(kBigSize));
        QVERIFY2(!got.error, describe(got.error).constData());
        QCOMPARE(got.lastRead, 0);
        QVERIFY(got.body == m_bigContent.mid(100)); // not QCOMPARE: 3 MiB in a failure message
    }

    void unknownDocumentIsA404WithItsProblem()
    {
        const Fetched got = fetch(contentRequest(QUuid::createUuid()));
        QVERIFY(got.finished);
        QVERIFY2(!got.openError,
                 describe(got.openError).constData()); // an HTTP error is the caller's to read
        QCOMPARE(got.status, 404);
        QVERIFY(got.headers.value("content-type").startsWith("application/problem+json"));
        QCOMPARE(got.lastRead, 0);
        const QJsonObject problem = QJsonDocument::fromJson(got.body).object();
        QCOMPARE(problem.value("status"_L1).toInt(), 404);
        QCOMPARE(problem.value("code"_L1).toString(), u"not_found"_s);
    }

    void untrustedCertificateIsRefused()
    {
        const Fetched got = fetch(contentRequest(m_demo.id, false));
        QVERIFY(got.finished);
        QVERIFY(got.openError);
        QCOMPARE(got.openError->kind(), ApiError::Kind::Tls);
        QCOMPARE(got.status, 0);
        const auto& certificate = got.openError->certificate();
        QVERIFY(certificate);
        QVERIFY(!certificate->subject.isEmpty());
        QVERIFY(!certificate->issuer.isEmpty());
        QCOMPARE(certificate->sha256Fingerprint.size(), 32 * 3 - 1);
        QVERIFY(!certificate->errors.isEmpty());
    }

    void nothingListeningIsOffline()
    {
        QTcpServer closed; // a port just free, on which nothing listens any more
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const Fetched got = fetch(fakeRequest(QUrl(u"https://127.0.0.1:%1/"_s.arg(port))));
        QVERIFY(got.finished);
        QVERIFY(got.openError);
        QCOMPARE(got.openError->kind(), ApiError::Kind::Offline);
    }

    // --- Fake servers: framing ---

    void chunkedBodyIsDecoded()
    {
        // A chunk that contains what its framing looks like, and an upper-case hexadecimal size.
        const QByteArray lookalike = "\r\n0\r\n\r\n5\r\nxx";
        const QByteArray big = randomBytes(0x1117F - lookalike.size(), 3) + lookalike;
        FakeServer server(m_fakeTls);
        QVERIFY(server.listen());
        // Cut inside the size lines, between CR and LF, inside the data and inside the trailers; the
        // connection stays open: the last chunk alone ends the body.
        server.answer(
            "/chunked",
            Script{.pieces = {"HTTP/1.1 200 OK\r\nTRANSFER-ENCODING: Chunked\r\n\r\n5;x", "=y\r\nhel", "lo\r",
                              "\n1", "117F\r\n" + big.left(40000), big.mid(40000) + "\r\n5\r\nworld\r\n0\r",
                              "\nX-Checksum: abc\r\nX-Other: 1\r\n", "\r\n"},
                   .close = false});
        const Fetched got = fetch(fakeRequest(server.url(u"/chunked"_s)));
        QVERIFY(got.finished);
        QVERIFY2(!got.openError, describe(got.openError).constData());
        QCOMPARE(got.status, 200);
        QVERIFY2(!got.error, describe(got.error).constData());
        QCOMPARE(got.lastRead, 0);
        QCOMPARE(got.body.size(), 5 + big.size() + 5);
        QVERIFY(got.body == "hello" + big + "world");
        QCOMPARE(got.readAgain, 0);
    }

    void bodyEndedByTheConnectionsClose()
    {
        const QByteArray body = randomBytes(200000, 5);
        FakeServer server(m_fakeTls);
        QVERIFY(server.listen());
        server.answer("/untilclose",
                      Script{.pieces = {"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n\r\n",
                                        body.left(70000), body.mid(70000)}});
        const Fetched got = fetch(fakeRequest(server.url(u"/untilclose"_s)));
        QVERIFY(got.finished);
        QVERIFY2(!got.openError, describe(got.openError).constData());
        QCOMPARE(got.status, 200);
        QVERIFY(!got.headers.contains("content-length"));
        QVERIFY2(!got.error, describe(got.error).constData());
        QCOMPARE(got.lastRead, 0);
        QCOMPARE(got.body.size(), body.size());
        QVERIFY(got.body == body);
    }

    // A reader slower than the network (a busy disk): Qt's 1 MiB buffer fills, and Qt queues the
    // decryption of the rest for an event loop, which the stream's thread has not. The server keeps
    // the connection open after the body, so no new bytes wake a wait: the body must still be read
    // whole, well before the timeout.
    void bodyLeftEncryptedByAFullBufferIsRead()
    {
        const QByteArray body = randomBytes(kBigSize, 13);
        FakeServer server(m_fakeTls);
        QVERIFY(server.listen());
        server.answer("/slow-reader",
                      Script{.pieces = {"HTTP/1.1 200 OK\r\nContent-Length: "
                                            + QByteArray::number(body.size()) + "\r\n\r\n",
                                        body},
                             .close = false});
        HttpStream::Request request = fakeRequest(server.url(u"/slow-reader"_s));
        request.timeoutMs = 20000;
        QByteArray received;
        std::optional<ApiError> error;
        StreamThread thread([&](HttpStream& stream) {
            if ((error = stream.open(request)))
                return;
            std::vector<char> buffer(64 << 10);
            for (qint64 got = 0; (got = stream.read(buffer.data(), qint64(buffer.size()))) > 0;) {
                received.append(buffer.data(), got);
                std::this_thread::sleep_for(std::chrono::milliseconds(2)); // the disk
            }
            error = stream.error();
        });
        QVERIFY(thread.wait(15000)); // before the timeout: nothing waited for bytes that had come
        QVERIFY2(!error, describe(error).constData());
        QCOMPARE(received.size(), body.size());
        QVERIFY(received == body);
    }

    void connectionClosedBeforeContentLength()
    {
        FakeServer server(m_fakeTls);
        QVERIFY(server.listen());
        const QByteArray sent = randomBytes(600, 9);
        server.answer("/short", Script{.pieces = {"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n", sent}});
        const Fetched got = fetch(fakeRequest(server.url(u"/short"_s)));
        QVERIFY(got.finished);
        QVERIFY2(!got.openError, describe(got.openError).constData());
        QCOMPARE(got.body, sent); // what came is handed out, then the failure
        QCOMPARE(got.lastRead, -1);
        QVERIFY(got.error);
        QCOMPARE(got.error->kind(), ApiError::Kind::Offline);
        QCOMPARE(got.readAgain, -1);
    }

    // --- Fake servers: redirects ---

    void redirectOnTheSameOriginKeepsAuthorization_data()
    {
        QTest::addColumn<int>("status");
        for (const int status : {301, 302, 303, 307, 308})
            QTest::newRow(QByteArray::number(status).constData()) << status;
    }

    void redirectOnTheSameOriginKeepsAuthorization()
    {
        QFETCH(int, status);
        FakeServer server(m_fakeTls);
        QVERIFY(server.listen());
        server.answer("/first", Script{.pieces = {redirectTo("/second?x=1", status)}});
        server.answer("/second?x=1", Script{.pieces = {okWith("second")}});
        const Fetched got = fetch(fakeRequest(server.url(u"/first"_s)));
        QVERIFY(got.finished);
        QVERIFY2(!got.openError, describe(got.openError).constData());
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body, "second");
        QCOMPARE(server.targets(), (QByteArrayList{"/first", "/second?x=1"}));
        for (const Received& request : server.received())
            QCOMPARE(request.headers.value("authorization"), "Bearer "_ba + kToken);
    }

    void redirectToAnotherOriginDropsAuthorization()
    {
        FakeServer server(m_fakeTls);
        FakeServer other(m_fakeTls); // another port: another origin
        QVERIFY(server.listen());
        QVERIFY(other.listen());
        server.answer("/away", Script{.pieces = {redirectTo(other.url(u"/there"_s).toEncoded())}});
        other.answer("/there", Script{.pieces = {okWith("there")}});
        const Fetched got = fetch(fakeRequest(server.url(u"/away"_s)));
        QVERIFY(got.finished);
        QVERIFY2(!got.openError, describe(got.openError).constData());
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body, "there");
        QCOMPARE(server.targets(), QByteArrayList{"/away"});
        QCOMPARE(server.received()[0].headers.value("authorization"), "Bearer "_ba + kToken);
        QCOMPARE(other.targets(), QByteArrayList{"/there"});
        const Received& there = other.received()[0];
        QVERIFY(!there.headers.contains("authorization"));
        QCOMPARE(there.headers.value("host"), "127.0.0.1:" + QByteArray::number(other.port()));
        QVERIFY(there.headers.value("user-agent").startsWith("MyCloud/")); // the other headers still go
    }

    // Small files go through QNetworkAccessManager (ReplyAttempt), which would follow a redirect with
    // every header: the token must not leave for another origin that way either.
    void smallDownloadsDropAuthorizationAcrossOriginsToo()
    {
        FakeServer server(m_fakeTls);
        FakeServer other(m_fakeTls);
        QVERIFY(server.listen());
        QVERIFY(other.listen());
        server.answer("/api/v1/files/small",
                      Script{.pieces = {redirectTo(other.url(u"/there"_s).toEncoded())}});
        other.answer("/there", Script{.pieces = {okWith("there")}});
        const auto api = client(server.url(QString()), kToken);
        PartFile part(m_temp.filePath(u"small/file.part"_s));
        ResumableTransfer transfer(*api, part,
                                   {.path = u"files/small"_s,
                                    .log = lcApi,
                                    .label = u"small file"_s,
                                    .fileName = u"small.bin"_s,
                                    .total = 5,
                                    .maxAttempts = 1});
        QSignalSpy completed(&transfer, &ResumableTransfer::completed);
        QSignalSpy failed(&transfer, &ResumableTransfer::failed);
        transfer.start();
        QVERIFY(QTest::qWaitFor([&] { return completed.count() + failed.count() > 0; }, kWaitMs));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(completed.count(), 1);
        QCOMPARE(server.received().value(0).headers.value("authorization"), "Bearer "_ba + kToken);
        QCOMPARE(other.targets(), QByteArrayList{"/there"});
        QVERIFY(!other.received()[0].headers.contains("authorization"));
        transfer.stop();
        QFile file(part.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), "there");
    }

    void redirectToHttpIsRefused()
    {
        FakeServer server(m_fakeTls);
        QVERIFY(server.listen());
        server.answer("/plain",
                      Script{.pieces = {redirectTo("http://127.0.0.1:" + QByteArray::number(server.port())
                                                   + "/second")}});
        server.answer("/second", Script{.pieces = {okWith("second")}});
        const Fetched got = fetch(fakeRequest(server.url(u"/plain"_s)));
        QVERIFY(got.finished);
        QVERIFY(got.openError);
        QCOMPARE(got.openError->kind(), ApiError::Kind::BadAnswer);
        QCOMPARE(server.targets(), QByteArrayList{"/plain"}); // not even tried
    }

    void tooManyRedirects()
    {
        FakeServer server(m_fakeTls);
        QVERIFY(server.listen());
        server.answer("/loop", Script{.pieces = {redirectTo("/loop")}});
        HttpStream::Request request = fakeRequest(server.url(u"/loop"_s));
        request.maxRedirects = 2;
        const Fetched got = fetch(std::move(request));
        QVERIFY(got.finished);
        QVERIFY(got.openError);
        QCOMPARE(got.openError->kind(), ApiError::Kind::BadAnswer);
        QCOMPARE(server.targets(), (QByteArrayList{"/loop", "/loop", "/loop"})); // the first and 2 more
    }

    // --- Fake servers: malformed answers, silence, interrupt() ---

    void malformedHeadIsABadAnswer_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("status not a number") << "HTTP/1.1 abc OK\r\nContent-Length: 0\r\n\r\n"_ba;
        QTest::newRow("not HTTP") << "ICY 200 OK\r\nContent-Length: 0\r\n\r\n"_ba;
        QTest::newRow("status out of range") << "HTTP/1.1 999 Odd\r\nContent-Length: 0\r\n\r\n"_ba;
        QTest::newRow("no status line") << "hello\r\n\r\n"_ba;
        QTest::newRow("invalid Content-Length") << "HTTP/1.1 200 OK\r\nContent-Length: 12x\r\n\r\n"_ba;
    }

    void malformedHeadIsABadAnswer()
    {
        QFETCH(QByteArray, head);
        FakeServer server(m_fakeTls);
        QVERIFY(server.listen());
        server.answer("/bad", Script{.pieces = {head}});
        const Fetched got = fetch(fakeRequest(server.url(u"/bad"_s)));
        QVERIFY(got.finished);
        QVERIFY(got.openError);
        QCOMPARE(got.openError->kind(), ApiError::Kind::BadAnswer);
    }

    void silenceIsATimeout_data()
    {
        QTest::addColumn<QList<QByteArray>>("pieces");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("before the head") << QList<QByteArray>{} << QByteArray();
        QTest::newRow("inside the body")
            << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n1234"} << "1234"_ba;
    }

    void silenceIsATimeout()
    {
        QFETCH(QList<QByteArray>, pieces);
        QFETCH(QByteArray, body);
        FakeServer server(m_fakeTls);
        QVERIFY(server.listen());
        server.answer("/silent", Script{.pieces = pieces, .close = false});
        HttpStream::Request request = fakeRequest(server.url(u"/silent"_s));
        request.timeoutMs = 300;
        const Fetched got = fetch(std::move(request));
        QVERIFY(got.finished);
        const std::optional<ApiError>& error = pieces.isEmpty() ? got.openError : got.error;
        QVERIFY2(error, describe(got.openError).constData());
        QCOMPARE(error->kind(), ApiError::Kind::Timeout);
        QCOMPARE(got.body, body);
    }

    // Accepted by the kernel, never a TLS handshake: the handshake has the same timeout.
    void noHandshakeIsATimeout()
    {
        QTcpServer mute;
        QVERIFY(mute.listen(QHostAddress::LocalHost));
        HttpStream::Request request = fakeRequest(QUrl(u"https://127.0.0.1:%1/"_s.arg(mute.serverPort())));
        request.timeoutMs = 300;
        const Fetched got = fetch(std::move(request));
        QVERIFY(got.finished);
        QVERIFY2(got.openError, describe(got.openError).constData());
        QCOMPARE(got.openError->kind(), ApiError::Kind::Timeout);
    }

    void interruptWakesABlockedCall_data()
    {
        QTest::addColumn<bool>("inOpen");
        QTest::newRow("open() waiting for the head") << true;
        QTest::newRow("read() waiting for the body") << false;
    }

    void interruptWakesABlockedCall()
    {
        QFETCH(bool, inOpen);
        FakeServer server(m_fakeTls);
        QVERIFY(server.listen());
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n";
        server.answer("/stall",
                      Script{.pieces = inOpen ? QList<QByteArray>{} : QList<QByteArray>{head + "0123"},
                             .close = false});
        HttpStream::Request request = fakeRequest(server.url(u"/stall"_s));
        request.timeoutMs = 5 * kWaitMs; // only interrupt() can end the wait within the test's limits

        std::atomic_bool waiting = false;
        std::optional<ApiError> openError;
        std::optional<ApiError> error;
        QByteArray body;
        qint64 got = 0;
        qint64 again = 0;
        StreamThread thread([&](HttpStream& stream) {
            if (inOpen)
                waiting = true;
            openError = stream.open(std::move(request));
            if (openError)
                return;
            char buffer[64];
            while (body.size() < 4 && (got = stream.read(buffer, sizeof buffer)) > 0)
                body.append(buffer, got);
            waiting = true;
            got = stream.read(buffer, sizeof buffer); // blocks: the other 96 bytes never come
            error = stream.error();
            again = stream.read(buffer, sizeof buffer);
        });
        QVERIFY(QTest::qWaitFor([&] { return waiting.load(); }, kWaitMs));
        if (inOpen)
            QVERIFY(QTest::qWaitFor([&] { return !server.received().isEmpty(); }, kWaitMs));
        QTest::qWait(200); // into the blocking wait, most likely (the outcome is the same before it)
        thread.interrupt();
        QVERIFY2(thread.wait(10000), "interrupt() did not end the blocked call");
        if (inOpen) {
            QVERIFY(openError);
            QCOMPARE(openError->kind(), ApiError::Kind::Cancelled);
            return;
        }
        QVERIFY2(!openError, describe(openError).constData());
        QCOMPARE(body, "0123");
        QCOMPARE(got, -1);
        QVERIFY(error);
        QCOMPARE(error->kind(), ApiError::Kind::Cancelled);
        QCOMPARE(again, -1); // and every later call
    }
};

QTEST_GUILESS_MAIN(TestHttpStream)
#include "tst_httpstream.moc"
