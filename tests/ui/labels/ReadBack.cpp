#include "ReadBack.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

QByteArray ReadBack::run(const QString& program, const QStringList& arguments, QString* error,
                         const QList<int>& successCodes)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(120000)) {
        *error = u"%1 did not run (%2): scripts/deps.sh --with-test-tools installs it"_s.arg(
            program, process.errorString());
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || !successCodes.contains(process.exitCode())) {
        *error = u"%1 failed (%2): %3"_s.arg(program)
                     .arg(process.exitCode())
                     .arg(QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return process.readAllStandardOutput();
}

QList<QSizeF> ReadBack::pageSizes(const QString& pdf, QString* error)
{
    // "Page    2 size:  283 x 170 pts" for every page of the range.
    const QString info
        = QString::fromUtf8(run(u"pdfinfo"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"100000"_s, pdf}, error));
    static const QRegularExpression size(u"^Page +\\d+ size: +([\\d.]+) x ([\\d.]+) pts"_s,
                                         QRegularExpression::MultilineOption);
    QList<QSizeF> sizes;
    for (auto match = size.globalMatch(info); match.hasNext();) {
        const QRegularExpressionMatch m = match.next();
        sizes.append(QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()));
    }
    return sizes;
}

int ReadBack::imageCount(const QString& pdf, QString* error)
{
    // Two header lines, then one line per image.
    const QList<QByteArray> lines = run(u"pdfimages"_s, {u"-list"_s, pdf}, error).trimmed().split('\n');
    return int(lines.size()) - 2;
}

QStringList ReadBack::renderPages(const QString& pdf, const QString& folder, int dpi, QString* error)
{
    QDir(folder).mkpath(u"."_s);
    run(u"pdftoppm"_s, {u"-r"_s, QString::number(dpi), u"-png"_s, pdf, QDir(folder).filePath(u"page"_s)},
        error);
    if (!error->isEmpty())
        return {};
    // page-1.png … or page-01.png …: the same number of digits on every page, so names sort.
    QStringList pages;
    for (const QString& name : QDir(folder).entryList({u"page-*.png"_s}, QDir::Files, QDir::Name))
        pages.append(QDir(folder).filePath(name));
    return pages;
}

QHash<QString, QStringList> ReadBack::decode(const QStringList& images, QString* error)
{
    // Exit status 4: some image held no code, which the caller sees as a missing entry.
    const QByteArray xml
        = run(u"zbarimg"_s, QStringList{u"--xml"_s, u"--nodbus"_s, u"-q"_s} + images, error, {0, 4});
    QHash<QString, QStringList> found;
    QXmlStreamReader reader(xml);
    QString source;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == "source"_L1)
            source = reader.attributes().value("href"_L1).toString();
        else if (reader.name() == "data"_L1)
            found[source].append(reader.readElementText());
    }
    if (reader.hasError() && error->isEmpty())
        *error = u"zbarimg wrote no XML: "_s + reader.errorString();
    return found;
}
