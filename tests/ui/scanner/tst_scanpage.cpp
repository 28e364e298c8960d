// The scanner page against the real server, fed qrencode's images of real labels the ways a user
// can: an image file, the clipboard (image and text, with Ctrl+V), a drop (file and image data) and
// camera-like frames pushed through its video sink. One of the customer's labels opens the product
// (at once out of continuous mode, on Enter in the list); another customer's label and plain text
// are listed and never opened; a code scanned again moves to the top. No camera exists here, and
// the page says so.
#include "ServerProcess.h"
#include "SignedInSession.h"
#include "core/ClientSession.h"
#include "scanner/CameraPreview.h"
#include "scanner/CodeOverlay.h"
#include "scanner/ScanListModel.h"
#include "scanner/ScanPage.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QListView>
#include <QMediaDevices>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoFrame>
#include <QVideoSink>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestScanPage final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_profile;
    QTemporaryDir m_images;
    std::unique_ptr<ClientSession> m_session;
    std::unique_ptr<ScanPage> m_page;
    Product m_product; // one of the demo customer's, from the synced store
    QString m_ourLabel; // qrencode's PNG of its label
    QString m_theirLabel; // another customer's label
    QString m_textLabel; // a code holding plain text
    int m_imageCount = 0;

    QString qrencode(const QString& text)
    {
        const QString path = m_images.filePath(u"code%1.png"_s.arg(++m_imageCount));
        QProcess process;
        process.start(u"qrencode"_s, {u"-o"_s, path, u"-s"_s, u"6"_s, text});
        if (!process.waitForFinished(20000) || process.exitCode() != 0)
            return {};
        return path;
    }

    QString labelOf(const QString& token) const { return m_server.rootUrl(u"q/"_s + token).toString(); }

    QString otherCustomersToken()
    {
        QSqlQuery q(m_server.database());
        q.prepare(u"SELECT p.qr_token FROM products p JOIN customers c ON c.id = p.customer_id "
                  u"WHERE c.email = ? ORDER BY p.reference LIMIT 1"_s);
        q.addBindValue(QString::fromLatin1(ServerProcess::kOtherEmail));
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    ScanListModel* model() const { return m_page->model(); }
    QVariant top(int role) const { return model()->index(0).data(role); }
    bool topResolved() const { return model()->rowCount() > 0 && !top(ScanListModel::PendingRole).toBool(); }

    // Waits for the page to open our product, and checks the list shows it at the top.
    void expectOurProductOpened(QSignalSpy& opened)
    {
        QVERIFY(opened.count() > 0 || opened.wait(20000));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(0).toUuid(), m_product.affairId);
        QCOMPARE(opened.first().at(1).toUuid(), m_product.id);
        QCOMPARE(top(ScanListModel::ProductIdRole).toUuid(), m_product.id);
        QVERIFY(top(Qt::DisplayRole).toString().contains(m_product.reference));
        QVERIFY(top(Qt::DisplayRole).toString().contains(m_product.name));
    }

    static QVideoFrame rgb32Frame(const QImage& source)
    {
        // A 640 × 480 camera picture with the label somewhere off-centre.
        QImage picture(640, 480, QImage::Format_RGB32);
        picture.fill(Qt::white);
        for (int y = 0; y < source.height(); ++y) {
            for (int x = 0; x < source.width(); ++x)
                picture.setPixel(300 + x, 60 + y, source.pixel(x, y));
        }
        QVideoFrame frame(QVideoFrameFormat(
            picture.size(), QVideoFrameFormat::pixelFormatFromImageFormat(QImage::Format_RGB32)));
        if (!frame.map(QVideoFrame::WriteOnly))
            return {};
        for (int y = 0; y < picture.height(); ++y)
            std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), picture.constScanLine(y),
                        size_t(picture.bytesPerLine()));
        frame.unmap();
        return frame;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<QrResolver::Resolution>();
        const QString error = startSignedInSession(m_server, m_profile.path(), u"tst_scanpage"_s, &m_session);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const QList<Affair> affairs = m_session->store().affairs();
        QVERIFY(!affairs.isEmpty());
        const QList<Product> products = m_session->store().products(affairs.first().id);
        QVERIFY(!products.isEmpty());
        m_product = products.first();
        QVERIFY(!m_product.qrToken.isEmpty());
        const QString theirs = otherCustomersToken();
        QVERIFY(!theirs.isEmpty());
        m_ourLabel = qrencode(labelOf(m_product.qrToken));
        m_theirLabel = qrencode(labelOf(theirs));
        m_textLabel = qrencode(u"Panel 7, row B: check the fan"_s);
        QVERIFY(!m_ourLabel.isEmpty() && !m_theirLabel.isEmpty() && !m_textLabel.isEmpty());

        m_page = std::make_unique<ScanPage>(*m_session);
        new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal,
                                     m_page.get());
        m_page->resize(1000, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void init()
    {
        model()->clear();
        m_page->setContinuous(false);
    }

    void saysThereIsNoCamera()
    {
        if (!QMediaDevices::videoInputs().isEmpty())
            QSKIP("this machine has a camera");
        QVERIFY(m_page->cameraMessage().contains(u"No camera"_s));
        QVERIFY(!m_page->preview()->isStarted());
    }

    void imageFileOpensTheProduct()
    {
        QSignalSpy opened(m_page.get(), &ScanPage::openProduct);
        m_page->openImage(m_ourLabel);
        expectOurProductOpened(opened);
        QCOMPARE(model()->rowCount(), 1);
    }

    void imageWithoutCodeOrUnreadable()
    {
        QImage blank(200, 200, QImage::Format_RGB32);
        blank.fill(Qt::white);
        const QString path = m_images.filePath(u"blank.png"_s);
        QVERIFY(blank.save(path));
        m_page->openImage(path);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->message().contains(u"No QR code"_s), 20000);
        m_page->openImage(m_images.filePath(u"missing.png"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->message().contains(u"No QR code"_s), 20000);
        QVERIFY(!m_page->message().isEmpty());
        QCOMPARE(model()->rowCount(), 0);
    }

    void clipboardImageAndText()
    {
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->list()->setFocus(); // the shortcut is the page's: the focus must be inside it
        QSignalSpy opened(m_page.get(), &ScanPage::openProduct);
        QGuiApplication::clipboard()->setImage(QImage(m_ourLabel));
        QTest::keyClick(m_page->list(), Qt::Key_V, Qt::ControlModifier);
        expectOurProductOpened(opened);

        QGuiApplication::clipboard()->setText(u"just some words"_s);
        QTest::keyClick(m_page->list(), Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(model()->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(topResolved(), 20000);
        QVERIFY(top(Qt::DisplayRole).toString().contains(u"just some words"_s));
        QVERIFY(top(ScanListModel::ProductIdRole).toUuid().isNull());
        QCOMPARE(opened.count(), 1);
    }

    void dropFileAndImageData()
    {
        QMimeData file;
        file.setUrls({QUrl::fromLocalFile(m_ourLabel)});
        QMimeData image;
        image.setImageData(QImage(m_ourLabel));
        for (QMimeData* data : {&file, &image}) {
            model()->clear();
            QSignalSpy opened(m_page.get(), &ScanPage::openProduct);
            // A drop only reaches a widget that accepted the drag's entry.
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(m_page.get(), &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(QPointF(10, 10), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(m_page.get(), &drop);
            expectOurProductOpened(opened);
        }
    }

    void anotherCustomersLabelIsNotOpened()
    {
        QSignalSpy opened(m_page.get(), &ScanPage::openProduct);
        m_page->openImage(m_theirLabel);
        QTRY_VERIFY_WITH_TIMEOUT(topResolved(), 20000);
        QVERIFY(top(Qt::DisplayRole).toString().contains(u"not one of your products"_s));
        m_page->list()->setCurrentIndex(model()->index(0));
        QTest::keyClick(m_page->list(), Qt::Key_Return);
        QCOMPARE(opened.count(), 0);
    }

    void plainTextIsShownNeverOpened()
    {
        QSignalSpy opened(m_page.get(), &ScanPage::openProduct);
        m_page->openImage(m_textLabel);
        QTRY_VERIFY_WITH_TIMEOUT(topResolved(), 20000);
        QVERIFY(top(Qt::DisplayRole).toString().contains(u"Panel 7, row B: check the fan"_s));
        QCOMPARE(top(ScanListModel::TextRole).toString(), u"Panel 7, row B: check the fan"_s);
        m_page->list()->setCurrentIndex(model()->index(0));
        QTest::keyClick(m_page->list(), Qt::Key_Return);
        QCOMPARE(opened.count(), 0);
    }

    void continuousCollectsAndDuplicatesMoveToTheTop()
    {
        m_page->setContinuous(true);
        QSignalSpy opened(m_page.get(), &ScanPage::openProduct);
        for (const QString& image : {m_ourLabel, m_theirLabel, m_textLabel}) {
            const int before = model()->rowCount();
            m_page->openImage(image);
            QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), before + 1, 20000);
            QTRY_VERIFY_WITH_TIMEOUT(topResolved(), 20000);
        }
        QCOMPARE(opened.count(), 0); // collected, not opened
        QVERIFY(top(ScanListModel::ProductIdRole).toUuid().isNull());

        m_page->openImage(m_ourLabel);
        QTRY_COMPARE_WITH_TIMEOUT(top(ScanListModel::ProductIdRole).toUuid(), m_product.id, 20000);
        QCOMPARE(model()->rowCount(), 3);
        QCOMPARE(opened.count(), 0);

        // Enter on a listed product opens it.
        QCOMPARE(m_page->list()->currentIndex().row(), 0);
        QTest::keyClick(m_page->list(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(1).toUuid(), m_product.id);
    }

    void cameraFramesAreDecodedAndOutlined()
    {
        m_page->setContinuous(true);
        const QVideoFrame frame = rgb32Frame(QImage(m_ourLabel));
        QVERIFY(frame.isValid());
        // Pushed until one gets through: frames arriving while one is decoded are dropped.
        QTRY_VERIFY_WITH_TIMEOUT((m_page->frameTap()->setVideoFrame(frame), model()->rowCount() == 1), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(topResolved(), 20000);
        QCOMPARE(top(ScanListModel::ProductIdRole).toUuid(), m_product.id);

        CodeOverlay* overlay = m_page->preview()->overlay();
        QCOMPARE(overlay->outlines().size(), 1);
        const QPolygonF outline = overlay->outlines().first();
        QCOMPARE(outline.size(), 4);
        for (const QPointF& corner : outline)
            QVERIFY(QRectF(overlay->rect()).contains(corner));
        // The label sits right of centre in the frame: so does its outline.
        QVERIFY(outline.boundingRect().center().x() > overlay->width() / 2.0);

        // The picture and the outline are painted in one widget tree (no native video window that
        // would hide the outline): the grab shows the frame's white ground and the green outline.
        const QImage shown = m_page->preview()->grab().toImage();
        bool green = false;
        for (const QPointF& corner : outline) {
            const QPoint at = corner.toPoint() + overlay->mapTo(m_page->preview(), QPoint());
            for (int dx = -3; dx <= 3 && !green; ++dx)
                for (int dy = -3; dy <= 3 && !green; ++dy) {
                    const QColor c = shown.pixelColor(at + QPoint(dx, dy));
                    green = c.green() > 150 && c.red() < 120 && c.blue() < 160;
                }
        }
        QVERIFY2(green, "no outline colour at the code's corners");
        int light = 0;
        int samples = 0;
        for (int y = 0; y < shown.height(); y += 8)
            for (int x = 0; x < shown.width(); x += 8, ++samples)
                light += shown.pixelColor(x, y).lightness() > 200 ? 1 : 0;
        QVERIFY2(light * 5 > samples, "the frame is not painted"); // the label's white ground

        // The same code still in view is not listed twice.
        for (int i = 0; i < 5; ++i) {
            m_page->frameTap()->setVideoFrame(frame);
            QTest::qWait(50);
        }
        QCOMPARE(model()->rowCount(), 1);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_session.reset();
        QVERIFY(m_server.stop().isEmpty());
    }
};

QTEST_MAIN(TestScanPage)
#include "tst_scanpage.moc"
