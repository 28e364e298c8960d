// bench_doe_zip: DoePackageWriter::write of ~2 GB of documents against Info-ZIP's `zip -0 -r` of the
// same files on the same disk, in the same run; and the writer's peak RSS growth.
//   target: >= 0.8x zip -0's speed (DESIGN.md §5)
// Each side runs in a process of its own (the writer in this program's child mode, which reports
// its VmHWM before and after), timed from start to exit, alternating. The page cache cannot be
// dropped without root: the first round warms it, and the figures are those of the last round.
// Before each run the previous output is deleted and sync() waits for its writeback, so that no
// run pays for the one before.
// Usage: bench_doe_zip [--size-mib N] [--files N] [--data DIR] [--runs N]
//   --data (or BENCH_DOE_DATA): where the files are made once and reused (default
//   build/bench-data/doe-zip-<files>x<MiB>); the zips go beside it, on the same disk.
#include "doe/package/DoePackageWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMiB = 1 << 20;
const QString kListName = u"files.tsv"_s; // name, size, sha256 of each file, written last

int fail(const QString& message)
{
    std::fprintf(stderr, "bench_doe_zip: %s\n", qPrintable(message));
    return 1;
}

qint64 statusKiB(const char* field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

struct SourceFile
{
    QString relativePath; // below the data folder: "<product folder>/<file>"
    qint64 size = 0;
    QString sha256;
};

// The files of the data folder, from its list; empty when it is incomplete.
QList<SourceFile> readList(const QString& dataDir)
{
    QFile list(dataDir + u'/' + kListName);
    if (!list.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QList<SourceFile> files;
    QTextStream in(&list);
    for (QString line = in.readLine(); !line.isNull(); line = in.readLine()) {
        const QStringList fields = line.split(u'\t');
        if (fields.size() != 3)
            return {};
        SourceFile file{fields[0], fields[1].toLongLong(), fields[2]};
        if (QFileInfo(dataDir + u'/' + file.relativePath).size() != file.size)
            return {};
        files.append(file);
    }
    return files;
}

// `count` random (incompressible, like PDFs and JPEGs) files of `totalBytes` in all, in four
// product folders; the list is written last, so a half-made folder is made again.
std::optional<QString> makeData(const QString& dataDir, int count, qint64 totalBytes)
{
    QDir(dataDir).removeRecursively();
    QList<SourceFile> files;
    QByteArray chunk(kMiB, Qt::Uninitialized);
    const qint64 each = totalBytes / count;
    for (int i = 0; i < count; ++i) {
        SourceFile file;
        file.relativePath = u"P%1 - Tableau %1/Photo %2.jpg"_s.arg(i % 4 + 1).arg(i + 1, 3, 10, QChar(u'0'));
        file.size = i + 1 < count ? each : totalBytes - each * (count - 1);
        const QString path = dataDir + u'/' + file.relativePath;
        if (!QDir().mkpath(QFileInfo(path).path()))
            return u"cannot create "_s + QFileInfo(path).path();
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return out.errorString();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (qint64 left = file.size; left > 0;) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(chunk.data()), chunk.size() / 4);
            const qint64 n = std::min<qint64>(left, chunk.size());
            hash.addData(QByteArrayView(chunk.constData(), n));
            if (out.write(chunk.constData(), n) != n)
                return out.errorString();
            left -= n;
        }
        file.sha256 = QString::fromLatin1(hash.result().toHex());
        files.append(file);
        std::printf("  made %s (%lld MiB)\n", qPrintable(file.relativePath), file.size / kMiB);
    }
    QFile list(dataDir + u'/' + kListName);
    if (!list.open(QIODevice::WriteOnly | QIODevice::Text))
        return list.errorString();
    QTextStream out(&list);
    for (const SourceFile& file : std::as_const(files))
        out << file.relativePath << '\t' << file.size << '\t' << file.sha256 << '\n';
    return std::nullopt;
}

