// bench_sync: the client core on the large demo set (2,000 affairs, 100,000 products, about
// 600,000 documents) served by the real mycloud-server on 127.0.0.1.
//   first sync           target < 30 s
//   delta sync, nothing  target 1 request, < 50 ms
//   search as you type   target < 16 ms a keystroke, and its ratio to the bare FTS5 query
// Usage: bench_sync [--data DIR] (the large demo set is created there once; default
// build/bench-data/large, about 80 s and 450 MB the first time).
#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

qint64 peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

template <class Sender, class Signal> void waitFor(Sender* sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0
                            : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

int fail(const QString& message)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // one line at a time, even into a pipe
    QLoggingCategory::setFilterRules(u"mycloud.*.info=false"_s);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"data"_s, u"Large demo data directory (created once)."_s, u"dir"_s,
                      QCoreApplication::applicationDirPath() + u"/../bench-data/large"_s});
    parser.process(app);
    const QString data = QDir(parser.value(u"data"_s)).absolutePath();
    const QString server = QStringLiteral(MYCLOUD_SERVER_EXE);

    if (!QFile::exists(data + u"/mycloud.sqlite"_s)) {
        std::printf("creating the large demo set in %s (once, about 80 s)...\n", qPrintable(data));
        std::fflush(stdout);
        QProcess demo;
        demo.setProcessChannelMode(QProcess::ForwardedChannels);
        demo.start(server, {u"demo"_s, u"--data"_s, data, u"--size"_s, u"large"_s});
        if (!demo.waitForFinished(-1) || demo.exitCode() != 0)
            return fail(u"mycloud-server demo --size large failed"_s);
    }
    QProcess serve;
    serve.setProcessChannelMode(QProcess::SeparateChannels);
    serve.setStandardErrorFile(QProcess::nullDevice());
    serve.start(server, {u"serve"_s, u"--data"_s, data, u"--listen"_s, u"127.0.0.1:0"_s});
    if (!serve.waitForReadyRead(30000))
        return fail(u"the server did not start"_s);
    const QByteArray line = serve.readLine().trimmed();
    if (!line.startsWith("listening on "))
        return fail(QString::fromUtf8(line));

    ApiClient client;
    client.setServer(QUrl(QString::fromLatin1(line.mid(13))));
    client.setTrustedCertificates(QSslCertificate::fromPath(data + u"/tls/ca.pem"_s));
    ApiReply* login = client.send(Endpoints::login(u"demo@mycloud.test"_s, u"demo1234"_s));
    waitFor(login, &ApiReply::finished);
    if (login->error())
        return fail(login->error()->message());
    client.setToken(QJsonDocument::fromJson(login->body()).object().value(u"token"_s).toString().toLatin1());

    QTemporaryDir profile;
    Store store(profile.filePath(u"store.sqlite"_s));
    if (!store.open())
        return fail(u"cannot open the store"_s);

    const qint64 rssBefore = peakRssMiB();
    SyncEngine engine(client, store);
    QElapsedTimer timer;
    timer.start();
    qint64 shown = 0;
    QObject::connect(&engine, &SyncEngine::progress, &engine, [&](qint64 received) {
        if (received - shown >= 100000) {
            shown = received;
            std::printf("  %lld changes after %.1f s\n", received, timer.nsecsElapsed() / 1e9);
        }
    });
    engine.start();
    waitFor(&engine, &SyncEngine::finished);
    const double firstSeconds = timer.nsecsElapsed() / 1e9;
    if (engine.report().status != SyncEngine::Status::Ok)
        return fail(engine.report().message);
    std::printf("first sync: %.1f s for %lld changes in %d requests (target < 30 s: %s); peak RSS %lld MiB "
                "(before %lld)\n",
                firstSeconds, engine.report().changes, engine.report().requests,
                firstSeconds < 30 ? "met" : "NOT met", peakRssMiB(), rssBefore);

    QList<double> deltas;
    int deltaRequests = 0;
    for (int i = 0; i < 7; ++i) {
        timer.restart();
        engine.start();
        waitFor(&engine, &SyncEngine::finished);
        deltas << timer.nsecsElapsed() / 1e6;
        deltaRequests = engine.report().requests;
    }
    std::printf(
        "delta sync, nothing changed: median %.1f ms, %d request(s) (target 1 request, < 50 ms: %s)\n",
        percentile(deltas, 0.5), deltaRequests,
        deltaRequests == 1 && percentile(deltas, 0.5) < 50 ? "met" : "NOT met");

    // Search as you type: every prefix of a few words people type, through the store (query
    // building, FTS5, join, decoding) and as a bare FTS5 query on the same database.
    const QStringList words{u"armoire tgbt"_s, u"chaufferie"_s,        u"selestat"_s,
                            u"2025-0094"_s,    u"éclairage parking"_s, u"B2EI-24"_s};
    QList<double> store_ms;
    QList<double> bare_ms;
    QSqlQuery bare(store.connection());
    for (const QString& word : words) {
        for (qsizetype n = 1; n <= word.size(); ++n) {
            const QString typed = word.left(n);
            timer.restart();
            const auto found = store.searchProducts(typed, 50);
            store_ms << timer.nsecsElapsed() / 1e6;
            const QString match = Store::matchQuery(typed);
            if (match.isEmpty())
                continue;
            timer.restart();
            bare.prepare(u"SELECT rowid FROM product_search WHERE product_search MATCH ? LIMIT 50"_s);
            bare.addBindValue(match);
            bare.exec();
            while (bare.next()) { }
            bare_ms << timer.nsecsElapsed() / 1e6;
            Q_UNUSED(found);
        }
    }
    std::printf("search as you type over %lld products: p50 %.2f ms, p95 %.2f ms, max %.2f ms a keystroke "
                "(target < 16 ms: %s); bare FTS5 p50 %.2f ms (ratio %.1fx)\n",
                qlonglong(100000), percentile(store_ms, 0.5), percentile(store_ms, 0.95),
                percentile(store_ms, 1.0), percentile(store_ms, 0.95) < 16 ? "met" : "NOT met",
                percentile(bare_ms, 0.5),
                percentile(store_ms, 0.5) / std::max(0.001, percentile(bare_ms, 0.5)));
    serve.terminate();
    serve.waitForFinished(10000);
    return 0;
}
