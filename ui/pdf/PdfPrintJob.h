#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QImage>

#include <memory>
#include <optional>

class QPdfDocument;
class QPrinter;

namespace mycloud {

// Prints pages of a document on a worker thread, each rendered at the printer's resolution and
// scaled to fit its printable area. Pages are rendered in horizontal bands, so that an A3 page at
// 1200 dpi (19843 × 14031 px, 1.1 GB in one image) never needs more than `bandBytes` at a time.
// The future reports one progress step per page; cancelling it aborts the print run.
class PdfPrintJob final
{
    Q_DECLARE_TR_FUNCTIONS(PdfPrintJob)

public:
    static constexpr qint64 kBandBytes = 32 * 1024 * 1024;

    // Pages firstPage..lastPage (0-based, inclusive). The result is an error message, or nothing.
    static QFuture<std::optional<QString>> start(std::shared_ptr<QPdfDocument> document,
                                                 std::shared_ptr<QPrinter> printer, int firstPage,
                                                 int lastPage, qint64 bandBytes = kBandBytes);

    // The part `band` of `page` rendered at `pageSize` pixels, on a transparent background.
    static QImage renderBand(QPdfDocument& document, int page, QSize pageSize, const QRect& band);
};

} // namespace mycloud
