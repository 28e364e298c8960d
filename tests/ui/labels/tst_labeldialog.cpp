// LabelDialog on products made by hand: the preview of the first page (decoded by zbar when its
// modules are large enough), the layout choice, and saveAsPdf read back with pdfinfo.
#include "ReadBack.h"
#include "labels/LabelDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

const QUrl kServer(u"https://mycloud.example:8443"_s);

LabelSheet::Labels someLabels(int count)
{
    Affair affair;
    affair.id = QUuid::createUuid();
    affair.reference = u"AFF-2025-0094"_s;
    affair.name = u"Ligne d'embouteillage n° 3"_s;
    LabelSheet::Labels labels;
    for (int i = 0; i < count; ++i) {
        Product product;
        product.id = QUuid::createUuid();
        product.affairId = affair.id;
        product.reference = u"2025-0094-P%1"_s.arg(i + 1, 2, 10, QLatin1Char('0'));
        product.name = u"Armoire de commande – niveau %1"_s.arg(i);
        product.qrToken = u"Tok%1_abcdefghijklmnopq-"_s.arg(i, 2, 10, QLatin1Char('0'));
        labels.append({product, affair});
    }
    return labels;
}

// The preview once it shows the page asked for (a new pixmap after a layout change).
QImage previewOf(const LabelDialog& dialog, qint64 previousKey = 0)
{
    const auto* preview = dialog.findChild<QLabel*>(u"preview"_s);
    if (!QTest::qWaitFor(
            [&] { return !preview->pixmap().isNull() && preview->pixmap().cacheKey() != previousKey; },
            30000))
        return {};
    return preview->pixmap().toImage();
}

bool hasInk(const QImage& image)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 64)
                return true;
    return false;
}

} // namespace

class TestLabelDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;

private slots:
    void previewShowsTheFirstPage()
    {
        LabelDialog dialog(kServer, someLabels(5));
        dialog.show();
        const QImage sheet = previewOf(dialog);
        QVERIFY(!sheet.isNull());
        QVERIFY(hasInk(sheet));
        QVERIFY(sheet.height() > sheet.width()); // A4 portrait
        QCOMPARE(qRound(100.0 * sheet.height() / sheet.width()), qRound(100.0 * 297 / 210));
        QVERIFY(dialog.findChild<QLabel*>(u"summary"_s)->text().contains(u"on 1 page"_s));

        auto* layout = dialog.findChild<QComboBox*>(u"layout"_s);
        layout->setCurrentIndex(layout->findData(int(LabelSheet::Layout::OnePerPage)));
        QCOMPARE(dialog.sheet().layout(), LabelSheet::Layout::OnePerPage);
        const QImage label = previewOf(dialog, dialog.findChild<QLabel*>(u"preview"_s)->pixmap().cacheKey());
        QVERIFY(!label.isNull());
        QCOMPARE(qRound(100.0 * label.width() / label.height()), qRound(100.0 * 100 / 60));
        QVERIFY(dialog.findChild<QLabel*>(u"summary"_s)->text().contains(u"on 5 page"_s));

        // At screen resolution the single label's code has modules large enough to scan.
        const QString path = m_temp.filePath(u"preview.png"_s);
        QVERIFY(label.save(path));
        QString error;
        const QHash<QString, QStringList> found = ReadBack::decode({path}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(found.value(path),
                 QStringList{u"https://mycloud.example:8443/q/Tok00_abcdefghijklmnopq-"_s});
    }

    void saveAsPdf_data()
    {
        QTest::addColumn<LabelSheet::Layout>("layout");
        QTest::addColumn<int>("pages");
        QTest::newRow("A4 grid") << LabelSheet::Layout::A4Grid << 2;
        QTest::newRow("one per page") << LabelSheet::Layout::OnePerPage << 25;
    }

    void saveAsPdf()
    {
        QFETCH(LabelSheet::Layout, layout);
        QFETCH(int, pages);
        LabelDialog dialog(kServer, someLabels(25));
        auto* choice = dialog.findChild<QComboBox*>(u"layout"_s);
        choice->setCurrentIndex(choice->findData(int(layout)));
        const QString path = m_temp.filePath(u"labels-%1.pdf"_s.arg(int(layout)));
        QVERIFY(dialog.saveAsPdf(path));
        QString error;
        QCOMPARE(ReadBack::pageSizes(path, &error).size(), pages);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void saveAsPdfFailureIsShown()
    {
        LabelDialog dialog(kServer, someLabels(3));
        QVERIFY(!dialog.saveAsPdf(m_temp.filePath(u"no/such/folder/labels.pdf"_s)));
        QVERIFY(dialog.findChild<QLabel*>(u"status"_s)->text().contains(u"cannot be written"_s));
    }

    void cancelKeepsTheOldFile()
    {
        const QString path = m_temp.filePath(u"old.pdf"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the labels printed last week");
        old.close();

        LabelDialog dialog(kServer, someLabels(400));
        auto* choice = dialog.findChild<QComboBox*>(u"layout"_s);
        choice->setCurrentIndex(choice->findData(int(LabelSheet::Layout::OnePerPage)));
        // Cancel as soon as the run waits for its pages, with the progress dialog's button.
        QTimer::singleShot(0, &dialog, [&dialog] {
            dialog.findChild<QProgressDialog*>()->findChild<QPushButton*>()->click();
        });
        QVERIFY(!dialog.saveAsPdf(path));
        QCOMPARE(dialog.findChild<QLabel*>(u"status"_s)->text(), u"Cancelled."_s);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the labels printed last week"));
    }
};

QTEST_MAIN(TestLabelDialog)
#include "tst_labeldialog.moc"
