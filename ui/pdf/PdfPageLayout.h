#pragma once

#include <QList>
#include <QMargins>
#include <QPdfView>
#include <QRect>
#include <QSizeF>

namespace mycloud {

// Where QPdfView (Qt 6.4) draws each page, in its scrolled "document" coordinates (viewport
// coordinates plus the scroll bars' values). QPdfView keeps its layout private, so this repeats
// QPdfViewPrivate::calculateDocumentLayout() of qpdfview.cpp 6.4: pages stacked top to bottom
// (only the current one in SinglePage mode), documentMargins around them, pageSpacing between them,
// each centred horizontally, 1 pt = logical DPI / 72 px × zoom, with the same integer rounding, so
// that an overlay lands on the very pixels of the page image.
class PdfPageLayout final
{
public:
    struct Input
    {
        QList<QSizeF> pagePointSizes;
        QSize viewportSize;
        QPdfView::PageMode pageMode = QPdfView::PageMode::MultiPage;
        QPdfView::ZoomMode zoomMode = QPdfView::ZoomMode::FitToWidth;
        qreal zoomFactor = 1.0;
        QMargins documentMargins;
        int pageSpacing = 0;
        int currentPage = 0;
        qreal screenResolution = 1.0; // pixels per point at zoom 1
    };

    explicit PdfPageLayout(const Input& input);
    // The layout `view` has now, for a document with these page sizes.
    static PdfPageLayout of(const QPdfView& view, const QList<QSizeF>& pagePointSizes,
                            qreal screenResolution);

    // An empty rectangle for a page that is not laid out.
    QRect pageRect(int page) const;
    // A rectangle given in points on a page (as QPdfSearchModel gives them), in document pixels.
    QRectF mapFromPage(int page, const QRectF& points) const;
    QSize documentSize() const { return m_documentSize; }
    // The page whose rectangle crosses the height y, or the nearest one; -1 without pages.
    int pageAt(int y) const;

private:
    int m_firstPage = 0;
    QList<QRect> m_pageRects;
    QList<QSizeF> m_pointSizes;
    QSize m_documentSize;
};

} // namespace mycloud
