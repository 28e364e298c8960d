#include "DoePackageWriter.h"

#include "DoePackageIndex.h"
#include "DoePackageLabels.h"
#include "DoePackageManifest.h"
#include "Zip64VersionFix.h"
#include "ZipWriteError.h"
#include "domain/SafeFileName.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

// Large enough that the system calls cost nothing next to the copy, small enough to stay out of
// the memory figures.
constexpr qint64 kChunk = 1 << 20;

// Case-insensitive and normalisation-insensitive, like the file systems of Windows and macOS: two
// names that are one file there must not both be in the package.
QString identity(const QString& path)
{
    return path.normalized(QString::NormalizationForm_C).toLower();
}

// Windows opens no path longer than 260 characters (MAX_PATH) unless told otherwise, and the
// package is extracted somewhere like C:\Users\<name>\Downloads\DOE AFF-2024-0042\: each entry
// keeps 60 characters for that, and a product's folder leaves room for the kind and the file.
constexpr qsizetype kMaxEntryLength = 200;
constexpr qsizetype kMaxFolderLength = 80;

// `safeName` in at most `maxLength` characters, and the n-th entry of one name from 2 on,
// "plan (2).pdf": the number goes before the extension, so that the copy still opens, and into the
// stem, so that SafeFileName's length cap cannot cut it off (which would give the same name again,
// for ever). Folders have no extension.
QString fittedName(const QString& safeName, int n, bool keepExtension, qsizetype maxLength)
{
    const qsizetype dot = keepExtension ? safeName.lastIndexOf(u'.') : -1;
    const QString extension = dot > 0 && safeName.size() - dot <= 10 ? safeName.mid(dot) : QString();
    const QString suffix = (n > 1 ? u" ("_s + QString::number(n) + u')' : QString()) + extension;
    QString stem = safeName.left(std::min(safeName.size() - extension.size(), maxLength - suffix.size()));
    if (!stem.isEmpty() && stem.back().isHighSurrogate())
        stem.chop(1); // never half a character
    for (;;) {
        const QString candidate = SafeFileName::component(stem + suffix);
        if ((candidate.endsWith(suffix) && candidate.size() <= maxLength) || stem.isEmpty())
            return candidate;
        stem.chop(stem.size() > 1 && stem.at(stem.size() - 1).isLowSurrogate() ? 2 : 1);
    }
}

QuaZipNewInfo entryInfo(const QString& name, const QDateTime& date, qint64 size)
{
    QuaZipNewInfo entry(name);
    entry.dateTime = date.isValid() ? date.toLocalTime() : QDateTime::currentDateTime();
    entry.uncompressedSize = static_cast<quint64>(size);
    // Readable by everyone once extracted, like the files Info-ZIP packs.
    entry.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return entry;
}

