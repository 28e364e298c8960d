#include "LabelSheet.h"

#include <QFontMetricsF>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPrinter>
#include <QTextLayout>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <algorithm>
#include <exception>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

constexpr qreal kMmPerInch = 25.4;
constexpr int kQuietZone = 4; // modules of white around the code, as ISO/IEC 18004 asks
constexpr int kEccLevelM = 4; // ZXing's 0–8 scale: 3–4 is M (15 %), 5–6 Q, 7–8 H

struct Format
{
    QSizeF page;
    int columns;
    int rows;
    QSizeF label;
    QPointF origin; // of the first label
    qreal padding; // inside each label: printers cannot print up to the paper's edge
    qreal code; // side of the code, quiet zone included
    qreal gap; // between the code and the text
    qreal fontScale;
};

const Format& formatOf(LabelSheet::Layout layout)
{
    // 3 × 70 mm fill the width of A4; 8 × 37 mm leave half a millimetre above and below.
    static const Format grid{{210, 297}, 3, 8, {70, 37}, {0, 0.5}, 4, 29, 2, 1.0};
    static const Format single{{100, 60}, 1, 1, {100, 60}, {0, 0}, 5, 44, 3, 1.4};
    return layout == LabelSheet::Layout::A4Grid ? grid : single;
}

QRectF toDevice(const QRectF& mm, qreal dotsPerMm)
{
    return {mm.topLeft() * dotsPerMm, mm.size() * dotsPerMm};
}

// The code as one path of unit squares, one a module, in a square of `modules` units that
// includes the quiet zone: drawn scaled, it stays vector.
struct Symbol
{
    QPainterPath path;
    int modules = 0;
};

std::optional<Symbol> encode(const QUrl& url)
{
    try {
        // Width and height 0: one unit a module, plus the margin.
        const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                            .setEccLevel(kEccLevelM)
                                            .setMargin(kQuietZone)
                                            .encode(url.toString(QUrl::FullyEncoded).toStdString(), 0, 0);
        Symbol symbol;
        symbol.modules = matrix.width();
        // Runs of dark modules rather than single squares: fewer shapes, and no hairline seams
        // between neighbours in PDF viewers that anti-alias each shape on its own.
        for (int y = 0; y < matrix.height(); ++y) {
            for (int x = 0; x < matrix.width();) {
                int end = x;
                while (end < matrix.width() && matrix.get(end, y))
                    ++end;
                if (end > x)
                    symbol.path.addRect(x, y, end - x, 1);
                x = end + 1;
            }
        }
        symbol.path.setFillRule(Qt::WindingFill);
        return symbol;
    } catch (const std::exception&) { // ZXing throws on contents no code can hold
        return std::nullopt;
    }
}

QFont fontOf(qreal points, bool bold)
{
    QFont font;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// Draws `text` from the top of `area` in at most `maxLines` lines, as many as fit its height,
// the last one elided: the height taken.
qreal drawWrapped(QPainter& painter, const QRectF& area, const QString& text, const QFont& font, int maxLines)
{
    const QFontMetricsF metrics(font, painter.device());
    // (The small excess absorbs rounding, for an area made to hold whole lines.)
    const int lineCount = std::min(maxLines, int(area.height() / metrics.lineSpacing() + 1e-6));
    if (text.isEmpty() || lineCount < 1)
        return 0;
    QTextLayout layout(text, font, painter.device());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    while (lines.size() < lineCount) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(area.width());
        const bool last = lines.size() == lineCount - 1;
        lines.append(text.mid(line.textStart(), last ? -1 : line.textLength()).trimmed());
    }
    layout.endLayout();

    painter.setFont(font);
    qreal y = area.top();
    for (const QString& line : lines) {
        // Eliding every line also cuts a word too long for any line.
        painter.drawText(QRectF(area.left(), y, area.width(), metrics.lineSpacing()),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                         metrics.elidedText(line, Qt::ElideRight, area.width()));
        y += metrics.lineSpacing();
    }
    return y - area.top();
}

} // namespace

LabelSheet::LabelSheet(const QUrl& server, Labels labels, Layout layout)
    : m_server(server)
    , m_labels(std::move(labels))
    , m_layout(layout)
{ }

QUrl LabelSheet::labelUrl(const QUrl& server, const Product& product)
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(server.host());
    url.setPort(server.port() == 443 ? -1 : server.port()); // the shorter the URL, the larger its modules
    url.setPath(u"/q/"_s + product.qrToken);
    return url;
}

int LabelSheet::labelsPerPage() const
{
    const Format& format = formatOf(m_layout);
    return format.columns * format.rows;
}

int LabelSheet::pageCount() const
{
    return int((m_labels.size() + labelsPerPage() - 1) / labelsPerPage());
}

