// PdfPageLayout repeats QPdfView's private page layout: checked against what a stock QPdfView of
// Qt 6.4 actually paints and scrolls, for each zoom mode.
#include "TestPdfs.h"
#include "pdf/PdfPageLayout.h"

#include <QGuiApplication>
#include <QImage>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QScreen>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

// The viewport's background, so that anything else is a page.
const QColor kBackground(0, 0, 255);

qreal screenResolution()
{
    return QGuiApplication::primaryScreen()->logicalDotsPerInch() / 72.0;
}

bool isBackground(const QImage& image, QPoint point)
{
    return image.pixelColor(point) == kBackground;
}

} // namespace

class TestPdfPageLayout final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"pages.pdf"_s);
        QVERIFY(TestPdfs::write(m_path, 5, {}, QString()));
        QCOMPARE(m_document.load(m_path), QPdfDocument::Error::None);
        for (int page = 0; page < m_document.pageCount(); ++page)
            m_sizes.append(m_document.pagePointSize(page));
    }

    void matchesQPdfView_data()
    {
        QTest::addColumn<QPdfView::ZoomMode>("mode");
        QTest::addColumn<qreal>("factor");
        QTest::addColumn<QPoint>("scroll");
        QTest::newRow("fit width, top") << QPdfView::ZoomMode::FitToWidth << 1.0 << QPoint(0, 0);
        QTest::newRow("fit width, scrolled") << QPdfView::ZoomMode::FitToWidth << 1.0 << QPoint(0, 1234);
        QTest::newRow("fit page") << QPdfView::ZoomMode::FitInView << 1.0 << QPoint(0, 700);
        QTest::newRow("custom 0.33") << QPdfView::ZoomMode::Custom << 0.33 << QPoint(0, 0);
        // Scrolled to the right edge, across the gap between pages 1 and 2.
        QTest::newRow("custom 1.37, wider than the view")
            << QPdfView::ZoomMode::Custom << 1.37 << QPoint(5000, 1300);
    }

    void matchesQPdfView()
    {
        QFETCH(QPdfView::ZoomMode, mode);
        QFETCH(qreal, factor);
        QFETCH(QPoint, scroll);

        QPdfView view;
        QVERIFY(show(view, mode, factor));
        view.horizontalScrollBar()->setValue(scroll.x());
        view.verticalScrollBar()->setValue(scroll.y());

        const PdfPageLayout layout = PdfPageLayout::of(view, m_sizes, screenResolution());

        // QPdfView sets its scroll ranges from its own document size.
        const QSize document = layout.documentSize();
        QCOMPARE(view.verticalScrollBar()->maximum(), document.height() - view.viewport()->height());
        QCOMPARE(view.horizontalScrollBar()->maximum(),
                 std::max(0, document.width() - view.viewport()->width()));

        // Every page edge visible in the viewport is where the layout says, to the pixel.
        const QPoint offset(view.horizontalScrollBar()->value(), view.verticalScrollBar()->value());
        const QImage image = view.viewport()->grab().toImage();
        const QRect visible(QPoint(0, 0), image.size());
        int edges = 0;
        for (int page = 0; page < m_sizes.size(); ++page) {
            const QRect rect = layout.pageRect(page).translated(-offset);
            QVERIFY(!rect.isEmpty());
            const QList<std::pair<QPoint, QPoint>> corners{
                {rect.topLeft(), rect.topLeft() - QPoint(1, 1)},
                {rect.bottomRight(), rect.bottomRight() + QPoint(1, 1)},
                {rect.topRight(), rect.topRight() + QPoint(1, -1)},
                {rect.bottomLeft(), rect.bottomLeft() + QPoint(-1, 1)},
            };
            for (const auto& [inside, outside] : corners) {
                if (!visible.contains(inside) || !visible.contains(outside))
                    continue;
                QVERIFY2(!isBackground(image, inside),
                         qPrintable(u"page %1 at %2,%3"_s.arg(page).arg(inside.x()).arg(inside.y())));
                QVERIFY2(isBackground(image, outside),
                         qPrintable(u"page %1 at %2,%3"_s.arg(page).arg(outside.x()).arg(outside.y())));
                ++edges;
            }
        }
        QVERIFY(edges >= 2);
    }

    void mapsPointsOntoThePageImage()
    {
        QPdfView view;
        QVERIFY(show(view, QPdfView::ZoomMode::FitToWidth, 1.0));

        const PdfPageLayout layout = PdfPageLayout::of(view, m_sizes, screenResolution());

        // The black bar drawn at a known place on page 1, once QPdfView's worker has rendered it.
        const QRect bar = layout.mapFromPage(0, TestPdfs::barRect(0)).toRect();
        QVERIFY(QRect(QPoint(0, 0), view.viewport()->size()).contains(bar));
        const auto colourAt
            = [&view](QPoint point) { return view.viewport()->grab().toImage().pixelColor(point); };
        QTRY_COMPARE_WITH_TIMEOUT(colourAt(bar.center()), QColor(Qt::black), 10000);
        QCOMPARE(colourAt(bar.topLeft() + QPoint(2, 2)), QColor(Qt::black));
        QCOMPARE(colourAt(bar.bottomRight() - QPoint(2, 2)), QColor(Qt::black));
        QCOMPARE(colourAt(bar.topLeft() - QPoint(3, 3)), QColor(Qt::white));
        QCOMPARE(colourAt(bar.bottomRight() + QPoint(3, 3)), QColor(Qt::white));
        QCOMPARE(layout.pageAt(bar.center().y()), 0);
        QCOMPARE(layout.pageAt(layout.pageRect(3).center().y()), 3);
        QCOMPARE(layout.pageAt(layout.documentSize().height() + 50), 4);
    }

private:
    // A stock QPdfView on the test document, pages over a blue background.
    bool show(QPdfView& view, QPdfView::ZoomMode mode, qreal factor)
    {
        QPalette palette = view.palette();
        palette.setColor(QPalette::Dark, kBackground);
        view.setPalette(palette);
        view.setPageMode(QPdfView::PageMode::MultiPage);
        view.setZoomMode(mode);
        view.setZoomFactor(factor);
        view.setDocument(&m_document);
        view.resize(900, 640);
        view.show();
        return QTest::qWaitForWindowExposed(&view);
    }

    QTemporaryDir m_dir;
    QString m_path;
    QPdfDocument m_document;
    QList<QSizeF> m_sizes;
};

QTEST_MAIN(TestPdfPageLayout)
#include "tst_pdfpagelayout.moc"
