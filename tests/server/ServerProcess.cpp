#include "ServerProcess.h"

#include "domain/Problem.h"

#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

QString Answer::problemCode() const
{
    auto problem = mycloud::JsonCodec::decode<mycloud::Problem>(body);
    return problem ? problem->code
                   : u"<HTTP %1, not a problem: %2>"_s.arg(status).arg(QString::fromUtf8(body.left(200)));
}

namespace {

const QString kAdminConnection = u"server-process-admin"_s;
const QString kTestConnection = u"server-process-data"_s;

// Opens a QPSQL connection from a postgresql:// URL, with libpq's ?host=/socket/dir form.
QSqlDatabase openPostgres(const QString& name, const QUrl& url)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    const QUrlQuery query(url);
    db.setHostName(query.hasQueryItem(u"host"_s) ? query.queryItemValue(u"host"_s) : url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    db.open();
    return db;
}

// Runs one statement on the admin database of the cluster; an error message or empty.
QString adminExec(const QString& adminUrl, const QString& statement)
{
    QString error;
    {
        QSqlDatabase db = openPostgres(kAdminConnection, QUrl(adminUrl));
        QSqlQuery q(db);
        if (!db.isOpen())
            error = db.lastError().text();
        else if (!q.exec(statement))
            error = q.lastError().text();
    }
    QSqlDatabase::removeDatabase(kAdminConnection);
    return error;
}

} // namespace

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    if (QSqlDatabase::contains(kTestConnection))
        QSqlDatabase::removeDatabase(kTestConnection);
    if (!m_postgresName.isEmpty())
        adminExec(qEnvironmentVariable("MYCLOUD_TEST_POSTGRES"),
                  u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_postgresName));
}

QSqlDatabase ServerProcess::database()
{
    if (QSqlDatabase::contains(kTestConnection))
        return QSqlDatabase::database(kTestConnection);
    if (usesPostgres())
        return openPostgres(kTestConnection, QUrl(m_postgresUrl));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, kTestConnection);
    db.setDatabaseName(dataPath(u"mycloud.sqlite"_s));
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    db.open();
    return db;
}

QString ServerProcess::start(const QStringList& extraServeArguments)
{
    if (!m_dir.isValid())
        return u"no temporary directory"_s;
    const QString data = m_dir.filePath(u"data"_s);
    QStringList databaseArguments;
    const QString adminUrl = qEnvironmentVariable("MYCLOUD_TEST_POSTGRES");
    if (!adminUrl.isEmpty()) {
        // A database of its own, in C collation: keyset pages compare text byte by byte.
        m_postgresName
            = u"mycloud_test_%1"_s.arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0'));
        const QString error = adminExec(
            adminUrl,
            u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"_s.arg(
                m_postgresName));
        if (!error.isEmpty())
            return u"cannot create a PostgreSQL database: %1"_s.arg(error);
        QUrl url(adminUrl);
        url.setPath(u'/' + m_postgresName);
        m_postgresUrl = url.toString();
        databaseArguments = {u"--database"_s, m_postgresUrl};
    }
    QProcess demo;
    demo.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    demo.start(QStringLiteral(MYCLOUD_SERVER_EXE),
               QStringList{u"demo"_s, u"--data"_s, data} + databaseArguments);
    if (!demo.waitForFinished(120000) || demo.exitCode() != 0)
        return u"mycloud-server demo failed"_s;

    m_process.setProgram(QStringLiteral(MYCLOUD_SERVER_EXE));
    m_process.setArguments(QStringList{u"serve"_s, u"--data"_s, data, u"--listen"_s, u"127.0.0.1:0"_s}
                           + databaseArguments + extraServeArguments);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (!m_logFile.isEmpty()) {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setStandardErrorFile(m_logFile);
    }
    // If the test dies, the server must not outlive it (and hold CTest's output pipe open).
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start();
    if (!m_process.waitForStarted())
        return u"mycloud-server serve did not start"_s;
    QDeadlineTimer deadline(30000);
    while (!m_process.canReadLine() && !deadline.hasExpired() && m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(100);
    const QByteArray line = m_process.readLine().trimmed();
    if (!line.startsWith("listening on https://127.0.0.1:"))
        return u"unexpected first line: %1"_s.arg(QString::fromUtf8(line));
    m_root = QUrl(QString::fromLatin1(line.mid(13)) + u'/');

    const auto certificates = QSslCertificate::fromPath(m_dir.filePath(u"data/tls/ca.pem"_s));
    if (certificates.size() != 1)
        return u"no demo CA"_s;
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setCaCertificates(certificates); // only the demo CA is trusted
    return {};
}

