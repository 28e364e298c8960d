// bench_download: a 1 GiB document through the client's file cache (TLS, sha256 as bytes arrive,
// written to disk, renamed into place) against curl downloading the same URL to a file on the same
// disk (and, for reference, to /dev/null), in the same run; the CPU time each side used; and the
// client's memory growth. Then small documents across a slow link, kept-alive connection against
// one connection per request (why files under 4 MiB keep QNetworkAccessManager).
//   target: >= 0.8x curl's speed, RSS growth < 64 MB
// Usage: bench_download [--size-mib N] (default 1024; needs twice that free in $TMPDIR)
#include "LatencyProxy.h"
#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "api/HttpStream.h"
#include "domain/Document.h"
#include "domain/JsonCodec.h"
#include "domain/Page.h"
#include "domain/Product.h"
#include "files/DownloadJob.h"
#include "files/FileCache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>
#include <sys/resource.h>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

qint64 rssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// Seconds on a CPU so far, per thread name, of the process `pid` (0: this one).
QMap<QString, double> cpuByThread(qint64 pid = 0)
{
    QMap<QString, double> byName;
    const QString root = pid ? u"/proc/%1/task"_s.arg(pid) : u"/proc/self/task"_s;
    for (const QString& task : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(root + u'/' + task + u"/comm"_s);
        QFile schedstat(root + u'/' + task + u"/schedstat"_s); // nanoseconds on a CPU first
        if (comm.open(QIODevice::ReadOnly) && schedstat.open(QIODevice::ReadOnly))
            byName[QString::fromUtf8(comm.readAll().trimmed())]
                += schedstat.readAll().split(' ').value(0).toDouble() / 1e9;
    }
    return byName;
}

double seconds(const timeval& time)
{
    return double(time.tv_sec) + double(time.tv_usec) / 1e6;
}

