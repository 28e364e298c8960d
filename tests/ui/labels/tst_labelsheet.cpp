// LabelSheet on real demo products (the real server, a store synced from it), read back the hard
// way: pages rendered by poppler and every label decoded by zbar, on the page and in the grid cell
// expected; page sizes from pdfinfo; text positions from QtPdf.
#include "ModelFixture.h"
#include "ReadBack.h"
#include "labels/LabelSheet.h"

#include <QImage>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

#include <ZXing/ReadBarcode.h>
#include <algorithm>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

constexpr int kDpi = 200;
constexpr qreal kPointsPerMm = 72 / 25.4;
constexpr int kLabels = 30;

// What the A4 sticker sheet should be, written out here rather than asked of LabelSheet.
QRectF expectedCell(int label)
{
    const int cell = label % 24;
    return {(cell % 3) * 70.0, 0.5 + (cell / 3) * 37.0, 70, 37};
}

QRect toPixels(const QRectF& mm)
{
    const qreal k = kDpi / 25.4;
    return QRectF(mm.topLeft() * k, mm.size() * k).toRect();
}

QRectF toPoints(const QRectF& mm)
{
    return {mm.topLeft() * kPointsPerMm, mm.size() * kPointsPerMm};
}

} // namespace

class TestLabelSheet final : public QObject
{
    Q_OBJECT

private:
    ModelFixture m_fixture;
    QTemporaryDir m_temp;
    QUrl m_server;
    LabelSheet::Labels m_labels;

    // The sheet rendered into a new PDF called `name`: the pages rendered, or why none were.
    Result<int, QString> save(const LabelSheet& sheet, const QString& name, QList<int>* progress = nullptr,
                              const LabelSheet::CancelCheck& cancelled = {})
    {
        QPdfWriter writer(m_temp.filePath(name));
        const auto count = [progress](int pages) {
            if (progress)
                progress->append(pages);
        };
        return sheet.render(writer, count, cancelled);
    }

    QStringList urls(const LabelSheet::Labels& labels) const
    {
        QStringList urls;
        for (const auto& [product, affair] : labels)
            urls.append(LabelSheet::labelUrl(m_server, product).toString());
        return urls;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        const QString error = m_fixture.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_server = m_fixture.server().rootUrl(QString());
        for (const Affair& affair : m_fixture.store().affairs())
            for (const Product& product : m_fixture.store().products(affair.id))
                if (m_labels.size() < kLabels)
                    m_labels.append({product, affair});
        QCOMPARE(m_labels.size(), kLabels);
    }

    void labelUrl_data()
    {
        QTest::addColumn<QUrl>("server");
        QTest::addColumn<QString>("expected");
        QTest::newRow("host") << QUrl(u"https://mycloud.b2ei.fr"_s) << u"https://mycloud.b2ei.fr/q/TOKEN"_s;
        QTest::newRow("port kept") << QUrl(u"https://127.0.0.1:8443/"_s)
                                   << u"https://127.0.0.1:8443/q/TOKEN"_s;
        QTest::newRow("default port dropped")
            << QUrl(u"https://mycloud.b2ei.fr:443"_s) << u"https://mycloud.b2ei.fr/q/TOKEN"_s;
        QTest::newRow("API path dropped")
            << QUrl(u"https://mycloud.b2ei.fr/api/v1/"_s) << u"https://mycloud.b2ei.fr/q/TOKEN"_s;
        QTest::newRow("always https")
            << QUrl(u"http://mycloud.b2ei.fr"_s) << u"https://mycloud.b2ei.fr/q/TOKEN"_s;
    }

    void labelUrl()
    {
        QFETCH(QUrl, server);
        QFETCH(QString, expected);
        Product product;
        product.qrToken = u"TOKEN"_s;
        QCOMPARE(LabelSheet::labelUrl(server, product).toString(), expected);
    }

