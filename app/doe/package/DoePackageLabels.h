#pragma once

#include "DoePackageWriter.h"

#include <QDateTime>
#include <QString>

namespace mycloud {

// The French and English wording of a DOE package and how it shows dates and sizes. Its own, not
// tr(): the package is QtCore only and its language is the one asked for, not the UI's.
class DoePackageLabels final
{
public:
    using Language = DoePackageWriter::Language;

    DoePackageLabels() = delete;

    static QString text(Language language, const char* french, const char* english);
    // The folder of a kind inside a product's folder, and its name in the index.
    static QString kindFolder(DocumentKind kind, Language language);
    static QString kindLabel(DocumentKind kind, Language language);
    // "—" when `when` is not valid.
    static QString formattedDate(const QDateTime& when, Language language);
    static QString formattedSize(qint64 bytes, Language language);
    // "<reference> — <name>", or whichever of the two is not empty.
    static QString productHeading(const Product& product);
};

} // namespace mycloud