QString ServerProcess::startSignedIn(QByteArray* token, const QStringList& extraServeArguments)
{
    if (const QString error = start(extraServeArguments); !error.isEmpty())
        return error;
    *token = login(QString::fromLatin1(kDemoEmail), QString::fromLatin1(kDemoPassword));
    return token->isEmpty() ? u"the demo customer cannot sign in"_s : QString();
}

QString ServerProcess::stop()
{
    if (QSqlDatabase::contains(kTestConnection)) {
        QSqlDatabase::database(kTestConnection, false).close();
        QSqlDatabase::removeDatabase(kTestConnection);
    }
    if (m_process.state() == QProcess::NotRunning)
        return u"the server was not running"_s;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM); // graceful stop
    if (!m_process.waitForFinished(10000))
        return u"the server did not stop within 10 s"_s;
    if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0)
        return u"the server exited with code %1"_s.arg(m_process.exitCode());
    return {};
}

mycloud::Document ServerProcess::addDocument(const QUuid& productId, const QByteArray& content,
                                             const QByteArray& token)
{
    const QString path = m_dir.filePath(u"added-%1.bin"_s.arg(QRandomGenerator::global()->generate()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        qWarning() << "cannot write" << path << file.errorString();
        return {};
    }
    file.close();
    const AdminRun run = admin({u"document-add"_s, u"--product"_s, productId.toString(QUuid::WithoutBraces),
                                u"--kind"_s, u"misc"_s, u"--file"_s, path});
    QFile::remove(path);
    if (run.exitCode != 0) {
        qWarning() << "document-add failed:" << run.err;
        return {};
    }
    return getDecoded<mycloud::Document>(u"documents/%1"_s.arg(QString::fromLatin1(run.out.trimmed())),
                                         token);
}

AdminRun ServerProcess::admin(const QStringList& arguments, const QString& password, const QByteArray& input)
{
    QStringList all{u"admin"_s, u"--data"_s, m_dir.filePath(u"data"_s)};
    if (usesPostgres())
        all += QStringList{u"--database"_s, m_postgresUrl};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"MYCLOUD_PASSWORD"_s);
    if (!password.isEmpty())
        environment.insert(u"MYCLOUD_PASSWORD"_s, password);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MYCLOUD_SERVER_EXE), all + arguments);
    AdminRun run;
    if (!process.waitForStarted())
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    return run;
}

QString ServerProcess::dataPath(const QString& relative) const
{
    return m_dir.filePath(u"data/"_s + relative);
}

QUrl ServerProcess::apiUrl(const QString& path) const
{
    return m_root.resolved(QUrl(u"api/v1/"_s + path));
}

QUrl ServerProcess::rootUrl(const QString& path) const
{
    return m_root.resolved(QUrl(path));
}

Answer ServerProcess::send(const QByteArray& verb, const QString& path, const QByteArray& token,
                           const QByteArray& body, const Headers& headers)
{
    QNetworkRequest request(path.startsWith(u'/') ? rootUrl(path.mid(1)) : apiUrl(path));
    request.setSslConfiguration(m_tls);
    // Redirects are part of what is tested (303 after a QR unlock): never follow them.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Cookies too are the test's business (QR unlock): no jar sends them behind its back.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    // HEAD through head(): as a custom verb Qt would wait for a body until the server hangs up.
    QNetworkReply* reply
        = verb == "HEAD" ? m_network.head(request) : m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
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

QByteArray ServerProcess::login(const QString& email, const QString& password)
{
    const QJsonObject credentials{{u"email"_s, email}, {u"password"_s, password}};
    const Answer answer = send("POST", u"auth/login"_s, {}, QJsonDocument(credentials).toJson());
    if (answer.status != 200)
        return {};
    return QJsonDocument::fromJson(answer.body).object().value(u"token"_s).toString().toLatin1();
}
