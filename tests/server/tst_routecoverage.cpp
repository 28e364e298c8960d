// Every operation of docs/openapi.yaml is routed by the real mycloud-server (see ServerProcess):
// sent with a valid session (and `{}` as the body of POST and PUT), it answers neither 405 nor the
// router's own 404, whose detail is "There is no such route on this server.". Operations the server
// does not route yet are listed in kNotYetImplemented: they are expected to fail (XFAIL), and the
// row fails (XPASS) as soon as the route lands, so that the list only ever shrinks.
#include "ServerProcess.h"
#include "TestValues.h"
#include "domain/Affair.h"
#include "domain/Document.h"
#include "domain/JsonCodec.h"
#include "domain/Page.h"
#include "domain/Problem.h"
#include "domain/Product.h"

#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimer>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

// "METHOD /path" as written in the spec. Empty: every operation of the spec is routed today.
const QStringList kNotYetImplemented{};

const auto kUnrouted = u"There is no such route on this server."_s;

struct Operation
{
    QByteArray method; // upper case
    QString path; // as in the spec, with {parameters}
    bool atRoot = false; // the path has its own `servers:` outside /api/v1 (QR pages, e-mailed links)
    bool isPublic = false; // `security: []`: no session needed
};

// The operations under `paths:`: a "  /path:" line, then its "    get:" / "    post:"... lines; a
// "      - url: https://{host}" line of the path's own `servers:` puts it at the server root, and a
// "      security: []" line under an operation makes it public.
QList<Operation> specOperations(QString* error)
{
    QFile file(QStringLiteral(MYCLOUD_OPENAPI_YAML));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = file.fileName() + u": "_s + file.errorString();
        return {};
    }
    static const QRegularExpression pathLine(u"^  (/\\S*):\\s*$"_s);
    static const QRegularExpression methodLine(u"^    (get|post|put|delete|head|patch|options):\\s*$"_s);
    static const QRegularExpression serverLine(u"^      - url: (\\S+)\\s*$"_s);
    static const QRegularExpression publicLine(u"^      security: \\[\\]\\s*$"_s);
    QList<Operation> operations;
    bool inPaths = false;
    QString path;
    bool atRoot = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (!line.isEmpty() && !line.front().isSpace() && !line.startsWith(u'#')) {
            inPaths = line == u"paths:";
            continue;
        }
        if (!inPaths)
            continue;
        if (const auto match = pathLine.match(line); match.hasMatch()) {
            path = match.captured(1);
            atRoot = false;
        } else if (const auto server = serverLine.match(line); server.hasMatch()) {
            atRoot = !server.captured(1).endsWith(u"/api/v1"_s);
        } else if (const auto method = methodLine.match(line); method.hasMatch() && !path.isEmpty()) {
            operations.append({method.captured(1).toUpper().toLatin1(), path, atRoot});
        } else if (publicLine.match(line).hasMatch() && !operations.isEmpty()
                   && operations.last().path == path) {
            operations.last().isPublic = true;
        }
    }
    return operations;
}

QString problemDetail(const Answer& answer)
{
    const auto problem = JsonCodec::decode<Problem>(answer.body);
    return problem ? problem->detail : QString();
}

} // namespace

class TestRouteCoverage final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QByteArray m_token;
    // Real ids for HEAD: its 404 has no body, so only an id that exists tells a routed HEAD apart.
    QString m_qrToken;
    QString m_documentId;
    QStringList m_unrouted;

    template <class T> std::optional<T> get(const QString& path)
    {
        auto value = JsonCodec::decode<T>(m_server.get(path, m_token).body);
        return value ? std::optional<T>(value.value()) : std::nullopt;
    }

    // The path to send: parameters filled in (ids as UUIDs, a QR token of 22 characters, an e-mailed
    // link of 43), relative to /api/v1 or absolute for the paths at the server root.
    QString target(const QString& specPath, bool atRoot, bool realIds) const
    {
        static const QRegularExpression parameter(u"\\{([A-Za-z]+)\\}"_s);
        QString path = specPath;
        for (auto match = parameter.match(path); match.hasMatch(); match = parameter.match(path)) {
            const QString name = match.captured(1);
            QString value;
            if (name == u"token")
                value = realIds ? m_qrToken : u"Zq7Rk2xV9pL4sT8wZ1bN6c"_s; // 22 characters
            else if (name == u"link")
                value = u"Zq7Rk2xV9pL4sT8wZ1bN6cZq7Rk2xV9pL4sT8wZ1bN6"_s;
            else if (name == u"documentId" && realIds)
                value = m_documentId;
            else
                value = QUuid::createUuid().toString(QUuid::WithoutBraces);
            path.replace(match.capturedStart(), match.capturedLength(), value);
        }
        return atRoot ? path : path.mid(1);
    }

    Answer head(const QString& path, const QByteArray& token) { return m_server.send("HEAD", path, token); }

    // One row per spec operation, named "METHOD /path"; `needingASession`: only the routed ones that
    // are not public.
    static void addOperationRows(bool needingASession)
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("atRoot");
        QString error;
        for (const Operation& operation : specOperations(&error)) {
            const QString name = QString::fromLatin1(operation.method) + u' ' + operation.path;
            if (!needingASession || (!operation.isPublic && !kNotYetImplemented.contains(name)))
                QTest::newRow(qPrintable(name)) << operation.method << operation.path << operation.atRoot;
        }
    }

