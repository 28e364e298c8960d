#include "PdfView.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPdfPageNavigator>
#include <QScreen>
#include <QScrollBar>

#include <algorithm>

namespace mycloud {

namespace {

// QPdfView 6.4 calls "current" the page under a line 40 % down the viewport.
constexpr qreal kCurrentPageLine = 0.4;
// Pages are always white, whatever the theme, so the highlight does not follow the palette.
const QColor kHitFill(255, 190, 0, 110);
const QColor kHitFrame(230, 110, 0);
constexpr int kHitFrameMargin = 2;

} // namespace

PdfView::PdfView(QWidget* parent)
    : QPdfView(parent)
    // As QPdfViewPrivate computes it once, in its constructor.
    , m_screenResolution(QGuiApplication::primaryScreen()->logicalDotsPerInch() / 72.0)
{ }

void PdfView::open(QPdfDocument* document, const QList<QSizeF>& pagePointSizes)
{
    m_pagePointSizes = pagePointSizes;
    m_hit = {};
    setZoomMode(ZoomMode::FitToWidth);
    setDocument(document);
    pageNavigator()->clear();
    horizontalScrollBar()->setValue(0);
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

void PdfView::goToPage(int page)
{
    if (page < 0 || page >= m_pagePointSizes.size())
        return;
    pageNavigator()->jump(page, {}, pageNavigator()->currentZoom());
    verticalScrollBar()->setValue(pageLayout().pageRect(page).y());
}

PdfPageLayout PdfView::pageLayout() const
{
    return PdfPageLayout::of(*this, m_pagePointSizes, m_screenResolution);
}

qreal PdfView::effectiveZoom() const
{
    const int page = pageNavigator()->currentPage();
    if (zoomMode() == ZoomMode::Custom || page < 0 || page >= m_pagePointSizes.size())
        return zoomFactor();
    return pageLayout().pageRect(page).width() / (m_pagePointSizes.at(page).width() * m_screenResolution);
}

void PdfView::zoomTo(QPdfView::ZoomMode mode, qreal factor)
{
    // Keep the point under the current-page line where it is, in page-relative terms.
    const PdfPageLayout before = pageLayout();
    const QPoint anchorPoint = anchor();
    const int page = before.pageAt(anchorPoint.y());
    const QRect oldRect = before.pageRect(page);

    setZoomMode(mode);
    if (mode == ZoomMode::Custom)
        setZoomFactor(factor);
    if (oldRect.isEmpty())
        return;

    const QRect newRect = pageLayout().pageRect(page);
    if (mode == ZoomMode::FitInView) {
        // The point of fitting the page is to see all of it.
        verticalScrollBar()->setValue(newRect.y());
        return;
    }
    const qreal fx = qreal(anchorPoint.x() - oldRect.x()) / oldRect.width();
    const qreal fy = qreal(anchorPoint.y() - oldRect.y()) / oldRect.height();
    const QPoint offset = anchorPoint - scrollPosition();
    horizontalScrollBar()->setValue(qRound(newRect.x() + fx * newRect.width()) - offset.x());
    verticalScrollBar()->setValue(qRound(newRect.y() + fy * newRect.height()) - offset.y());
}

void PdfView::showHit(const QPdfLink& hit)
{
    m_hit = hit;
    viewport()->update();
    if (!hit.isValid())
        return;

    // QPdfView 6.4 answers a jump by scrolling to the top of the page only.
    pageNavigator()->jump(hit);
    QRectF target;
    for (const QRectF& rect : hit.rectangles())
        target |= pageLayout().mapFromPage(hit.page(), rect);
    if (target.isEmpty())
        return;
    // On the current-page line, so that QPdfView reports the hit's page as the current one.
    horizontalScrollBar()->setValue(qRound(target.center().x() - viewport()->width() / 2.0));
    verticalScrollBar()->setValue(qRound(target.center().y() - viewport()->height() * kCurrentPageLine));
}

QList<QRect> PdfView::hitRects() const
{
    // pdfium gives a rectangle per run of glyphs, often per glyph: frame each line of the hit once.
    QList<QRectF> lines;
    for (const QRectF& rect : m_hit.rectangles()) {
        const auto sameLine = std::find_if(lines.begin(), lines.end(), [&rect](const QRectF& line) {
            const qreal overlap = std::min(line.bottom(), rect.bottom()) - std::max(line.top(), rect.top());
            return overlap > std::min(line.height(), rect.height()) / 2;
        });
        if (sameLine == lines.end())
            lines.append(rect);
        else
            *sameLine |= rect;
    }
    QList<QRect> rects;
    const PdfPageLayout layout = pageLayout();
    const QPoint scroll = scrollPosition();
    for (const QRectF& line : std::as_const(lines)) {
        const QRect mapped = layout.mapFromPage(m_hit.page(), line).toAlignedRect();
        if (!mapped.isEmpty())
            rects.append(mapped.adjusted(-kHitFrameMargin, -kHitFrameMargin, kHitFrameMargin, kHitFrameMargin)
                             .translated(-scroll));
    }
    return rects;
}

void PdfView::paintEvent(QPaintEvent* event)
{
    QPdfView::paintEvent(event);
    const QList<QRect> rects = hitRects();
    if (rects.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(QPen(kHitFrame, 2));
    painter.setBrush(kHitFill);
    for (const QRect& rect : rects)
        painter.drawRect(rect.adjusted(1, 1, -1, -1)); // the 2 px pen straddles the outline: stay inside
}

QPoint PdfView::scrollPosition() const
{
    return {horizontalScrollBar()->value(), verticalScrollBar()->value()};
}

QPoint PdfView::anchor() const
{
    return scrollPosition()
        + QPoint(viewport()->width() / 2, qRound(viewport()->height() * kCurrentPageLine));
}

} // namespace mycloud
