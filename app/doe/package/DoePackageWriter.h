#pragma once

#include "domain/Affair.h"
#include "domain/Document.h"
#include "domain/Product.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace mycloud {

// One document of a DOE package and where its verified content is on disk.
struct DoePackageItem final
{
    Product product;
    Document document;
    QString sourcePath;
};

// What changed in an affair's package since its previous export, for the package's index.
struct DoePackageChanges final
{
    QDateTime previousExport; // when the previous package was made
    QList<DoePackageItem> added; // not in the previous package
    QList<DoePackageItem> revised; // a newer revision of a document the previous package held
    QList<Document> removed; // in the previous package, not in this one
    bool isEmpty() const { return added.isEmpty() && revised.isEmpty() && removed.isEmpty(); }
};

// Writes the zip of a DOE (« dossier des ouvrages exécutés »), shared by the server (which builds
// the packages it serves) and the desktop client (which builds them from its file cache).
// Layout: "<product reference> - <product name>/<kind folder>/<file name>" per document, every
// component made safe by SafeFileName and unique case-insensitively ("plan (2).pdf"); at the root
// index.html (self-contained, opens offline in any browser) and manifest.csv (UTF-8 with a BOM,
// ';', the French header whatever the language: maintenance systems import it). Documents are
// stored, not recompressed (PDFs and JPEGs do not shrink), streamed in 1 MiB chunks; zip64 and
// UTF-8 names. QtCore only: its French and English labels are its own, not tr().
class DoePackageWriter final
{
public:
    enum class Language { French, English };
    struct Info
    {
        Affair affair;
        QDateTime createdAt;
        Language language = Language::French;
        std::optional<DoePackageChanges> changes; // nullopt: first export, or not known (server)
    };
    // Called after each chunk of at most 1 MiB, with the bytes of documents written so far and the
    // sum of the items' document.size; answering false cancels the package.
    using Progress = std::function<bool(qint64 written, qint64 total)>;
    // The error write() returns when cancelled.
    static inline const QString kCancelled = QStringLiteral("cancelled");

    // Writes the package at `zipPath` (created or replaced). Returns the error in English for logs,
    // or nullopt; kCancelled when `progress` answered false. On error or cancel the file at zipPath
    // is removed. Each source must hold document.size bytes (its sha256 is trusted, not recomputed:
    // the caller's store verified it). Blocking: call it off the UI thread.
    static std::optional<QString> write(const QString& zipPath, const Info& info,
                                        const QList<DoePackageItem>& items, const Progress& progress = {});
    // The path inside the zip each item gets, in `items` order, unique case- and
    // normalisation-insensitively; items of one product.id share its folder.
    static QStringList entryNames(const QList<DoePackageItem>& items, Language language);
};

} // namespace mycloud