// User and system time: of this process's threads, dead ones included (RUSAGE_SELF), or of its
// waited-for children (RUSAGE_CHILDREN).
double cpuSeconds(const rusage& usage)
{
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double total(const QMap<QString, double>& byName)
{
    double sum = 0;
    for (const double seconds : byName)
        sum += seconds;
    return sum;
}

// What each thread used between two readings; threads that came and went in between (a download's
// own) are counted whole, as they started from nothing.
QString cpuUsed(const QMap<QString, double>& before, const QMap<QString, double>& after)
{
    QStringList used;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (const double seconds = it.value() - before.value(it.key()); seconds >= 0.01)
            used << u"%1 %2 s"_s.arg(it.key()).arg(seconds, 0, 'f', 2);
    return used.join(u", "_s);
}

template <class Sender, class Signal> void waitFor(Sender* sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

int fail(const QString& message)
{
    std::fprintf(stderr, "bench_download: %s\n", qPrintable(message));
    return 1;
}

QByteArray run(const QString& program, const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    return process.readAllStandardOutput();
}

// Small documents one after another across a link with a 20 ms round trip: through
// QNetworkAccessManager, whose connection stays open between requests (ReplyAttempt, for files
// under 4 MiB), and through HttpStream, a TLS connection per request (ThreadedAttempt).
void smallDocuments(const ApiClient& client, const QString& data)
{
    LatencyProxy proxy(quint16(client.server().port()), 10);
    if (!proxy.listen()) {
        std::fprintf(stderr, "bench_download: cannot listen for the latency proxy\n");
        return;
    }
    ApiClient slow;
    QUrl via = client.server();
    via.setPort(proxy.port());
    slow.setServer(via);
    slow.setTrustedCertificates(QSslCertificate::fromPath(data + u"/tls/ca.pem"_s));
    slow.setToken(client.token());
    QList<QUrl> urls;
    for (const QByteArray& id : run(u"sqlite3"_s,
                                    {data + u"/mycloud.sqlite"_s,
                                     u"SELECT id FROM documents WHERE size < 4194304 "
                                     u"ORDER BY id LIMIT 40"_s})
                                    .split('\n'))
        if (const QUuid uuid = QUuid::fromString(QString::fromLatin1(id.trimmed())); !uuid.isNull())
            urls << slow.urlFor(ApiRequest::get(Endpoints::documentContentPath(uuid)));

    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0;
    for (const QUrl& url : urls) {
        QNetworkReply* reply = slow.network().get(slow.networkRequest(url, true));
        waitFor(reply, &QNetworkReply::finished);
        bytes += reply->readAll().size();
        reply->deleteLater();
    }
    const double kept = timer.nsecsElapsed() / 1e9;
    const int keptConnections = proxy.connections();

    QList<HttpStream::Request> requests;
    for (const QUrl& url : urls)
        requests << slow.streamRequest(url);
    timer.restart();
    // HttpStream blocks: on a worker, while this thread runs the proxy.
    QFuture<qint64> streamed = QtConcurrent::run([requests] {
        qint64 got = 0;
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (const HttpStream::Request& request : requests) {
            HttpStream stream;
            if (stream.open(request))
                return qint64(-1);
            for (qint64 n = 0; (n = stream.read(buffer.data(), buffer.size())) > 0;)
                got += n;
        }
        return got;
    });
    while (!streamed.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double each = timer.nsecsElapsed() / 1e9;
    if (streamed.result() != bytes)
        std::fprintf(stderr, "bench_download: the two ways read %lld and %lld bytes\n", bytes,
                     streamed.result());
    std::printf("%lld small documents (%lld KiB in all) one after another across a 20 ms round trip: "
                "QNetworkAccessManager %.2f s (%d connection(s)), a TLS connection each %.2f s (%d): %.1fx\n",
                qint64(urls.size()), bytes >> 10, kept, keptConnections, each,
                proxy.connections() - keptConnections, each / kept);
}

} // namespace

int main(int argc, char** argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QLoggingCategory::setFilterRules(u"mycloud.*.info=false"_s);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"size-mib"_s, u"Size of the document in MiB."_s, u"n"_s, u"1024"_s});
    parser.process(app);
    const qint64 size = parser.value(u"size-mib"_s).toLongLong() << 20;
    const QString server = QStringLiteral(MYCLOUD_SERVER_EXE);

    QTemporaryDir dir;
    const QString data = dir.filePath(u"data"_s);
    run(server, {u"demo"_s, u"--data"_s, data});
    // A file of random bytes (incompressible), added to a demo product like B2EI staff would.
    const QString big = dir.filePath(u"big.bin"_s);
    {
        QFile file(big);
        if (!file.open(QIODevice::WriteOnly))
            return fail(file.errorString());
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (qint64 written = 0; written < size; written += chunk.size()) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(chunk.data()), chunk.size() / 4);
            file.write(chunk);
        }
    }
    const QByteArray productId
        = run(server,
              {u"admin"_s, u"--data"_s, data, u"product-add"_s, u"--affair"_s,
               QString::fromLatin1(
                   run(u"sqlite3"_s, {data + u"/mycloud.sqlite"_s, u"SELECT id FROM affairs LIMIT 1"_s})
                       .trimmed()),
               u"--reference"_s, u"BENCH-1"_s, u"--name"_s, u"Bench"_s})
              .split(' ')
              .value(0);
    const QByteArray documentId
        = run(server,
              {u"admin"_s, u"--data"_s, data, u"document-add"_s, u"--product"_s,
               QString::fromLatin1(productId), u"--kind"_s, u"misc"_s, u"--file"_s, big})
              .trimmed();
    QFile::remove(big);
    if (documentId.isEmpty())
        return fail(u"cannot add the document (is sqlite3 installed?)"_s);

    QProcess serve;
    serve.setStandardErrorFile(QProcess::nullDevice());
    serve.start(server, {u"serve"_s, u"--data"_s, data, u"--listen"_s, u"127.0.0.1:0"_s});
    if (!serve.waitForReadyRead(30000))
        return fail(u"the server did not start"_s);
    const QString root = QString::fromLatin1(serve.readLine().trimmed().mid(13));

    ApiClient client;
    client.setServer(QUrl(root));
    client.setTrustedCertificates(QSslCertificate::fromPath(data + u"/tls/ca.pem"_s));
    ApiReply* login = client.send(Endpoints::login(u"demo@mycloud.test"_s, u"demo1234"_s));
    waitFor(login, &ApiReply::finished);
    const QByteArray token
        = QJsonDocument::fromJson(login->body()).object().value(u"token"_s).toString().toLatin1();
    client.setToken(token);
    ApiReply* meta = client.send(ApiRequest::get(u"documents/"_s + QString::fromLatin1(documentId)));
    waitFor(meta, &ApiReply::finished);
    const auto document = meta->decoded<Document>();
    if (!document)
        return fail(document.error().message());

    const QString url = root + u"/api/v1/"_s + Endpoints::documentContentPath(document.value().id);
    // curl's speed in MB/s, its body written to `out`.
    const auto curl = [&](const QString& out) {
        rusage before{};
        getrusage(RUSAGE_CHILDREN, &before);
        const double serverBefore = total(cpuByThread(serve.processId()));
        const QByteArray speed = run(u"curl"_s,
                                     {u"-s"_s, u"--cacert"_s, data + u"/tls/ca.pem"_s, u"-H"_s,
                                      u"Authorization: Bearer "_s + QString::fromLatin1(token), u"-o"_s, out,
                                      u"-w"_s, u"%{speed_download}"_s, url});
        rusage after{};
        getrusage(RUSAGE_CHILDREN, &after);
        std::printf("  curl -o %s: %.0f MB/s; CPU: curl %.2f s (system %.2f), server %.2f s\n",
                    out == u"/dev/null"_s ? "/dev/null" : "FILE", speed.toDouble() / 1e6,
                    cpuSeconds(after) - cpuSeconds(before),
                    seconds(after.ru_stime) - seconds(before.ru_stime),
                    total(cpuByThread(serve.processId())) - serverBefore);
        return speed.toDouble() / 1e6;
    };
    QList<double> curlSpeeds;
    QList<double> curlNullSpeeds;
    QList<double> cacheSpeeds;
    qint64 worstGrowthKiB = 0;
    for (int round = 0; round < 3; ++round) {
        // The same work as the cache's minus the checks: the body written to a file on the same disk.
        const QString copy = dir.filePath(u"curl-copy"_s);
        curlSpeeds << curl(copy);
        QFile::remove(copy);
        curlNullSpeeds << curl(u"/dev/null"_s);

        QTemporaryDir cacheDir(dir.filePath(u"cache-XXXXXX"_s));
        FileCache cache(client, cacheDir.path());
        const qint64 before = rssKiB();
        qint64 peak = before;
        QTimer sampler;
        QObject::connect(&sampler, &QTimer::timeout, &sampler, [&] { peak = std::max(peak, rssKiB()); });
        sampler.start(20);
        const auto cpuBefore = cpuByThread();
        rusage selfBefore{};
        getrusage(RUSAGE_SELF, &selfBefore);
        const double clientBefore = cpuSeconds(selfBefore);
        const double serverBefore = total(cpuByThread(serve.processId()));
        // The download's threads end with it: their time is read as they finish (the last reading).
        QMap<QString, double> cpuAfter;
        const auto sampleCpu = [&] {
            const auto now = cpuByThread();
            for (auto it = now.cbegin(); it != now.cend(); ++it)
                cpuAfter[it.key()] = std::max(cpuAfter.value(it.key()), it.value());
        };
        QObject::connect(&sampler, &QTimer::timeout, &sampler, sampleCpu);
        QElapsedTimer timer;
        timer.start();
        DownloadJob* job = cache.fetch(document.value());
        if (!job->isFinished())
            waitFor(job, &DownloadJob::finished);
        const double seconds = timer.nsecsElapsed() / 1e9;
        sampler.stop();
        sampleCpu();
        rusage self{};
        getrusage(RUSAGE_SELF, &self);
        std::printf("  file cache: %.0f MB/s; CPU: client %.2f s (%s), server %.2f s\n", size / seconds / 1e6,
                    cpuSeconds(self) - clientBefore, qPrintable(cpuUsed(cpuBefore, cpuAfter)),
                    total(cpuByThread(serve.processId())) - serverBefore);
        if (job->error())
            return fail(job->error()->message());
        cacheSpeeds << size / seconds / 1e6;
        worstGrowthKiB = std::max(worstGrowthKiB, peak - before);
    }
    std::sort(curlSpeeds.begin(), curlSpeeds.end());
    std::sort(curlNullSpeeds.begin(), curlNullSpeeds.end());
    std::sort(cacheSpeeds.begin(), cacheSpeeds.end());
    const double ratio = cacheSpeeds[1] / curlSpeeds[1];
    std::printf(
        "download of %lld MiB over TLS, median of 3: file cache %.0f MB/s (sha256 checked, written to disk, "
        "fsynced), curl -o FILE %.0f MB/s; ratio %.2f (target >= 0.80: %s)\n",
        size >> 20, cacheSpeeds[1], curlSpeeds[1], ratio, ratio >= 0.8 ? "met" : "NOT met");
    std::printf("for reference: curl to /dev/null (no disk at all) %.0f MB/s; file cache / that %.2f\n",
                curlNullSpeeds[1], cacheSpeeds[1] / curlNullSpeeds[1]);
    std::printf("client RSS growth while downloading: %lld MiB at most (target < 64 MB: %s)\n",
                worstGrowthKiB / 1024, worstGrowthKiB < 62500 ? "met" : "NOT met");
    smallDocuments(client, data);
    serve.terminate();
    serve.waitForFinished(10000);
    return 0;
}