QPageLayout LabelSheet::pageLayout() const
{
    const QPageSize size = m_layout == Layout::A4Grid
        ? QPageSize(QPageSize::A4)
        : QPageSize(formatOf(m_layout).page, QPageSize::Millimeter, tr("Label 100 × 60 mm"),
                    QPageSize::ExactMatch);
    QPageLayout layout(size, QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter);
    // The labels carry their own margins; a full page keeps the printer's minimum margins from
    // moving them off the sticker sheet.
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

int LabelSheet::pageOf(int label) const
{
    return label / labelsPerPage();
}

QRectF LabelSheet::labelRect(int label) const
{
    const Format& format = formatOf(m_layout);
    const int cell = label % labelsPerPage();
    const QPointF offset((cell % format.columns) * format.label.width(),
                         (cell / format.columns) * format.label.height());
    return {format.origin + offset, format.label};
}

QRectF LabelSheet::codeRect(int label) const
{
    const Format& format = formatOf(m_layout);
    const QRectF cell = labelRect(label);
    return {cell.left() + format.padding, cell.center().y() - format.code / 2, format.code, format.code};
}

QRectF LabelSheet::textRect(int label) const
{
    const Format& format = formatOf(m_layout);
    const QRectF content
        = labelRect(label).adjusted(format.padding, format.padding, -format.padding, -format.padding);
    const qreal left = content.left() + format.code + format.gap;
    return {left, content.top(), content.right() - left, content.height()};
}

Result<int, QString> LabelSheet::render(QPagedPaintDevice& device, const Progress& progress,
                                        const CancelCheck& cancelled) const
{
    if (m_labels.isEmpty())
        return tr("There are no labels to print.");
    if (!device.setPageLayout(pageLayout()))
        return tr("The printer does not take pages of %1.").arg(pageLayout().pageSize().name());
    QPainter painter;
    if (!painter.begin(&device))
        return tr("The labels could not be started: the printer or the file refused them.");
    const qreal dotsPerMm = device.logicalDpiX() / kMmPerInch;
    for (int page = 0; page < pageCount(); ++page) {
        if (cancelled && cancelled()) {
            if (auto* printer = dynamic_cast<QPrinter*>(&device))
                printer->abort();
            painter.end();
            return page;
        }
        if (page > 0 && !device.newPage()) {
            painter.end();
            return tr("The printer refused page %1.").arg(page + 1);
        }
        if (std::optional<QString> error = paintPage(painter, page, dotsPerMm)) {
            painter.end();
            return *error;
        }
        if (progress)
            progress(page + 1);
    }
    if (!painter.end())
        return tr("The labels could not be finished.");
    return pageCount();
}

Result<QImage, QString> LabelSheet::pageImage(int page, qreal dpi) const
{
    const qreal dotsPerMm = dpi / kMmPerInch;
    QImage image((pageLayout().fullRect(QPageLayout::Millimeter).size() * dotsPerMm).toSize(),
                 QImage::Format_RGB32);
    if (image.isNull())
        return tr("The page is too large to show.");
    // Point sizes follow the image's resolution, as they follow a printer's.
    image.setDotsPerMeterX(qRound(dpi * 1000 / kMmPerInch));
    image.setDotsPerMeterY(image.dotsPerMeterX());
    image.fill(Qt::white);
    QPainter painter(&image);
    std::optional<QString> error = paintPage(painter, page, dotsPerMm);
    painter.end();
    if (error)
        return *error;
    return image;
}

std::optional<QString> LabelSheet::paintPage(QPainter& painter, int page, qreal dotsPerMm) const
{
    const int first = page * labelsPerPage();
    const int end = std::min(int(m_labels.size()), first + labelsPerPage());
    for (int label = first; label < end; ++label)
        if (std::optional<QString> error = paintLabel(painter, label, dotsPerMm))
            return error;
    return std::nullopt;
}

std::optional<QString> LabelSheet::paintLabel(QPainter& painter, int label, qreal dotsPerMm) const
{
    const Product& product = m_labels.at(label).first;
    const std::optional<Symbol> symbol = encode(labelUrl(m_server, product));
    if (!symbol)
        return tr("No QR code could be made for the product %1.").arg(product.reference);
    const QRectF code = toDevice(codeRect(label), dotsPerMm);
    painter.save();
    painter.translate(code.topLeft());
    painter.scale(code.width() / symbol->modules, code.height() / symbol->modules);
    painter.fillPath(symbol->path, Qt::black);
    painter.restore();
    paintText(painter, label, dotsPerMm);
    return std::nullopt;
}

void LabelSheet::paintText(QPainter& painter, int label, qreal dotsPerMm) const
{
    const auto& [product, affair] = m_labels.at(label);
    const qreal scale = formatOf(m_layout).fontScale;
    const QRectF area = toDevice(textRect(label), dotsPerMm);
    painter.setPen(Qt::black);

    // The mark and the caption sit at the bottom; the product and its affair take what is left.
    const QFont mark = fontOf(9 * scale, true);
    const QFont caption = fontOf(5 * scale, false);
    const qreal bottom = QFontMetricsF(mark, painter.device()).lineSpacing()
        + QFontMetricsF(caption, painter.device()).lineSpacing();
    QRectF free = area.adjusted(0, 0, 0, -bottom - dotsPerMm * scale);
    free.setTop(free.top() + drawWrapped(painter, free, product.name, fontOf(7.5 * scale, true), 2));
    free.setTop(free.top() + drawWrapped(painter, free, product.reference, fontOf(7 * scale, false), 1));
    free.setTop(free.top() + dotsPerMm * scale);
    free.setTop(free.top() + drawWrapped(painter, free, affair.reference, fontOf(6.5 * scale, true), 1));
    drawWrapped(painter, free, affair.name, fontOf(6.5 * scale, false), 2);

    QRectF footer(area.left(), area.bottom() - bottom, area.width(), bottom);
    footer.setTop(footer.top() + drawWrapped(painter, footer, u"B2EI"_s, mark, 1));
    painter.setPen(QColor(0x55, 0x55, 0x55));
    drawWrapped(painter, footer, tr("Scan for the product sheet"), caption, 1);
}

} // namespace mycloud
