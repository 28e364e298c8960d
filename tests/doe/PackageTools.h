#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mycloud {

// What the DOE tests check a package with: Info-ZIP and friends, file checksums, the manifest.
struct ToolRun
{
    int exitCode = -1; // -1: it did not start, did not finish within ten minutes, or crashed
    QByteArray out;
    QByteArray err;
};

// Runs a command-line tool in a UTF-8 locale (unzip then writes the UTF-8 names as they are).
ToolRun runTool(const QString& program, const QStringList& arguments);
// The lowercase hex sha256 of a file, or empty when it cannot be read.
QString fileSha256(const QString& path);
// The manifest's CSV: ';' between fields, text in double quotes (doubled inside), CRLF rows.
QList<QStringList> parseManifestCsv(const QString& text);

} // namespace mycloud