// The child: the package of the data folder's files; prints "<VmHWM before> <VmHWM after>" in KiB.
int writePackage(const QString& dataDir, const QString& zipPath)
{
    const QList<SourceFile> files = readList(dataDir);
    if (files.isEmpty())
        return fail(u"no files in "_s + dataDir);
    QList<DoePackageItem> items;
    QHash<QString, Product> products;
    for (const SourceFile& file : files) {
        const QString folder = file.relativePath.section(u'/', 0, 0);
        if (!products.contains(folder)) {
            Product product;
            product.id = QUuid::createUuid();
            product.reference = folder.section(u" - "_s, 0, 0);
            product.name = folder.section(u" - "_s, 1);
            products.insert(folder, product);
        }
        DoePackageItem item;
        item.product = products.value(folder);
        item.document.id = QUuid::createUuid();
        item.document.productId = item.product.id;
        item.document.kind = DocumentKind::Photo;
        item.document.title = QFileInfo(file.relativePath).completeBaseName();
        item.document.fileName = QFileInfo(file.relativePath).fileName();
        item.document.size = file.size;
        item.document.sha256 = file.sha256;
        item.document.createdAt = QDateTime::currentDateTime();
        item.sourcePath = dataDir + u'/' + file.relativePath;
        items.append(item);
    }
    DoePackageWriter::Info info;
    info.affair.reference = u"AFF-BENCH"_s;
    info.affair.name = u"Banc d'essai"_s;
    info.createdAt = QDateTime::currentDateTime();
    const qint64 before = statusKiB("VmHWM:");
    const auto error = DoePackageWriter::write(zipPath, info, items, [](qint64, qint64) { return true; });
    const qint64 after = statusKiB("VmHWM:");
    if (error)
        return fail(*error);
    std::printf("%lld %lld\n", before, after);
    return 0;
}

struct Run
{
    double seconds = 0;
    double syncSeconds = 0; // the writeback after the process ended
    qint64 hwmBeforeKiB = 0;
    qint64 hwmAfterKiB = 0;
};

