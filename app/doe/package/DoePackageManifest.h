#pragma once

#include "DoePackageWriter.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mycloud {

// The package's manifest.csv: one row per document, UTF-8 with a BOM, ';' between fields.
class DoePackageManifest final
{
public:
    static inline const QString kFileName = QStringLiteral("manifest.csv");

    DoePackageManifest() = delete;

    // `names` are the items' entries in the zip (DoePackageWriter::entryNames), in `items` order.
    static QByteArray render(const DoePackageWriter::Info& info, const QList<DoePackageItem>& items,
                             const QStringList& names);
};

} // namespace mycloud
