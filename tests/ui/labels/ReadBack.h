#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

// Label PDFs read back the hard way, with the tools a user would trust rather than the library that
// wrote them: poppler's pdfinfo, pdftoppm and pdfimages, and zbar's zbarimg. Each function returns
// an empty value and sets `error` when a tool is missing or fails.
class ReadBack final
{
public:
    // Runs `program` to its end: what it printed on its standard output.
    static QByteArray run(const QString& program, const QStringList& arguments, QString* error,
                          const QList<int>& successCodes = {0});

    static QList<QSizeF> pageSizes(const QString& pdf, QString* error); // in points, page after page
    static int imageCount(const QString& pdf, QString* error); // bitmaps in the PDF (pdfimages -list)
    // Every page as a PNG at `dpi` in `folder`: the files, page after page.
    static QStringList renderPages(const QString& pdf, const QString& folder, int dpi, QString* error);
    // The texts of the codes zbarimg finds in each image (no entry: none found).
    static QHash<QString, QStringList> decode(const QStringList& images, QString* error);
};