    void labelUrlIsTheServersLandingPage()
    {
        // A product open to consultation: a locked one asks for its password first.
        const auto open = std::find_if(m_labels.cbegin(), m_labels.cend(), [](const auto& label) {
            return !label.first.locked && !label.second.locked && label.first.remoteConsultation
                && label.second.remoteConsultation;
        });
        QVERIFY(open != m_labels.cend());
        const Answer page = m_fixture.server().get(LabelSheet::labelUrl(m_server, open->first).path(), {});
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains(open->first.reference.toUtf8()));
    }

    void geometry_data()
    {
        QTest::addColumn<LabelSheet::Layout>("layout");
        QTest::newRow("A4 grid") << LabelSheet::Layout::A4Grid;
        QTest::newRow("one per page") << LabelSheet::Layout::OnePerPage;
    }

    void geometry()
    {
        QFETCH(LabelSheet::Layout, layout);
        const LabelSheet sheet(m_server, m_labels, layout);
        const QRectF paper = sheet.pageLayout().fullRect(QPageLayout::Millimeter);
        for (int label = 0; label < kLabels; ++label) {
            const QRectF cell = sheet.labelRect(label);
            QVERIFY(paper.contains(cell));
            QVERIFY(cell.contains(sheet.codeRect(label)));
            QVERIFY(cell.contains(sheet.textRect(label)));
            QVERIFY(!sheet.codeRect(label).intersects(sheet.textRect(label)));
            QCOMPARE(sheet.codeRect(label).width(), sheet.codeRect(label).height());
        }
    }

    void gridReadsBack()
    {
        const LabelSheet sheet(m_server, m_labels, LabelSheet::Layout::A4Grid);
        QList<int> progress;
        const Result<int, QString> pages = save(sheet, u"grid.pdf"_s, &progress);
        QVERIFY2(pages.ok(), qPrintable(pages.ok() ? QString() : pages.error()));
        QCOMPARE(*pages, 2);
        QCOMPARE(progress, QList<int>({1, 2}));

        const QString pdf = m_temp.filePath(u"grid.pdf"_s);
        QString error;
        const QList<QSizeF> sizes = ReadBack::pageSizes(pdf, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(sizes.size(), 2);
        for (const QSizeF& size : sizes) { // A4
            QCOMPARE(qRound(size.width() / kPointsPerMm), 210);
            QCOMPARE(qRound(size.height() / kPointsPerMm), 297);
        }
        QCOMPARE(ReadBack::imageCount(pdf, &error), 0); // codes as vector squares, no bitmap
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const QStringList pageImages = ReadBack::renderPages(pdf, m_temp.filePath(u"grid"_s), kDpi, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(pageImages.size(), 2);

        // Each row of each page, cut across the whole page, holds the codes of its labels exactly
        // once (rows rather than whole pages: zbar overlooks a few of 24 codes on one page, though
        // each decodes alone and in its row); each cell holds its own label's code.
        const QStringList expected = urls(m_labels);
        QHash<QString, QStringList> wanted; // image → the codes it must hold, sorted
        for (int page = 0; page < 2; ++page) {
            const QImage image(pageImages[page]);
            for (int row = 0; row < 8; ++row) {
                const QString strip = m_temp.filePath(u"grid/row-%1-%2.png"_s.arg(page).arg(row));
                QVERIFY(image.copy(toPixels({0, 0.5 + row * 37.0, 210, 37})).save(strip));
                QStringList codes = expected.mid(page * 24 + row * 3, 3);
                codes.sort();
                wanted.insert(strip, codes);
            }
            for (int label = page * 24; label < std::min(kLabels, page * 24 + 24); ++label) {
                QCOMPARE(sheet.pageOf(label), page);
                QCOMPARE(sheet.labelRect(label), expectedCell(label));
                const QString cell = m_temp.filePath(u"grid/cell-%1.png"_s.arg(label));
                QVERIFY(image.copy(toPixels(expectedCell(label))).save(cell));
                wanted.insert(cell, {expected[label]});
            }
        }
        const QHash<QString, QStringList> found = ReadBack::decode(wanted.keys(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (auto image = wanted.cbegin(); image != wanted.cend(); ++image) {
            QStringList codes = found.value(image.key());
            codes.sort();
            QVERIFY2(codes == image.value(), qPrintable(image.key() + u": "_s + codes.join(u' ')));
        }

        // ZXing (a reader here) tells the error correction level, which zbar does not print.
        const QImage cell
            = QImage(m_temp.filePath(u"grid/cell-0.png"_s)).convertToFormat(QImage::Format_Grayscale8);
        const ZXing::Result read = ZXing::ReadBarcode({cell.constBits(), cell.width(), cell.height(),
                                                       ZXing::ImageFormat::Lum, int(cell.bytesPerLine())});
        QVERIFY(read.isValid());
        QVERIFY2(QStringList({u"M"_s, u"Q"_s, u"H"_s}).contains(QString::fromStdString(read.ecLevel())),
                 read.ecLevel().c_str());
    }

    void onePerPage()
    {
        const LabelSheet sheet(m_server, m_labels, LabelSheet::Layout::OnePerPage);
        const Result<int, QString> pages = save(sheet, u"single.pdf"_s);
        QVERIFY(pages.ok());
        QCOMPARE(*pages, kLabels);

        const QString pdf = m_temp.filePath(u"single.pdf"_s);
        QString error;
        const QList<QSizeF> sizes = ReadBack::pageSizes(pdf, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(sizes.size(), kLabels);
        for (const QSizeF& size : sizes) { // 100 × 60 mm (Qt writes whole points: 283 × 170)
            QVERIFY2(qAbs(size.width() / kPointsPerMm - 100) < 0.5,
                     qPrintable(QString::number(size.width())));
            QVERIFY2(qAbs(size.height() / kPointsPerMm - 60) < 0.5,
                     qPrintable(QString::number(size.height())));
        }
        const QStringList pageImages = ReadBack::renderPages(pdf, m_temp.filePath(u"single"_s), kDpi, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(pageImages.size(), kLabels);
        const QHash<QString, QStringList> found = ReadBack::decode(pageImages, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList expected = urls(m_labels);
        for (int page = 0; page < kLabels; ++page)
            QCOMPARE(found.value(pageImages[page]), QStringList{expected[page]});
    }

    void longTextIsElided_data() { geometry_data(); }

    void longTextIsElided()
    {
        QFETCH(LabelSheet::Layout, layout);
        LabelSheet::Labels labels = m_labels.mid(0, 3);
        labels[0].first.name
            = u"Armoire générale basse tension du bâtiment principal, "_s.repeated(6) + u"ZQX-END"_s;
        labels[0].second.name
            = u"Rénovation complète des installations électriques, "_s.repeated(6) + u"QZX-END"_s;
        labels[1].first.name = u"Armoire_sans_aucune_espace_"_s.repeated(6) + u"XZQ-END"_s;
        const LabelSheet sheet(m_server, labels, layout);
        const QString name = u"long-%1.pdf"_s.arg(int(layout));
        QVERIFY(save(sheet, name).ok());

        QPdfDocument document;
        QCOMPARE(document.load(m_temp.filePath(name)), QPdfDocument::Error::None);
        for (int label = 0; label < labels.size(); ++label) {
            const QString text = document.getAllText(sheet.pageOf(label)).text();
            if (label < 2)
                QVERIFY2(text.contains(QChar(0x2026)), qPrintable(text)); // …
            for (const QString& end : {u"ZQX-END"_s, u"QZX-END"_s, u"XZQ-END"_s})
                QVERIFY2(!text.contains(end), qPrintable(text));
            // Eliding the name kept the lines below it.
            for (const QString& line :
                 {labels[label].first.reference, labels[label].second.reference, u"B2EI"_s})
                QVERIFY2(text.contains(line), qPrintable(text));
        }
        // Every character drawn stays in its label's text box, off the code.
        const qreal tolerance = 0.5; // points
        for (int page = 0; page < sheet.pageCount(); ++page) {
            const int length = int(document.getAllText(page).text().size());
            QVERIFY(length > 0);
            for (int i = 0; i < length; ++i) {
                const QRectF box = document.getSelectionAtIndex(page, i, 1).boundingRectangle();
                if (box.isEmpty())
                    continue; // a line break pdfium adds
                bool inside = false;
                for (int label = 0; label < labels.size(); ++label) {
                    if (sheet.pageOf(label) != page)
                        continue;
                    inside = inside
                        || toPoints(sheet.textRect(label))
                               .adjusted(-tolerance, -tolerance, tolerance, tolerance)
                               .contains(box);
                    QVERIFY(!toPoints(sheet.codeRect(label)).intersects(box));
                }
                QVERIFY2(inside,
                         qPrintable(u"character %1 at %2,%3 %4×%5 points"_s.arg(i)
                                        .arg(box.x())
                                        .arg(box.y())
                                        .arg(box.width())
                                        .arg(box.height())));
            }
        }
    }

    void cancelStopsAfterCurrentPage_data()
    {
        QTest::addColumn<int>("cancelAfter");
        QTest::newRow("before the first page") << 0;
        QTest::newRow("after the first page") << 1;
        QTest::newRow("after the fourth page") << 4;
    }

    void cancelStopsAfterCurrentPage()
    {
        QFETCH(int, cancelAfter);
        const LabelSheet sheet(m_server, m_labels, LabelSheet::Layout::OnePerPage);
        QList<int> progress;
        const QString name = u"cancelled-%1.pdf"_s.arg(cancelAfter);
        const Result<int, QString> pages = save(
            sheet, name, &progress, [&progress, cancelAfter] { return progress.size() >= cancelAfter; });
        QVERIFY(pages.ok());
        QCOMPARE(*pages, cancelAfter);
        QCOMPARE(progress.size(), cancelAfter);
        if (cancelAfter == 0)
            return; // QPdfWriter still writes its one blank page
        QString error;
        QCOMPARE(ReadBack::pageSizes(m_temp.filePath(name), &error).size(), cancelAfter);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void failures()
    {
        QPdfWriter nowhere(m_temp.filePath(u"no/such/folder/labels.pdf"_s));
        const Result<int, QString> refused
            = LabelSheet(m_server, m_labels, LabelSheet::Layout::A4Grid).render(nowhere);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().isEmpty());

        QPdfWriter empty(m_temp.filePath(u"empty.pdf"_s));
        const Result<int, QString> none = LabelSheet(m_server, {}, LabelSheet::Layout::A4Grid).render(empty);
        QVERIFY(!none.ok());
    }
};

QTEST_MAIN(TestLabelSheet)
#include "tst_labelsheet.moc"
