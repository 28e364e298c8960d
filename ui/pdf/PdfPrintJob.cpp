#include "PdfPrintJob.h"

#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>
#include <QtConcurrent>

#include <algorithm>

namespace mycloud {

QFuture<std::optional<QString>> PdfPrintJob::start(std::shared_ptr<QPdfDocument> document,
                                                   std::shared_ptr<QPrinter> printer, int firstPage,
                                                   int lastPage, qint64 bandBytes)
{
    // QPainter may paint on a QPrinter outside the GUI thread; the printer and the document stay
    // alive with the job even if the viewer that started it goes away.
    return QtConcurrent::run(
        [document, printer, firstPage, lastPage, bandBytes](QPromise<std::optional<QString>>& promise) {
            promise.setProgressRange(0, lastPage - firstPage + 1);
            QPainter painter;
            if (!painter.begin(printer.get())) {
                promise.addResult(tr("The printer could not be started."));
                return;
            }
            const QSize area = printer->pageRect(QPrinter::DevicePixel).size().toSize();
            for (int page = firstPage; page <= lastPage; ++page) {
                if (page > firstPage && !printer->newPage()) {
                    painter.end();
                    promise.addResult(tr("The printer refused page %1.").arg(page + 1));
                    return;
                }
                const QSize size = document->pagePointSize(page).scaled(area, Qt::KeepAspectRatio).toSize();
                const QPoint origin((area.width() - size.width()) / 2, (area.height() - size.height()) / 2);
                const int bandHeight
                    = int(std::max<qint64>(1, bandBytes / (4 * qint64(std::max(1, size.width())))));
                for (int y = 0; y < size.height(); y += bandHeight) {
                    if (promise.isCanceled()) {
                        printer->abort();
                        painter.end();
                        return;
                    }
                    const QRect band(0, y, size.width(), std::min(bandHeight, size.height() - y));
                    const QImage image = renderBand(*document, page, size, band);
                    if (image.isNull()) {
                        painter.end();
                        promise.addResult(tr("Page %1 could not be rendered.").arg(page + 1));
                        return;
                    }
                    painter.drawImage(origin + band.topLeft(), image);
                }
                promise.setProgressValue(page - firstPage + 1);
            }
            painter.end();
            promise.addResult(std::optional<QString>());
        });
}

QImage PdfPrintJob::renderBand(QPdfDocument& document, int page, QSize pageSize, const QRect& band)
{
    QPdfDocumentRenderOptions options;
    options.setScaledSize(pageSize);
    // QPdfDocument::render (6.4) scales by (clip.right() - clip.left()) / image width, and QRect's
    // right() is left + width - 1: a clip one pixel wider and taller than the image gives exactly
    // pageSize / page size in points, so that bands meet without a seam.
    options.setScaledClipRect(band.adjusted(0, 0, 1, 1));
    return document.render(page, band.size(), options);
}

} // namespace mycloud
