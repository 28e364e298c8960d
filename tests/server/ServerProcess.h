#pragma once

#include "domain/Document.h"
#include "domain/JsonCodec.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QProcess>
#include <QSqlDatabase>
#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

// One HTTP answer, headers with lower-case names.
struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers;

    QString problemCode() const; // the problem+json `code`, or a description of what came instead
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// One run of `mycloud-server admin`.
struct AdminRun
{
    int exitCode = -1; // -1: it did not start, did not finish within a minute, or crashed
    QByteArray out;
    QByteArray err;
};

// The real mycloud-server process for a test: demo data in a temporary directory, `serve` on a
// free port of 127.0.0.1, spoken to over HTTPS with the demo CA as the only trusted anchor.
// Every test gets its own data, so tests never depend on each other's writes. With
// MYCLOUD_TEST_POSTGRES set (an admin URL, see scripts/pg-cluster.sh) the server stores its data in
// a fresh PostgreSQL database, dropped at the end; otherwise in SQLite.
class ServerProcess final
{
public:
    ServerProcess();
    ~ServerProcess();

    // Creates the demo data and starts serving; an error message, or empty on success.
    QString start(const QStringList& extraServeArguments = {});
    // start(), then a session of the demo customer in `token`; an error message, or empty.
    QString startSignedIn(QByteArray* token, const QStringList& extraServeArguments = {});
    // SIGTERM and wait: an error message unless the server stopped cleanly.
    QString stop();

    // Before start(): the server's log (its stderr) goes to this file, for a test that reads it.
    void setLogFile(const QString& path) { m_logFile = path; }

    // `mycloud-server admin --data DIR [--database URL] ARGUMENTS` on this server's data (after
    // start()). MYCLOUD_PASSWORD is `password` when given, unset otherwise; `input` is the stdin.
    AdminRun admin(const QStringList& arguments, const QString& password = {}, const QByteArray& input = {});

    QString dataPath(const QString& relative) const;
    // A connection to the server's own database, for the rare fact a test must cause by hand
    // (an expired session). Named after this process; closed by stop().
    QSqlDatabase database();
    bool usesPostgres() const { return !m_postgresUrl.isEmpty(); }
    QUrl apiUrl(const QString& path) const; // under /api/v1/
    QUrl rootUrl(const QString& path) const; // under the server root (QR pages)

    // `path` relative to /api/v1/ unless it starts with '/'. A non-empty body is sent as JSON
    // unless `headers` gives another Content-Type.
    Answer send(const QByteArray& verb, const QString& path, const QByteArray& token = {},
                const QByteArray& body = {}, const Headers& headers = {});
    Answer get(const QString& path, const QByteArray& token, const Headers& headers = {})
    {
        return send("GET", path, token, {}, headers);
    }
    // GET `path` decoded as T; a default T (and a warning naming the path) when it is not one.
    template <class T> T getDecoded(const QString& path, const QByteArray& token)
    {
        const Answer answer = get(path, token);
        auto value = mycloud::JsonCodec::decode<T>(answer.body);
        if (!value)
            qWarning() << path << answer.status << value.error().message();
        return value ? value.value() : T{};
    }
    // A session token, or empty when the login failed.
    QByteArray login(const QString& email, const QString& password);
    // `content` added to a product as B2EI staff would (`admin document-add`, kind misc), while the
    // server runs: the document as the API shows it, or a default one (and a warning) on failure.
    mycloud::Document addDocument(const QUuid& productId, const QByteArray& content, const QByteArray& token);

    QNetworkAccessManager& network() { return m_network; }
    const QSslConfiguration& tls() const { return m_tls; }

    static constexpr const char* kDemoEmail = "demo@mycloud.test";
    static constexpr const char* kDemoPassword = "demo1234";
    static constexpr const char* kOtherEmail = "other@mycloud.test";
    static constexpr const char* kOtherPassword = "other1234";

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QNetworkAccessManager m_network;
    QUrl m_root;
    QSslConfiguration m_tls;
    QString m_postgresUrl; // the test's own database, when on PostgreSQL
    QString m_postgresName;
    QString m_logFile;
};
