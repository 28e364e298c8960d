// PdfPrintJob prints to a real QPrinter (PDF output, read back with QPdfDocument), page by page in
// bands on a worker thread, and stops when cancelled.
#include "TestPdfs.h"
#include "pdf/PdfPrintJob.h"

#include <QFutureWatcher>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

constexpr int kPages = 5;

// A rendering (transparent where nothing is drawn) as grey levels on white paper.
QImage onPaper(const QImage& rendered)
{
    QImage image(rendered.size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.drawImage(0, 0, rendered);
    painter.end();
    return image.convertToFormat(QImage::Format_Grayscale8);
}

QImage grey(QPdfDocument& document, int page, QSize size)
{
    return onPaper(document.render(page, size));
}

// Mean absolute difference of two grey images of the same size, 0..255.
double difference(const QImage& a, const QImage& b)
{
    double total = 0;
    for (int y = 0; y < a.height(); ++y) {
        const uchar* lineA = a.constScanLine(y);
        const uchar* lineB = b.constScanLine(y);
        for (int x = 0; x < a.width(); ++x)
            total += std::abs(int(lineA[x]) - int(lineB[x]));
    }
    return total / (a.width() * a.height());
}

std::shared_ptr<QPrinter> pdfPrinter(const QString& path, int dpi)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(path);
    printer->setResolution(dpi);
    printer->setPageSize(QPageSize(QPageSize::A3));
    printer->setPageOrientation(QPageLayout::Landscape);
    printer->setFullPage(true);
    printer->setPageMargins(QMarginsF(0, 0, 0, 0));
    return printer;
}

} // namespace

class TestPdfPrintJob final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"source.pdf"_s);
        QVERIFY(TestPdfs::write(path, kPages, {1, 3}, u"Bornier X12"_s));
        m_document = std::make_shared<QPdfDocument>();
        QCOMPARE(m_document->load(path), QPdfDocument::Error::None);
    }

    void bandsMeetWithoutSeams_data()
    {
        QTest::addColumn<int>("bandHeight");
        QTest::newRow("one band") << 10000;
        QTest::newRow("bands of 97 rows") << 97;
        QTest::newRow("bands of 1 row") << 1;
    }

    void bandsMeetWithoutSeams()
    {
        QFETCH(int, bandHeight);
        const int page = 1;
        const QSize size(1191, 842);
        QImage whole(size, QImage::Format_ARGB32);
        whole.fill(Qt::transparent);
        QPainter painter(&whole);
        for (int y = 0; y < size.height(); y += bandHeight) {
            const QRect band(0, y, size.width(), std::min(bandHeight, size.height() - y));
            const QImage image = PdfPrintJob::renderBand(*m_document, page, size, band);
            QCOMPARE(image.size(), band.size());
            painter.drawImage(band.topLeft(), image);
        }
        painter.end();

        const QImage stitched = onPaper(whole);
        const QImage reference = grey(*m_document, page, size);
        QVERIFY2(difference(stitched, reference) < 0.05,
                 qPrintable(QString::number(difference(stitched, reference))));
        // The bar lands on the same pixels as in the whole-page rendering.
        const QRect bar
            = QRectF(TestPdfs::barRect(page).topLeft() * (size.width() / TestPdfs::kPageSize.width()),
                     TestPdfs::barRect(page).size() * (size.width() / TestPdfs::kPageSize.width()))
                  .toRect();
        QCOMPARE(stitched.pixelColor(bar.center()), QColor(Qt::black));
        QCOMPARE(stitched.pixelColor(bar.bottomRight() + QPoint(4, 4)), QColor(Qt::white));
    }

    void printsThePagesInOrder_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<qint64>("bandBytes");
        QTest::newRow("all pages, whole") << 0 << kPages - 1 << PdfPrintJob::kBandBytes;
        QTest::newRow("all pages, in bands") << 0 << kPages - 1 << qint64(256 * 1024);
        QTest::newRow("pages 2 to 3") << 1 << 2 << PdfPrintJob::kBandBytes;
    }

    void printsThePagesInOrder()
    {
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(qint64, bandBytes);
        const QString output = m_dir.filePath(u"printed-%1-%2-%3.pdf"_s.arg(first).arg(last).arg(bandBytes));
        QFutureWatcher<std::optional<QString>> watcher;
        QSignalSpy progress(&watcher, &QFutureWatcherBase::progressValueChanged);
        watcher.setFuture(PdfPrintJob::start(m_document, pdfPrinter(output, 100), first, last, bandBytes));
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        QVERIFY(finished.wait(60000));
        QVERIFY(!watcher.future().isCanceled());
        QCOMPARE(watcher.future().result(), std::nullopt);
        QCOMPARE(watcher.future().progressValue(), last - first + 1);
        QVERIFY(!progress.isEmpty());

        QPdfDocument printed;
        QCOMPARE(printed.load(output), QPdfDocument::Error::None);
        QCOMPARE(printed.pageCount(), last - first + 1);
        const QSize small(297, 210);
        for (int page = 0; page < printed.pageCount(); ++page) {
            const QImage image = grey(printed, page, small);
            // Each printed page looks like its source page, and more than like any other page.
            int closest = -1;
            double best = 1e9;
            for (int source = 0; source < kPages; ++source) {
                const double d = difference(image, grey(*m_document, source, small));
                if (d < best) {
                    best = d;
                    closest = source;
                }
            }
            QCOMPARE(closest, first + page);
            QVERIFY2(best < 2.0, qPrintable(QString::number(best)));
        }
    }

    void stopsWhenCancelled()
    {
        const QString output = m_dir.filePath(u"cancelled.pdf"_s);
        QFutureWatcher<std::optional<QString>> watcher;
        // At 600 dpi an A3 page is about 35 bands: the job is still on page 2 when it learns.
        connect(&watcher, &QFutureWatcherBase::progressValueChanged, &watcher, [&watcher](int value) {
            if (value >= 1)
                watcher.cancel();
        });
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(PdfPrintJob::start(m_document, pdfPrinter(output, 600), 0, kPages - 1));
        QVERIFY(finished.wait(120000));
        QVERIFY(watcher.future().isCanceled());
        QVERIFY(watcher.future().progressValue() < kPages);
        QCOMPARE(watcher.future().resultCount(), 0);
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<QPdfDocument> m_document;
};

QTEST_MAIN(TestPdfPrintJob)
#include "tst_pdfprintjob.moc"
