#include "PdfPageLayout.h"

#include <QPdfPageNavigator>

#include <algorithm>

namespace mycloud {

PdfPageLayout::PdfPageLayout(const Input& input)
{
    const int count = int(input.pagePointSizes.size());
    const bool single = input.pageMode == QPdfView::PageMode::SinglePage;
    if (count == 0 || (single && (input.currentPage < 0 || input.currentPage >= count)))
        return;
    m_firstPage = single ? input.currentPage : 0;
    const int endPage = single ? input.currentPage + 1 : count;
    const QMargins& margins = input.documentMargins;

    // Same expressions, in the same order, as QPdfView 6.4: the rounding must match to the pixel.
    int totalWidth = 0;
    for (int page = m_firstPage; page < endPage; ++page) {
        const QSizeF points = input.pagePointSizes.at(page);
        QSize size;
        switch (input.zoomMode) {
        case QPdfView::ZoomMode::Custom:
            size = QSizeF(points * input.screenResolution * input.zoomFactor).toSize();
            break;
        case QPdfView::ZoomMode::FitToWidth: {
            size = QSizeF(points * input.screenResolution).toSize();
            const qreal factor
                = qreal(input.viewportSize.width() - margins.left() - margins.right()) / qreal(size.width());
            size *= factor;
            break;
        }
        case QPdfView::ZoomMode::FitInView: {
            const QSize available(input.viewportSize
                                  + QSize(-margins.left() - margins.right(), -input.pageSpacing));
            size = QSizeF(points * input.screenResolution).toSize();
            size = size.scaled(available, Qt::KeepAspectRatio);
            break;
        }
        }
        totalWidth = std::max(totalWidth, size.width());
        m_pageRects.append(QRect(QPoint(0, 0), size));
        m_pointSizes.append(points);
    }
    totalWidth += margins.left() + margins.right();

    int y = margins.top();
    for (QRect& rect : m_pageRects) {
        const int x = (std::max(totalWidth, input.viewportSize.width()) - rect.width()) / 2;
        rect.moveTopLeft(QPoint(x, y));
        y += rect.height() + input.pageSpacing;
    }
    y += margins.bottom();
    m_documentSize = QSize(totalWidth, y);
}

PdfPageLayout PdfPageLayout::of(const QPdfView& view, const QList<QSizeF>& pagePointSizes,
                                qreal screenResolution)
{
    Input input;
    input.pagePointSizes = pagePointSizes;
    input.viewportSize = view.viewport()->size();
    input.pageMode = view.pageMode();
    input.zoomMode = view.zoomMode();
    input.zoomFactor = view.zoomFactor();
    input.documentMargins = view.documentMargins();
    input.pageSpacing = view.pageSpacing();
    input.currentPage = view.pageNavigator()->currentPage();
    input.screenResolution = screenResolution;
    return PdfPageLayout(input);
}

QRect PdfPageLayout::pageRect(int page) const
{
    const int index = page - m_firstPage;
    return index >= 0 && index < m_pageRects.size() ? m_pageRects.at(index) : QRect();
}

QRectF PdfPageLayout::mapFromPage(int page, const QRectF& points) const
{
    const QRect rect = pageRect(page);
    if (rect.isEmpty())
        return {};
    // QPdfView stretches the rendered image over the page rectangle, so scale each axis alike.
    const QSizeF pageSize = m_pointSizes.at(page - m_firstPage);
    const qreal sx = rect.width() / pageSize.width();
    const qreal sy = rect.height() / pageSize.height();
    return QRectF(rect.x() + points.x() * sx, rect.y() + points.y() * sy, points.width() * sx,
                  points.height() * sy);
}

int PdfPageLayout::pageAt(int y) const
{
    if (m_pageRects.isEmpty())
        return -1;
    // The spacing below a page counts as that page.
    qsizetype index = 0;
    while (index + 1 < m_pageRects.size() && y >= m_pageRects.at(index + 1).top())
        ++index;
    return m_firstPage + int(index);
}

} // namespace mycloud
