#pragma once

#include "pdf/PdfPageLayout.h"

#include <QList>
#include <QPdfLink>
#include <QPdfView>

namespace mycloud {

// QPdfView with what Qt 6.4 lacks: it frames the current search hit (QPdfView::setSearchModel
// only arrives in 6.6), scrolls to a hit's rectangle rather than to the top of its page, and zooms
// around the middle of the viewport instead of jumping elsewhere in the document.
class PdfView final : public QPdfView
{
    Q_OBJECT

public:
    explicit PdfView(QWidget* parent = nullptr);

    // Shows `document` from its first page, fitted to the width. The page sizes are read once when
    // the document loads: painting and zooming then never wait on pdfium's global lock, which a page
    // being rendered on QPdfView's worker thread holds.
    void open(QPdfDocument* document, const QList<QSizeF>& pagePointSizes);
    PdfPageLayout pageLayout() const;
    const QList<QSizeF>& pagePointSizes() const { return m_pagePointSizes; }

    // To the top of `page`, even when it is already the current one.
    void goToPage(int page);

    // The factor in use, also when a fit mode chose it (for the current page).
    qreal effectiveZoom() const;
    // Keeps the middle of the view in place, except that fitting a page shows the current one whole.
    void zoomTo(QPdfView::ZoomMode mode, qreal factor = 1.0);

    // Frames `hit` and scrolls it into view; an invalid link removes the frame.
    void showHit(const QPdfLink& hit);
    // The framed rectangles in viewport coordinates, as painted.
    QList<QRect> hitRects() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QPoint scrollPosition() const;
    // The point of the document where QPdfView looks for the current page (40 % down the viewport).
    QPoint anchor() const;

    qreal m_screenResolution;
    QList<QSizeF> m_pagePointSizes;
    QPdfLink m_hit;
};

} // namespace mycloud