std::optional<Run> timed(const QString& program, const QStringList& arguments, const QString& workingDir,
                         const QString& output, QString* error)
{
    QFile::remove(output);
    ::sync(); // the previous run's writeback is not this one's
    QProcess process;
    process.setWorkingDirectory(workingDir);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = program + u" failed: "_s + QString::fromLocal8Bit(process.readAllStandardError());
        return std::nullopt;
    }
    Run run;
    run.seconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    ::sync();
    run.syncSeconds = timer.nsecsElapsed() / 1e9;
    const QList<QByteArray> hwm = process.readAllStandardOutput().trimmed().split(' ');
    if (hwm.size() == 2) {
        run.hwmBeforeKiB = hwm[0].toLongLong();
        run.hwmAfterKiB = hwm[1].toLongLong();
    }
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"size-mib"_s, u"Total size of the documents in MiB."_s, u"n"_s, u"2048"_s});
    parser.addOption({u"files"_s, u"Number of documents."_s, u"n"_s, u"40"_s});
    parser.addOption({u"data"_s, u"Folder of the documents, made once and reused."_s, u"dir"_s});
    parser.addOption({u"runs"_s, u"Runs of each side (the last is reported)."_s, u"n"_s, u"2"_s});
    parser.addOption({u"child-write"_s, u"(internal) Write the package of --data to ZIP."_s, u"zip"_s});
    parser.process(app);
    if (parser.isSet(u"child-write"_s))
        return writePackage(parser.value(u"data"_s), parser.value(u"child-write"_s));

    const qint64 totalBytes = parser.value(u"size-mib"_s).toLongLong() * kMiB;
    const int count = parser.value(u"files"_s).toInt();
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    if (totalBytes <= 0 || count <= 0)
        return fail(u"--size-mib and --files must be positive"_s);
    QString dataDir = parser.value(u"data"_s);
    if (dataDir.isEmpty())
        dataDir = qEnvironmentVariable("BENCH_DOE_DATA");
    if (dataDir.isEmpty())
        dataDir = QCoreApplication::applicationDirPath()
            + u"/../bench-data/doe-zip-%1x%2"_s.arg(count).arg(totalBytes / kMiB / count);
    dataDir = QDir::cleanPath(QDir(dataDir).absolutePath());
    const QString parent = QFileInfo(dataDir).path();
    const QString folderName = QFileInfo(dataDir).fileName();
    if (QStandardPaths::findExecutable(u"zip"_s).isEmpty())
        return fail(u"Info-ZIP's zip is needed: apt-get install zip"_s);

    QList<SourceFile> files = readList(dataDir);
    qint64 have = 0;
    for (const SourceFile& file : std::as_const(files))
        have += file.size;
    if (files.size() != count || have != totalBytes) {
        std::printf("making %d files of %lld MiB in all in %s (once)\n", count, totalBytes / kMiB,
                    qPrintable(dataDir));
        QDir().mkpath(parent);
        if (QStorageInfo(parent).bytesAvailable() < 2 * totalBytes + 512 * kMiB)
            return fail(u"needs twice the data size free in "_s + parent);
        if (const auto error = makeData(dataDir, count, totalBytes))
            return fail(*error);
        files = readList(dataDir);
    } else {
        std::printf("reusing %d files of %lld MiB in all in %s\n", count, totalBytes / kMiB,
                    qPrintable(dataDir));
    }
    if (QStorageInfo(parent).bytesAvailable() < totalBytes + 256 * kMiB)
        return fail(u"needs the data size free again for the zips in "_s + parent);

    const QString writerZip = parent + u"/bench-doe-writer.zip"_s;
    const QString infoZip = parent + u"/bench-doe-infozip.zip"_s;
    QList<Run> writerRuns;
    QList<Run> zipRuns;
    QString error;
    for (int round = 0; round < runs; ++round) {
        const auto writer
            = timed(QCoreApplication::applicationFilePath(),
                    {u"--child-write"_s, writerZip, u"--data"_s, dataDir}, parent, writerZip, &error);
        if (!writer)
            return fail(error);
        const qint64 writerSize = QFileInfo(writerZip).size();
        const auto zip
            = timed(u"zip"_s, {u"-0"_s, u"-r"_s, u"-q"_s, infoZip, folderName}, parent, infoZip, &error);
        if (!zip)
            return fail(error);
        std::printf(
            "round %d: DoePackageWriter %.2f s (+ %.2f s writeback; %lld bytes), zip -0 -r %.2f s (+ %.2f s "
            "writeback; %lld bytes)\n",
            round + 1, writer->seconds, writer->syncSeconds, writerSize, zip->seconds, zip->syncSeconds,
            QFileInfo(infoZip).size());
        writerRuns << *writer;
        zipRuns << *zip;
    }
    // Checks the last package once, outside the timings.
    QProcess test;
    test.start(u"unzip"_s, {u"-t"_s, u"-q"_s, writerZip});
    test.waitForFinished(-1);
    const bool sound = test.exitStatus() == QProcess::NormalExit && test.exitCode() == 0;
    QFile::remove(writerZip);
    QFile::remove(infoZip);
    if (!sound)
        return fail(u"unzip -t refused the package: "_s
                    + QString::fromLocal8Bit(test.readAllStandardOutput()));

    const Run& writer = writerRuns.last();
    const Run& zip = zipRuns.last();
    const double writerSpeed = totalBytes / writer.seconds / 1e6;
    const double zipSpeed = totalBytes / zip.seconds / 1e6;
    const double ratio = writerSpeed / zipSpeed;
    std::printf(
        "DOE zip of %d files, %lld MiB, run %d of %d (page cache warm, not dropped: no root): "
        "DoePackageWriter %.2f s = %.0f MB/s, zip -0 -r %.2f s = %.0f MB/s; ratio %.2f (target >= 0.80: "
        "%s); unzip -t: OK\n",
        count, totalBytes / kMiB, runs, runs, writer.seconds, writerSpeed, zip.seconds, zipSpeed, ratio,
        ratio >= 0.8 ? "met" : "NOT met");
    const double writerToDisk = writer.seconds + writer.syncSeconds;
    const double zipToDisk = zip.seconds + zip.syncSeconds;
    std::printf(
        "to the disk (each run followed by sync, timed): DoePackageWriter %.2f s = %.0f MB/s, zip -0 -r "
        "%.2f s = %.0f MB/s; ratio %.2f\n",
        writerToDisk, totalBytes / writerToDisk / 1e6, zipToDisk, totalBytes / zipToDisk / 1e6,
        zipToDisk / writerToDisk);
    std::printf("writer peak RSS growth while writing: %.1f MiB (VmHWM %lld KiB before, %lld KiB after)\n",
                (writer.hwmAfterKiB - writer.hwmBeforeKiB) / 1024.0, writer.hwmBeforeKiB, writer.hwmAfterKiB);
    return 0;
}
