#pragma once

#include "domain/Affair.h"
#include "domain/Product.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

class QPagedPaintDevice;
class QPainter;

namespace mycloud {

// Sheets of QR labels for products, on a QPrinter, a QPdfWriter or an image. Each label holds the
// product's code (its label URL, drawn as vector squares so that it stays sharp on any printer,
// with its quiet zone), its name and reference, its affair's reference and name, and the B2EI mark.
// Geometry is in millimetres from the top-left corner of the paper.
class LabelSheet final
{
    Q_DECLARE_TR_FUNCTIONS(LabelSheet)

public:
    enum class Layout {
        A4Grid, // 3 × 8 labels of 70 × 37 mm: the common A4 sticker sheet
        OnePerPage, // one label on a 100 × 60 mm page, for label printers
    };
    using Labels = QList<std::pair<Product, Affair>>;
    using Progress = std::function<void(int pagesDone)>;
    using CancelCheck = std::function<bool()>;

    LabelSheet(const QUrl& server, Labels labels, Layout layout);

    // https://<server host[:port]>/q/<qrToken>: the server's landing page for the product.
    static QUrl labelUrl(const QUrl& server, const Product& product);

    Layout layout() const { return m_layout; }
    const Labels& labels() const { return m_labels; }
    int labelsPerPage() const;
    int pageCount() const;
    QPageLayout pageLayout() const; // the paper, margins drawn inside the labels

    int pageOf(int label) const;
    QRectF labelRect(int label) const; // on its page
    QRectF codeRect(int label) const; // the code and its quiet zone
    QRectF textRect(int label) const; // where its text may go, beside the code

    // Every page, one by one, onto `device`, after giving it our page layout. `progress` follows
    // each page; `cancelled` is asked before each page, so a cancel stops after the current one (a
    // print run stopped so is aborted rather than printed in part). The pages rendered, or why not.
    Result<int, QString> render(QPagedPaintDevice& device, const Progress& progress = {},
                                const CancelCheck& cancelled = {}) const;
    // One page at `dpi` on white, e.g. for a preview.
    Result<QImage, QString> pageImage(int page, qreal dpi) const;

private:
    std::optional<QString> paintPage(QPainter& painter, int page, qreal dotsPerMm) const;
    std::optional<QString> paintLabel(QPainter& painter, int label, qreal dotsPerMm) const;
    void paintText(QPainter& painter, int label, qreal dotsPerMm) const;

    QUrl m_server;
    Labels m_labels;
    Layout m_layout;
};

} // namespace mycloud
