#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

// Real PDFs for the viewer's tests, written with QPdfWriter in points (72 dpi): A3 landscape pages,
// each with "Page n" at the top, a black bar whose place tells the pages apart, and the words
// `mark` halfway down on the pages listed in `marked` (0-based).
class TestPdfs final
{
public:
    static constexpr QSizeF kPageSize{1190.55, 841.89}; // A3 landscape, in points

    static bool write(const QString& path, int pages, const QList<int>& marked, const QString& mark);
    // Where the bar of `page` is, in points from the top left of the page.
    static QRectF barRect(int page);
    // A copy of the first `bytes` bytes of `source`.
    static bool truncate(const QString& source, const QString& target, qint64 bytes);
};