private slots:
    void initTestCase()
    {
        const QString error = m_server.startSignedIn(&m_token);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto affairs = get<Page<Affair>>(u"affairs"_s);
        QVERIFY(affairs && !affairs->items.isEmpty());
        const auto products = get<Page<Product>>(
            u"affairs/%1/products"_s.arg(affairs->items.first().id.toString(QUuid::WithoutBraces)));
        QVERIFY(products && !products->items.isEmpty());
        m_qrToken = products->items.first().qrToken;
        const auto documents = get<Page<Document>>(
            u"products/%1/documents"_s.arg(products->items.first().id.toString(QUuid::WithoutBraces)));
        QVERIFY(documents && !documents->items.isEmpty());
        m_documentId = documents->items.first().id.toString(QUuid::WithoutBraces);
    }

    void specIsRead()
    {
        QString error;
        const QList<Operation> operations = specOperations(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList names;
        QStringList atRoot;
        QStringList open;
        for (const Operation& operation : operations) {
            names.append(QString::fromLatin1(operation.method) + u' ' + operation.path);
            if (operation.atRoot)
                atRoot.append(names.last());
            if (operation.isPublic)
                open.append(names.last());
        }
        QVERIFY(open.contains(u"POST /auth/login"_s));
        QVERIFY(open.contains(u"HEAD /q/{token}/documents/{documentId}"_s));
        QVERIFY(!open.contains(u"POST /auth/logout"_s));
        QVERIFY(!open.contains(u"GET /affairs"_s));
        QVERIFY(atRoot.contains(u"GET /q/{token}"_s));
        QVERIFY(!atRoot.contains(u"GET /qr/{token}"_s));
        QVERIFY(!atRoot.contains(u"POST /auth/login"_s));
        // Anchors from the start, the middle and the end of `paths:`, and no duplicate.
        QVERIFY(names.contains(u"POST /auth/login"_s));
        QVERIFY(names.contains(u"PUT /tasks/{taskId}"_s));
        QVERIFY(names.contains(u"HEAD /q/{token}/documents/{documentId}"_s));
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
        for (const QString& pending : kNotYetImplemented)
            QVERIFY2(names.contains(pending),
                     qPrintable(pending + u" is in kNotYetImplemented, not in the spec"_s));
    }

    // The two marks this test relies on, as the router gives them.
    void unroutedRequestsAreRecognisable()
    {
        Answer answer = m_server.send("GET", u"no-such-route"_s, m_token);
        QCOMPARE(answer.status, 404);
        QCOMPARE(problemDetail(answer), kUnrouted);
        answer = m_server.send("GET", u"affairs/%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
                               m_token);
        QCOMPARE(answer.status, 404); // a handler's 404 is worded otherwise
        QCOMPARE(answer.problemCode(), u"not_found"_s);
        QVERIFY(problemDetail(answer) != kUnrouted);
        QCOMPARE(m_server.send("DELETE", u"affairs"_s, m_token).status, 405);
        QCOMPARE(head(u"no-such-route"_s, m_token).status, 404);
    }

    void everySpecOperationIsRouted_data() { addOperationRows(false); }

    void everySpecOperationIsRouted()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(bool, atRoot);
        const QString name = QString::fromLatin1(method) + u' ' + path;

        Answer answer;
        bool routed = false;
        if (method == "HEAD") {
            answer = head(target(path, atRoot, true), m_token);
            routed = answer.status != 405 && answer.status != 404;
        } else {
            QByteArray token = m_token;
            if (path == u"/auth/logout")
                token = m_server.login(QString::fromLatin1(ServerProcess::kDemoEmail),
                                       QString::fromLatin1(ServerProcess::kDemoPassword));
            const QByteArray body = method == "POST" || method == "PUT" ? "{}" : QByteArray();
            answer = m_server.send(method, target(path, atRoot, false), token, body);
            routed = answer.status != 405 && !(answer.status == 404 && problemDetail(answer) == kUnrouted);
        }
        QVERIFY2(answer.status != 0, "no HTTP answer");
        if (!routed)
            m_unrouted.append(name);
        if (kNotYetImplemented.contains(name))
            QEXPECT_FAIL("", "in kNotYetImplemented: not routed yet", Continue);
        QVERIFY2(
            routed,
            qPrintable(routed
                           ? u"%1 is routed now (HTTP %2): remove it from kNotYetImplemented"_s.arg(name).arg(
                               answer.status)
                           : u"%1 is not routed (HTTP %2)"_s.arg(name).arg(answer.status)));
    }

    // Without a session every operation that is not `security: []` in the spec answers 401, so a
    // route added to the spec and the server is covered here without a list to keep up.
    void everyNonPublicOperationNeedsASession_data() { addOperationRows(true); }

    void everyNonPublicOperationNeedsASession()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(bool, atRoot);
        const Answer answer = method == "HEAD"
            ? head(target(path, atRoot, true), {})
            : m_server.send(method, target(path, atRoot, false), {},
                            method == "POST" || method == "PUT" ? "{}" : QByteArray());
        QCOMPARE(answer.status, 401);
        QVERIFY(answer.headers.value("www-authenticate").startsWith("Bearer"));
        if (method != "HEAD")
            QCOMPARE(answer.problemCode(), u"unauthorized"_s);
    }

    void cleanupTestCase()
    {
        if (!m_unrouted.isEmpty())
            qWarning().noquote() << "spec operations the server does not route:" << m_unrouted.join(u", "_s);
        const QString error = m_server.stop();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRouteCoverage)
#include "tst_routecoverage.moc"