// The zip into `out` (open); the caller removes the file on error. QuaZip and its entries are
// closed here, before `out`.
std::optional<QString> writeZip(QFile& out, const DoePackageWriter::Info& info,
                                const QList<DoePackageItem>& items,
                                const DoePackageWriter::Progress& progress)
{
    const QString& zipPath = out.fileName();
    const QStringList names = DoePackageWriter::entryNames(items, info.language);
    qint64 total = 0;
    for (const DoePackageItem& item : items)
        total += item.document.size;

    QuaZip zip(&out);
    zip.setAutoClose(false); // `out` is closed by the caller, which checks its flush
    zip.setZip64Enabled(true);
    zip.setUtf8Enabled(true);
    // Local headers are rewritten in place (the file is seekable): no data descriptors, which some
    // older readers mishandle on stored entries.
    zip.setDataDescriptorWritingEnabled(false);
    if (!zip.open(QuaZip::mdCreate))
        return u"cannot create %1 (zip error %2)"_s.arg(zipPath, QString::number(zip.getZipError()));

    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 written = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const DoePackageItem& item = items[i];
        const qint64 size = item.document.size;
        QFile source(item.sourcePath);
        if (!source.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return u"cannot open %1 for \"%2\": %3"_s.arg(item.sourcePath, names[i], source.errorString());
        // The checksum in the manifest is the document's; a truncated or stale cache file must not
        // give a package whose files disagree with it.
        if (source.size() != size)
            return u"%1 holds %2 bytes, the document \"%3\" has %4"_s.arg(
                item.sourcePath, QString::number(source.size()), names[i], QString::number(size));
        QuaZipFile entry(&zip);
        // Stored as is: PDF, JPEG and PNG are compressed already, and stored entries can be checked
        // or extracted fast on any system.
        if (!entry.open(QIODevice::WriteOnly, entryInfo(names[i], item.document.createdAt, size), nullptr, 0,
                        0, 0))
            return u"cannot add %1 to %2 (zip error %3)"_s.arg(names[i], zipPath,
                                                               QString::number(entry.getZipError()));
        for (qint64 left = size; left > 0;) {
            const qint64 got = source.read(buffer.data(), std::min(kChunk, left));
            if (got < 0)
                return u"cannot read %1: %2"_s.arg(item.sourcePath, source.errorString());
            if (got == 0)
                return u"%1 ended after %2 of its %3 bytes"_s.arg(
                    item.sourcePath, QString::number(size - left), QString::number(size));
            if (entry.write(buffer.constData(), got) != got)
                return u"cannot write %1: %2"_s.arg(zipPath, ZipWriteError::of(out));
            left -= got;
            written += got;
            if (progress && !progress(written, total))
                return DoePackageWriter::kCancelled;
        }
        entry.close();
        if (entry.getZipError() != ZIP_OK)
            return u"cannot finish %1 in %2: %3"_s.arg(names[i], zipPath, ZipWriteError::of(out));
    }

    const QDateTime now = info.createdAt.isValid() ? info.createdAt : QDateTime::currentDateTime();
    const QList<QPair<QString, QByteArray>> texts{
        {DoePackageIndex::kFileName, DoePackageIndex::render(info, items, names)},
        {DoePackageManifest::kFileName, DoePackageManifest::render(info, items, names)}};
    for (const auto& [name, bytes] : texts) {
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly, entryInfo(name, now, bytes.size()), nullptr, 0, Z_DEFLATED)
            || entry.write(bytes) != bytes.size())
            return u"cannot write %1 in %2: %3"_s.arg(name, zipPath, ZipWriteError::of(out));
        entry.close();
        if (entry.getZipError() != ZIP_OK)
            return u"cannot finish %1 in %2: %3"_s.arg(name, zipPath, ZipWriteError::of(out));
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK)
        return u"cannot close %1 (zip error %2): %3"_s.arg(zipPath, QString::number(zip.getZipError()),
                                                           ZipWriteError::of(out));
    return Zip64VersionFix::apply(out);
}

} // namespace

std::optional<QString> DoePackageWriter::write(const QString& zipPath, const Info& info,
                                               const QList<DoePackageItem>& items, const Progress& progress)
{
    std::optional<QString> error;
    {
        QFile out(zipPath);
        // Read too: the zip64 records are read back once written (Zip64VersionFix).
        if (!out.open(QIODevice::ReadWrite | QIODevice::Truncate)) {
            error = u"cannot create %1: %2"_s.arg(zipPath, out.errorString());
        } else {
            error = writeZip(out, info, items, progress);
            // The last bytes may still be in QFile's buffer: a full disk can show only here.
            if (!error && !out.flush())
                error = u"cannot write %1: %2"_s.arg(zipPath, ZipWriteError::of(out));
            out.close();
        }
    }
    if (error)
        QFile::remove(zipPath);
    return error;
}

QStringList DoePackageWriter::entryNames(const QList<DoePackageItem>& items, Language language)
{
    // The root holds index.html and manifest.csv; a product folder never takes their names.
    QSet<QString> usedFolders{identity(DoePackageIndex::kFileName), identity(DoePackageManifest::kFileName)};
    QHash<QUuid, QString> folders;
    QSet<QString> usedNames;
    QStringList names;
    names.reserve(items.size());
    for (const DoePackageItem& item : items) {
        auto folder = folders.constFind(item.product.id);
        if (folder == folders.cend()) {
            // Two products whose names clean up alike (or differ only in case) get two folders.
            const QString safe
                = SafeFileName::component(item.product.reference + u" - "_s + item.product.name);
            QString name = fittedName(safe, 1, false, kMaxFolderLength);
            for (int n = 2; usedFolders.contains(identity(name)); ++n)
                name = fittedName(safe, n, false, kMaxFolderLength);
            usedFolders.insert(identity(name));
            folder = folders.insert(item.product.id, name);
        }
        const QString directory
            = *folder + u'/' + DoePackageLabels::kindFolder(item.document.kind, language) + u'/';
        const Document& document = item.document;
        const QString safeName
            = SafeFileName::component(document.fileName.isEmpty() ? document.title : document.fileName);
        const qsizetype room = kMaxEntryLength - directory.size();
        QString name = directory + fittedName(safeName, 1, true, room);
        for (int n = 2; usedNames.contains(identity(name)); ++n) // two files of one name: keep both
            name = directory + fittedName(safeName, n, true, room);
        usedNames.insert(identity(name));
        names.append(name);
    }
    return names;
}

} // namespace mycloud
