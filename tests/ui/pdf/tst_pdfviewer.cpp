// PdfViewer on real PDFs written by QPdfWriter: five A3 landscape pages with "Bornier X12" on
// pages 2 and 4 only, damaged copies of them, and a text file named .pdf.
#include "TestPdfs.h"
#include "pdf/PdfSearch.h"
#include "pdf/PdfView.h"
#include "pdf/PdfViewer.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

constexpr int kPages = 5;
const QString kMark = u"Bornier X12"_s;
const QString kDamaged = u"This PDF cannot be opened: the file is damaged or is not a PDF."_s;

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The search highlight over white paper or black ink, as PdfView paints it.
bool isHighlight(QRgb pixel)
{
    return qRed(pixel) > qBlue(pixel) + 60 && qGreen(pixel) > qBlue(pixel) + 30;
}

int countPixels(const QImage& image, const QRect& area, bool (*test)(QRgb))
{
    int count = 0;
    const QRect clipped = area & image.rect();
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        for (int x = clipped.left(); x <= clipped.right(); ++x)
            count += test(image.pixel(x, y)) ? 1 : 0;
    }
    return count;
}

qreal screenResolution()
{
    return QGuiApplication::primaryScreen()->logicalDotsPerInch() / 72.0;
}

} // namespace

class TestPdfViewer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = m_dir.filePath(u"schematic.pdf"_s);
        QVERIFY(TestPdfs::write(m_sample, kPages, {1, 3}, kMark));
        m_other = m_dir.filePath(u"other.pdf"_s);
        QVERIFY(TestPdfs::write(m_other, 3, {2}, kMark));
    }

    void init()
    {
        m_viewer = std::make_unique<PdfViewer>();
        m_viewer->resize(1400, 700);
        m_viewer->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
    }

    void cleanup() { m_viewer.reset(); }

    void loadsOffTheUiThread()
    {
        QSignalSpy loaded(m_viewer.get(), &PdfViewer::loaded);
        m_viewer->openFile(m_sample, u"Schematic"_s);
        // The result can only come back through the event loop.
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(m_viewer->pageCount(), 0);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.constFirst().constFirst().toInt(), kPages);
        QCOMPARE(m_viewer->pageCount(), kPages);
        QCOMPARE(m_viewer->currentPage(), 0);
        QCOMPARE(m_viewer->zoomMode(), QPdfView::ZoomMode::FitToWidth);
        QCOMPARE(view()->pageMode(), QPdfView::PageMode::MultiPage);
        QVERIFY(m_viewer->errorMessage().isEmpty());
        QVERIFY(view()->isVisible());
    }

    void navigatesPages()
    {
        QVERIFY(open(m_sample));
        auto* pageBox = m_viewer->findChild<QSpinBox*>();
        QVERIFY(pageBox);
        QCOMPARE(pageBox->value(), 1);
        QCOMPARE(pageBox->maximum(), kPages);
        QVERIFY(pageBox->suffix().contains(QString::number(kPages)));

        m_viewer->nextPage();
        QCOMPARE(m_viewer->currentPage(), 1);
        m_viewer->nextPage();
        QCOMPARE(m_viewer->currentPage(), 2);
        QCOMPARE(pageBox->value(), 3);
        m_viewer->previousPage();
        QCOMPARE(m_viewer->currentPage(), 1);

        pageBox->setValue(5);
        QCOMPARE(m_viewer->currentPage(), 4);
        m_viewer->nextPage();
        QCOMPARE(m_viewer->currentPage(), 4);
        QVERIFY(!action(u"Next page"_s)->isEnabled());
        QVERIFY(action(u"Previous page"_s)->isEnabled());

        // Scrolling is navigating too: the box follows.
        view()->verticalScrollBar()->setValue(0);
        QCOMPARE(m_viewer->currentPage(), 0);
        QCOMPARE(pageBox->value(), 1);
        QVERIFY(!action(u"Previous page"_s)->isEnabled());
    }

    void zooms()
    {
        QVERIFY(open(m_sample));
        const QSize viewport = view()->viewport()->size();
        const QSizeF page = view()->pagePointSizes().constFirst();
        const QMargins margins = view()->documentMargins();

        // Fitted to the width: the page spans the viewport but for the margins.
        const qreal fitted = m_viewer->zoomFactor();
        QVERIFY(qAbs(fitted * page.width() * screenResolution()
                     - (viewport.width() - margins.left() - margins.right()))
                < 1.5);

        m_viewer->goToPage(2);
        m_viewer->zoomIn();
        QCOMPARE(m_viewer->zoomMode(), QPdfView::ZoomMode::Custom);
        const qreal zoomedIn = m_viewer->zoomFactor();
        QVERIFY(zoomedIn > fitted);
        QCOMPARE(m_viewer->currentPage(), 2); // zooming keeps the place
        m_viewer->zoomOut();
        QVERIFY(m_viewer->zoomFactor() < zoomedIn);
        QCOMPARE(m_viewer->currentPage(), 2);

        for (int i = 0; i < 30; ++i)
            m_viewer->zoomIn();
        QCOMPARE(m_viewer->zoomFactor(), 4.0);
        QVERIFY(!action(u"Zoom in"_s)->isEnabled());
        for (int i = 0; i < 30; ++i)
            m_viewer->zoomOut();
        QCOMPARE(m_viewer->zoomFactor(), 0.25);
        QVERIFY(!action(u"Zoom out"_s)->isEnabled());

        // This view is wide: a whole page is limited by the height.
        m_viewer->fitPage();
        QCOMPARE(m_viewer->zoomMode(), QPdfView::ZoomMode::FitInView);
        QVERIFY(action(u"Fit whole page"_s)->isChecked());
        QVERIFY(m_viewer->zoomFactor() < fitted);
        QVERIFY(qAbs(m_viewer->zoomFactor() * page.height() * screenResolution()
                     - (viewport.height() - view()->pageSpacing()))
                < 1.5);
        // The current page, whole, at the top.
        const QRect whole = view()->pageLayout().pageRect(m_viewer->currentPage());
        QCOMPARE(whole.top(), view()->verticalScrollBar()->value());
        QVERIFY(whole.height() <= viewport.height());

        m_viewer->fitWidth();
        QCOMPARE(m_viewer->zoomMode(), QPdfView::ZoomMode::FitToWidth);
        QVERIFY(action(u"Fit to width"_s)->isChecked());
        QVERIFY(!action(u"Fit whole page"_s)->isChecked());
        QCOMPARE(m_viewer->zoomFactor(), fitted);
    }

    void findsHitsWhateverTheCase_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("pages");
        QTest::newRow("lower case") << u"bornier"_s << QList<int>{1, 3};
        QTest::newRow("upper case") << u"BORNIER"_s << QList<int>{1, 3};
        QTest::newRow("whole mark") << kMark << QList<int>{1, 3};
        QTest::newRow("on every page") << u"page"_s << QList<int>{0, 1, 2, 3, 4};
        QTest::newRow("absent") << u"disjoncteur"_s << QList<int>{};
    }

    void findsHitsWhateverTheCase()
    {
        QFETCH(QString, query);
        QFETCH(QList<int>, pages);
        QVERIFY(open(m_sample));
        QVERIFY(searchFor(query));
        QCOMPARE(m_viewer->hitCount(), pages.size());
        QList<int> found;
        for (int i = 0; i < m_viewer->hitCount(); ++i) {
            QCOMPARE(m_viewer->currentHit(), i);
            found.append(m_viewer->currentPage());
            m_viewer->nextHit();
        }
        QCOMPARE(found, pages);
        QCOMPARE(hitLabel()->text().isEmpty(), false);
        if (pages.isEmpty()) {
            QCOMPARE(m_viewer->currentHit(), -1);
            QCOMPARE(hitLabel()->text(), u"No hits"_s);
        }
    }

    void stepsThroughHits()
    {
        QVERIFY(open(m_sample));
        QVERIFY(searchFor(u"bornier"_s));
        QCOMPARE(m_viewer->hitCount(), 2);
        QCOMPARE(m_viewer->currentHit(), 0);
        QCOMPARE(m_viewer->currentPage(), 1);
        QCOMPARE(hitLabel()->text(), u"1 of 2 hit(s)"_s);
        m_viewer->nextHit();
        QCOMPARE(m_viewer->currentHit(), 1);
        QCOMPARE(m_viewer->currentPage(), 3);
        QCOMPARE(hitLabel()->text(), u"2 of 2 hit(s)"_s);
        m_viewer->nextHit();
        QCOMPARE(m_viewer->currentHit(), 0);
        QCOMPARE(m_viewer->currentPage(), 1);
        m_viewer->previousHit();
        QCOMPARE(m_viewer->currentHit(), 1);
        QCOMPARE(m_viewer->currentPage(), 3);
        m_viewer->previousHit();
        QCOMPARE(m_viewer->currentHit(), 0);
        QCOMPARE(m_viewer->currentPage(), 1);
    }

    void framesTheCurrentHit()
    {
        QVERIFY(open(m_sample));
        const QRect visible(QPoint(0, 0), view()->viewport()->size());
        QCOMPARE(countPixels(grabViewport(), visible, isHighlight), 0);

        QVERIFY(searchFor(u"bornier"_s));
        m_viewer->nextHit(); // to page 4: a jump across pages
        QCOMPARE(m_viewer->currentPage(), 3);
        const QList<QRect> frame = view()->hitRects();
        QCOMPARE(frame.size(), 1);
        const QRect hit = frame.constFirst();
        QVERIFY(visible.contains(hit));
        // Over the words themselves, once QPdfView's worker has rendered the page: ink and
        // highlight inside the frame, no highlight a little below it.
        QTRY_VERIFY_WITH_TIMEOUT(countPixels(grabViewport(), hit, [](QRgb p) { return qGray(p) < 120; }) > 20,
                                 10000);
        const QImage image = grabViewport();
        QVERIFY(countPixels(image, hit, isHighlight) > hit.width() * hit.height() / 3);
        QCOMPARE(countPixels(image, hit.translated(0, hit.height() * 3), isHighlight), 0);
        QCOMPARE(countPixels(image, visible, isHighlight), countPixels(image, hit, isHighlight));

        m_viewer->search(QString());
        QVERIFY(view()->hitRects().isEmpty());
        QCOMPARE(countPixels(grabViewport(), visible, isHighlight), 0);
    }

    void searchesAsYouType()
    {
        QVERIFY(open(m_sample));
        auto* field = m_viewer->findChild<QLineEdit*>();
        QVERIFY(field);
        QSignalSpy finished(search(), &PdfSearch::finished);
        QTest::keyClicks(field, u"x1"_s);
        QTest::keyClicks(field, u"2"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_viewer->hitCount(), 2, 10000);
        QTRY_VERIFY(!finished.isEmpty());
        // The delay gathers the keystrokes: one search for "x12", none for "x" or "x1".
        QCOMPARE(finished.count(), 1);
        QCOMPARE(search()->query(), u"x12"_s);
        QCOMPARE(m_viewer->currentPage(), 1);
    }

    void refusesBrokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("bytes"); // empty: a copy of the sample truncated to half
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << u"truncated.pdf"_s << QByteArray() << kDamaged;
        QTest::newRow("text named .pdf")
            << u"notes.pdf"_s << QByteArray("Bornier X12: see page 4.\n") << kDamaged;
        QTest::newRow("only a header") << u"header.pdf"_s << QByteArray("%PDF-1.4\n") << kDamaged;
        QTest::newRow("missing") << u"missing.pdf"_s << QByteArray() << QString();
    }

    void refusesBrokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(file);
        if (qstrcmp(QTest::currentDataTag(), "truncated") == 0)
            QVERIFY(TestPdfs::truncate(m_sample, path, QFileInfo(m_sample).size() / 2));
        else if (!bytes.isEmpty())
            QVERIFY(writeFile(path, bytes));
        else
            QVERIFY(!QFile::exists(path));

        QSignalSpy loaded(m_viewer.get(), &PdfViewer::loaded);
        QSignalSpy failed(m_viewer.get(), &PdfViewer::failed);
        m_viewer->openFile(path, file);
        QVERIFY(failed.wait(10000));
        const QString error = failed.constFirst().constFirst().toString();
        if (message.isEmpty())
            QVERIFY(error.contains(QDir::toNativeSeparators(path)));
        else
            QCOMPARE(error, message);
        QCOMPARE(m_viewer->errorMessage(), error);
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(m_viewer->pageCount(), 0);
        QCOMPARE(m_viewer->currentPage(), -1);
        QVERIFY(!view()->isVisible());
        bool shown = false;
        for (QLabel* label : m_viewer->findChildren<QLabel*>())
            shown = shown || (label->isVisible() && label->text() == error);
        QVERIFY(shown);
        QVERIFY(!action(u"Print…"_s)->isEnabled());
        QVERIFY(!action(u"Next page"_s)->isEnabled());

        // The next file opens as usual.
        QVERIFY(open(m_sample));
        QVERIFY(m_viewer->errorMessage().isEmpty());
        QVERIFY(view()->isVisible());
    }

    void followsTheNextDocument()
    {
        QVERIFY(open(m_sample));
        QVERIFY(searchFor(u"bornier"_s));
        m_viewer->nextHit();
        QCOMPARE(m_viewer->currentPage(), 3);

        QSignalSpy finished(search(), &PdfSearch::finished);
        QVERIFY(open(m_other));
        QCOMPARE(m_viewer->pageCount(), 3);
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_viewer->hitCount(), 1);
        QCOMPARE(m_viewer->currentHit(), 0);
        QCOMPARE(m_viewer->currentPage(), 2);
    }

    void savesAnIdenticalCopy()
    {
        const QString target = m_dir.filePath(u"copy.pdf"_s);
        QVERIFY(writeFile(target, "an older file, longer than nothing"));
        QCOMPARE(PdfViewer::copyFile(m_sample, target), std::nullopt);
        QCOMPARE(contents(target), contents(m_sample));
        QVERIFY(contents(target).size() > 1000);
    }

    void reportsCopyErrors()
    {
        const QString folder = m_dir.filePath(u"no such folder"_s);
        const auto writeError = PdfViewer::copyFile(m_sample, folder + u"/copy.pdf"_s);
        QVERIFY(writeError);
        QVERIFY(writeError->contains(QDir::toNativeSeparators(folder)));
        QVERIFY(!QFile::exists(folder + u"/copy.pdf"_s));

        const QString missing = m_dir.filePath(u"gone.pdf"_s);
        const QString target = m_dir.filePath(u"untouched.pdf"_s);
        QVERIFY(writeFile(target, "keep me"));
        const auto readError = PdfViewer::copyFile(missing, target);
        QVERIFY(readError);
        QVERIFY(readError->contains(QDir::toNativeSeparators(missing)));
        QCOMPARE(contents(target), QByteArray("keep me"));
    }

    void labelsEveryButton()
    {
        QVERIFY(open(m_sample));
        auto* toolBar = m_viewer->findChild<QToolBar*>();
        QVERIFY(toolBar);
        int buttons = 0;
        for (QToolButton* button : toolBar->findChildren<QToolButton*>()) {
            if (!button->defaultAction() || !button->isVisible())
                continue;
            ++buttons;
            QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->defaultAction()->text()));
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->defaultAction()->text()));
        }
        QCOMPARE(buttons, 12); // 11 in the tool bar, and the search field's own
        QVERIFY(!m_viewer->findChild<QSpinBox*>()->accessibleName().isEmpty());
        QVERIFY(!m_viewer->findChild<QLineEdit*>()->accessibleName().isEmpty());
        QVERIFY(action(u"Print…"_s)
                    ->toolTip()
                    .contains(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    }

    void answersTheKeyboard()
    {
        QVERIFY(open(m_sample));
        m_viewer->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_viewer.get()));
        view()->setFocus();
        QTRY_VERIFY(view()->hasFocus());

        QTest::keyClick(view(), Qt::Key_PageDown);
        QCOMPARE(m_viewer->currentPage(), 1);
        QTest::keyClick(view(), Qt::Key_PageDown);
        QCOMPARE(m_viewer->currentPage(), 2);
        QTest::keyClick(view(), Qt::Key_PageUp);
        QCOMPARE(m_viewer->currentPage(), 1);

        const qreal fitted = m_viewer->zoomFactor();
        QTest::keyClick(view(), Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(m_viewer->zoomFactor() > fitted);
        QTest::keyClick(view(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(view(), Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(m_viewer->zoomFactor() < fitted);

        auto* field = m_viewer->findChild<QLineEdit*>();
        QTest::keyClick(view(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(field->hasFocus());
        QSignalSpy finished(search(), &PdfSearch::finished);
        QTest::keyClicks(field, u"bornier"_s);
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_viewer->currentHit(), 0);
        QTest::keyClick(field, Qt::Key_F3);
        QCOMPARE(m_viewer->currentHit(), 1);
        QCOMPARE(m_viewer->currentPage(), 3);
        QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(m_viewer->currentHit(), 0);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(m_viewer->currentHit(), 1);
    }

private:
    bool open(const QString& path)
    {
        QSignalSpy loaded(m_viewer.get(), &PdfViewer::loaded);
        m_viewer->openFile(path, QFileInfo(path).completeBaseName());
        return loaded.wait(10000);
    }

    bool searchFor(const QString& text)
    {
        QSignalSpy finished(search(), &PdfSearch::finished);
        m_viewer->search(text);
        return finished.wait(10000);
    }

    PdfView* view() const { return m_viewer->findChild<PdfView*>(); }
    PdfSearch* search() const { return m_viewer->findChild<PdfSearch*>(); }
    QLabel* hitLabel() const
    {
        // The label next to the hit buttons, in the tool bar.
        for (QLabel* label : m_viewer->findChild<QToolBar*>()->findChildren<QLabel*>()) {
            if (label->isVisible())
                return label;
        }
        return nullptr;
    }
    QAction* action(const QString& text) const
    {
        for (QAction* action : m_viewer->actions()) {
            if (action->text() == text)
                return action;
        }
        qFatal("no action %s", qPrintable(text));
    }
    QImage grabViewport() const
    {
        return view()->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    }

    QTemporaryDir m_dir;
    QString m_sample;
    QString m_other;
    std::unique_ptr<PdfViewer> m_viewer;
};

QTEST_MAIN(TestPdfViewer)
#include "tst_pdfviewer.moc"
