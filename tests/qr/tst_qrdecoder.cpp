// Codes made by the real qrencode (never by our own writer), damaged the way cameras and printers
// damage them with ImageMagick, read back from files, from QImages of every common layout, from
// camera-like frames, and from a video played through Qt Multimedia.
#include "SyntheticFrame.h"
#include "qr/QrDecoder.h"
#include "qr/QrFrameDecoder.h"

#include <QFile>
#include <QMediaPlayer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoSink>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

// Real label URLs, as the server prints them: 22-character tokens.
const QString kLabel = u"https://127.0.0.1:8443/q/k7Qm2xV9pL4sT8wZ1bN6cR"_s;
const QString kOtherLabel = u"https://127.0.0.1:8443/q/Zy8XwVuTs-RqPoNm_LkJiH"_s;

QStringList texts(const QList<QrCode>& codes)
{
    QStringList all;
    for (const QrCode& code : codes)
        all << code.text;
    all.sort();
    return all;
}

} // namespace

class TestQrDecoder final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_code; // kLabel, 8 px a module, 4 modules of margin: 296 px square
    QString m_photo; // 1280×720 photo-like ground with a small kLabel at kPlaced
    QString m_ground; // the same ground without a code
    const QRect kPlaced{900, 400, 111, 111};

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QString run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0)
            return u"%1 %2 failed: %3"_s.arg(program, arguments.join(u' '),
                                             QString::fromLocal8Bit(process.readAllStandardError()));
        return {};
    }

    // qrencode's PNG of `text`; an error message in `error`.
    QString encode(const QString& text, const QString& name, const QStringList& options, QString* error) const
    {
        const QString out = path(name);
        *error = run(u"qrencode"_s, QStringList{u"-o"_s, out} + options + QStringList{text});
        return out;
    }

    QString convert(const QString& from, const QStringList& options, const QString& name,
                    QString* error) const
    {
        const QString out = path(name);
        *error = run(u"convert"_s, QStringList{from} + options + QStringList{out});
        return out;
    }

private slots:
    void initTestCase()
    {
        for (const QString& tool : {u"qrencode"_s, u"convert"_s})
            QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                     qPrintable(tool + u" is missing: run scripts/deps.sh --with-test-tools"_s));
        QString error;
        m_code = encode(kLabel, u"code.png"_s, {u"-s"_s, u"8"_s, u"-m"_s, u"4"_s}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString small = encode(kLabel, u"small.png"_s, {u"-s"_s, u"3"_s, u"-m"_s, u"4"_s}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_ground = path(u"ground.png"_s);
        error = run(u"convert"_s,
                    {u"-seed"_s, u"7"_s, u"-size"_s, u"1280x720"_s, u"plasma:fractal"_s, u"-blur"_s, u"0x1"_s,
                     m_ground});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_photo = convert(
            m_ground, {small, u"-geometry"_s, u"+%1+%2"_s.arg(kPlaced.x()).arg(kPlaced.y()), u"-composite"_s},
            u"photo.png"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void distortedImages_data()
    {
        QTest::addColumn<QStringList>("qrencode"); // extra qrencode options
        QTest::addColumn<QStringList>("convert"); // the damage, as ImageMagick options
        const QStringList none;
        QTest::newRow("as made") << none << none;
        QTest::newRow("rotated 90°") << none << QStringList{u"-rotate"_s, u"90"_s};
        QTest::newRow("rotated 180°") << none << QStringList{u"-rotate"_s, u"180"_s};
        QTest::newRow("rotated 270°") << none << QStringList{u"-rotate"_s, u"270"_s};
        QTest::newRow("rotated 17°") << none
                                     << QStringList{u"-background"_s, u"white"_s, u"-rotate"_s, u"17"_s};
        QTest::newRow("perspective") << none
                                     << QStringList{
                                            u"-virtual-pixel"_s, u"white"_s, u"-distort"_s, u"Perspective"_s,
                                            u"0,0 40,30  296,0 270,0  0,296 0,296  296,296 250,260"_s};
        QTest::newRow("blur 1 px") << none << QStringList{u"-blur"_s, u"0x1"_s};
        QTest::newRow("blur 2 px") << none << QStringList{u"-blur"_s, u"0x2"_s};
        QTest::newRow("noise") << none << QStringList{u"-seed"_s, u"42"_s,     u"-attenuate"_s,
                                                      u"0.6"_s,   u"+noise"_s, u"Gaussian"_s};
        QTest::newRow("downscaled to 80 px") << none << QStringList{u"-resize"_s, u"80x80"_s};
        QTest::newRow("inverted") << none << QStringList{u"-negate"_s};
        QTest::newRow("low contrast") << none << QStringList{u"-level"_s, u"-100%,200%"_s};
        QTest::newRow("low contrast, inverted")
            << none << QStringList{u"+level"_s, u"35%,65%"_s, u"-negate"_s};
        QTest::newRow("rotated, blurred and noisy")
            << none << QStringList{u"-background"_s, u"white"_s, u"-rotate"_s, u"17"_s,
                                   u"-blur"_s,       u"0x1"_s,   u"-seed"_s,   u"3"_s,
                                   u"-attenuate"_s,  u"0.4"_s,   u"+noise"_s,  u"Gaussian"_s};
        // Black modules on a transparent black ground: black on black unless composited on white.
        QTest::newRow("transparent ground") << QStringList{u"--background=00000000"_s} << none;
    }

    void distortedImages()
    {
        QFETCH(QStringList, qrencode);
        QFETCH(QStringList, convert);
        QString error;
        QString file = qrencode.isEmpty()
            ? m_code
            : encode(kLabel, u"made.png"_s, QStringList{u"-s"_s, u"8"_s} + qrencode, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (!convert.isEmpty())
            file = this->convert(file, convert, u"damaged.png"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto decoded = QrDecoder().decodeFile(file);
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message()));
        QCOMPARE(texts(*decoded), QStringList{kLabel});
        QCOMPARE(decoded->first().format, u"QRCode"_s);
        QCOMPARE(decoded->first().corners.size(), 4);
    }

    // The damaged rows that need a fallback pass really do: without it they read nothing.
    void fallbacks_data()
    {
        QTest::addColumn<QStringList>("convert");
        QTest::addColumn<int>("fallback"); // the one that reads it
        const int lowContrast = int(QrDecoder::Fallback::LowContrast);
        const int inverted = int(QrDecoder::Fallback::Inverted);
        QTest::newRow("inverted") << QStringList{u"-negate"_s} << inverted;
        QTest::newRow("low contrast") << QStringList{u"-level"_s, u"-100%,200%"_s} << lowContrast;
        QTest::newRow("low contrast, inverted")
            << QStringList{u"+level"_s, u"35%,65%"_s, u"-negate"_s} << (lowContrast | inverted);
    }

    void fallbacks()
    {
        QFETCH(QStringList, convert);
        QFETCH(int, fallback);
        QString error;
        const QString file = this->convert(m_code, convert, u"fallback.png"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QrDecoder plain;
        plain.setFallbacks({});
        const auto without = plain.decodeFile(file);
        QVERIFY(without);
        QVERIFY(without->isEmpty());
        QrDecoder with;
        with.setFallbacks(QrDecoder::Fallbacks::fromInt(fallback));
        const auto found = with.decodeFile(file);
        QVERIFY(found);
        QCOMPARE(texts(*found), QStringList{kLabel});
    }

    void severalCodes()
    {
        QString error;
        const QString other = encode(kOtherLabel, u"other.png"_s, {u"-s"_s, u"6"_s}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString both
            = convert(m_code, {other, u"-background"_s, u"white"_s, u"-gravity"_s, u"center"_s, u"+append"_s},
                      u"both.png"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto decoded = QrDecoder().decodeFile(both);
        QVERIFY(decoded);
        QStringList expected{kLabel, kOtherLabel};
        expected.sort();
        QCOMPARE(texts(*decoded), expected);
    }

    void smallCodeOnAPhoto()
    {
        const auto decoded = QrDecoder().decodeFile(m_photo);
        QVERIFY(decoded);
        QCOMPARE(texts(*decoded), QStringList{kLabel});
        // The outline surrounds the symbol (inside the placed image, which has a 12 px margin).
        const QRect outline = decoded->first().corners.boundingRect();
        QVERIFY2(kPlaced.contains(outline) && outline.width() > kPlaced.width() / 2,
                 qPrintable(u"outline %1,%2 %3×%4"_s.arg(outline.x())
                                .arg(outline.y())
                                .arg(outline.width())
                                .arg(outline.height())));
    }

    void cornersFollowTheCode()
    {
        // Turned a quarter clockwise, the code's own top-left corner is at the image's top-right.
        QString error;
        const QString turned = convert(m_code, {u"-rotate"_s, u"90"_s}, u"turned.png"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto upright = QrDecoder().decodeFile(m_code);
        const auto decoded = QrDecoder().decodeFile(turned);
        QVERIFY(upright && decoded);
        const QPoint topLeft = upright->first().corners.at(0);
        const QPoint turnedTopLeft = decoded->first().corners.at(0);
        QVERIFY2(topLeft.x() < 148 && topLeft.y() < 148, "upright: top-left quadrant");
        QVERIFY2(turnedTopLeft.x() > 148 && turnedTopLeft.y() < 148, "turned: top-right quadrant");
    }

    void noCodeIsAnEmptyList()
    {
        const auto decoded = QrDecoder().decodeFile(m_ground);
        QVERIFY(decoded);
        QVERIFY(decoded->isEmpty());
    }

    void formats_data()
    {
        QTest::addColumn<bool>("allFormats");
        QTest::addColumn<int>("found");
        QTest::newRow("QR only by default") << false << 0;
        QTest::newRow("every format on request") << true << 1;
    }

    void formats()
    {
        QFETCH(bool, allFormats);
        QFETCH(int, found);
        QString error;
        // A Micro QR code: another symbology for ZXing, made by the same qrencode.
        const QString micro = encode(u"12345"_s, u"micro.png"_s, {u"-M"_s, u"-s"_s, u"8"_s}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QrDecoder decoder;
        decoder.setAllFormats(allFormats);
        const auto decoded = decoder.decodeFile(micro);
        QVERIFY(decoded);
        QCOMPARE(decoded->size(), found);
        if (found)
            QCOMPARE(decoded->first().format, u"MicroQRCode"_s);
    }

    void unreadableFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes"); // empty: no such file
        QFile png(m_code);
        QVERIFY(png.open(QIODevice::ReadOnly));
        QByteArray corrupt = png.readAll();
        for (qsizetype i = 40; i < corrupt.size(); i += 7)
            corrupt[i] = char(~corrupt[i]);
        QTest::newRow("corrupt PNG") << u"corrupt.png"_s << corrupt;
        QTest::newRow("truncated PNG") << u"truncated.png"_s << corrupt.left(60);
        QTest::newRow("not an image") << u"notes.png"_s << QByteArray("just some text\n");
        QTest::newRow("missing") << u"missing.png"_s << QByteArray();
    }

    void unreadableFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        const QString file = path(name);
        if (!bytes.isEmpty()) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        const auto decoded = QrDecoder().decodeFile(file);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().kind(), QrDecodeError::Kind::Unreadable);
        QVERIFY2(decoded.error().message().contains(name), qPrintable(decoded.error().message()));
        QVERIFY(!decoded.error().detail().isEmpty());
    }

    void emptyInputs()
    {
        QCOMPARE(QrDecoder().decode(QImage()).error().kind(), QrDecodeError::Kind::EmptyImage);
        QCOMPARE(QrDecoder().decode(QVideoFrame()).error().kind(), QrDecodeError::Kind::EmptyImage);
    }

    void imageLayouts_data()
    {
        QTest::addColumn<int>("format");
        for (const auto& [name, format] : std::initializer_list<std::pair<const char*, QImage::Format>>{
                 {"RGB32", QImage::Format_RGB32},
                 {"ARGB32", QImage::Format_ARGB32},
                 {"ARGB32 premultiplied", QImage::Format_ARGB32_Premultiplied},
                 {"RGBX8888", QImage::Format_RGBX8888},
                 {"RGBA8888", QImage::Format_RGBA8888},
                 {"RGB888", QImage::Format_RGB888},
                 {"BGR888", QImage::Format_BGR888},
                 {"Grayscale8", QImage::Format_Grayscale8},
                 {"Grayscale16 (converted)", QImage::Format_Grayscale16},
                 {"Indexed8 (converted)", QImage::Format_Indexed8},
                 {"Mono (converted)", QImage::Format_Mono},
                 {"RGB16 (converted)", QImage::Format_RGB16}})
            QTest::newRow(name) << int(format);
    }

    void imageLayouts()
    {
        QFETCH(int, format);
        const QImage image = QImage(m_photo).convertToFormat(QImage::Format(format));
        QCOMPARE(int(image.format()), format);
        const auto decoded = QrDecoder().decode(image);
        QVERIFY(decoded);
        QCOMPARE(texts(*decoded), QStringList{kLabel});
    }

    void videoFrames_data()
    {
        QTest::addColumn<int>("format");
        using F = QVideoFrameFormat;
        for (const F::PixelFormat format :
             {F::Format_NV12, F::Format_NV21, F::Format_YUV420P, F::Format_YV12, F::Format_YUV422P,
              F::Format_YUYV, F::Format_UYVY, F::Format_AYUV, F::Format_Y8, F::Format_P010,
              F::Format_BGRX8888, F::Format_BGRA8888, F::Format_XRGB8888, F::Format_ABGR8888,
              F::Format_RGBX8888})
            QTest::newRow(qPrintable(F::pixelFormatToString(format))) << int(format);
    }

    void videoFrames()
    {
        QFETCH(int, format);
        const QImage image(m_photo);
        const QVideoFrame frame = SyntheticFrame::from(image, QVideoFrameFormat::PixelFormat(format));
        QVERIFY(frame.isValid());
        const auto decoded = QrDecoder().decode(frame);
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message()));
        QCOMPARE(texts(*decoded), QStringList{kLabel});
        // Same pixels, same outline, whichever layout carried them.
        const auto fromImage = QrDecoder().decode(image);
        QVERIFY(fromImage);
        const QRect a = decoded->first().corners.boundingRect(),
                    b = fromImage->first().corners.boundingRect();
        QVERIFY2((a.center() - b.center()).manhattanLength() < 8, "the outline moved");
    }

    // A burst of frames with no event-loop turn in between, as a busy UI thread would see them:
    // only the first is taken, the rest dropped, and exactly one result comes back.
    void frameDecoderDropsWhileBusy()
    {
        QrFrameDecoder decoder;
        QVideoSink sink;
        connect(&sink, &QVideoSink::videoFrameChanged, &decoder, &QrFrameDecoder::decode);
        QSignalSpy decoded(&decoder, &QrFrameDecoder::decoded);
        // Two frames taken in turn: the sink only signals a frame that is not the one it holds.
        const QVideoFrame frames[] = {SyntheticFrame::from(QImage(m_photo), QVideoFrameFormat::Format_NV12),
                                      SyntheticFrame::from(QImage(m_photo), QVideoFrameFormat::Format_NV12)};
        for (int i = 0; i < 50; ++i)
            sink.setVideoFrame(frames[i % 2]);
        QCOMPARE(decoder.framesAccepted() + decoder.framesDropped(), 50);
        QVERIFY(decoder.framesAccepted() < 50);
        QVERIFY(decoded.wait(20000));
        QCOMPARE(decoded.size(), int(decoder.framesAccepted()));
        QCOMPARE(texts(decoded.first().first().value<QList<QrCode>>()), QStringList{kLabel});
        QCOMPARE(decoded.first().at(1).toSize(), QSize(1280, 720));
        QVERIFY(!decoder.isBusy());
        QTest::qWait(200);
        QCOMPARE(decoded.size(), int(decoder.framesAccepted())); // nothing was queued behind it
    }

    // A camera's pace (the event loop turns between frames): every taken frame is answered once,
    // never more than one at a time, and when the view changes the new code comes through.
    void frameDecoderFollowsTheCamera()
    {
        QrFrameDecoder decoder;
        QVideoSink sink;
        connect(&sink, &QVideoSink::videoFrameChanged, &decoder, &QrFrameDecoder::decode);
        QList<QStringList> results;
        int inFlightMax = 0;
        connect(&decoder, &QrFrameDecoder::decoded, this,
                [&](const QList<QrCode>& codes, const QSize&) { results << texts(codes); });
        const QVideoFrame first[] = {SyntheticFrame::from(QImage(m_photo), QVideoFrameFormat::Format_NV12),
                                     SyntheticFrame::from(QImage(m_photo), QVideoFrameFormat::Format_NV12)};
        QString error;
        const QString other = encode(kOtherLabel, u"next.png"_s, {u"-s"_s, u"4"_s}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString nextPhoto = convert(m_ground, {other, u"-geometry"_s, u"+200+100"_s, u"-composite"_s},
                                          u"next-photo.png"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QVideoFrame next[] = {SyntheticFrame::from(QImage(nextPhoto), QVideoFrameFormat::Format_NV12),
                                    SyntheticFrame::from(QImage(nextPhoto), QVideoFrameFormat::Format_NV12)};
        int fed = 0;
        for (; fed < 50; ++fed) {
            sink.setVideoFrame(first[fed % 2]);
            inFlightMax = std::max(inFlightMax, int(decoder.framesAccepted() - results.size()));
            QCoreApplication::processEvents();
        }
        // The camera keeps sending the new view until it is read.
        const auto readNext
            = [&] { return !results.isEmpty() && results.last() == QStringList{kOtherLabel}; };
        for (int i = 0; i < 2000 && !readNext(); ++i, ++fed) {
            sink.setVideoFrame(next[fed % 2]);
            inFlightMax = std::max(inFlightMax, int(decoder.framesAccepted() - results.size()));
            QTest::qWait(10);
        }
        QVERIFY(readNext());
        QTRY_VERIFY(!decoder.isBusy());
        QCOMPARE(decoder.framesAccepted() + decoder.framesDropped(), fed);
        QCOMPARE(results.size(), int(decoder.framesAccepted()));
        QCOMPARE(inFlightMax, 1);
        QVERIFY(results.contains(QStringList{kLabel}));
    }

    // A camera frame gets one fallback pass, in turn: a dim or an inverted label still reads within
    // two frames.
    void frameDecoderTakesFallbacksInTurn_data()
    {
        QTest::addColumn<QStringList>("convert");
        QTest::newRow("inverted") << QStringList{u"-negate"_s};
        QTest::newRow("low contrast") << QStringList{u"-level"_s, u"-100%,200%"_s};
    }

    void frameDecoderTakesFallbacksInTurn()
    {
        QFETCH(QStringList, convert);
        QString error;
        const QString file = this->convert(m_code, convert, u"turns.png"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QVideoFrame frame = SyntheticFrame::from(QImage(file), QVideoFrameFormat::Format_NV12);
        QrFrameDecoder decoder;
        QSignalSpy decoded(&decoder, &QrFrameDecoder::decoded);
        QStringList read;
        for (int i = 0; i < 2 && read.isEmpty(); ++i) {
            decoder.decode(frame);
            QVERIFY(decoded.wait(20000));
            read = texts(decoded.last().first().value<QList<QrCode>>());
        }
        QCOMPARE(read, QStringList{kLabel});
    }

    void frameDecoderReportsFailures()
    {
        QrFrameDecoder decoder;
        std::optional<QrDecodeError> error;
        connect(&decoder, &QrFrameDecoder::failed, this, [&error](const QrDecodeError& e) { error = e; });
        decoder.decode(QVideoFrame());
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 20000);
        QCOMPARE(error->kind(), QrDecodeError::Kind::EmptyImage);
        QVERIFY(!decoder.isBusy());
    }

    // A video of a label, made by ffmpeg, played by Qt Multimedia into a QVideoSink.
    void videoFile()
    {
        if (QStandardPaths::findExecutable(u"ffmpeg"_s).isEmpty())
            QFAIL("ffmpeg is missing: run scripts/deps.sh --with-test-tools");
        const QString clip = path(u"clip.mp4"_s);
        const QString made
            = run(u"ffmpeg"_s,
                  {u"-loglevel"_s, u"error"_s, u"-y"_s, u"-loop"_s, u"1"_s, u"-i"_s, m_code, u"-t"_s, u"2"_s,
                   u"-vf"_s, u"scale=-2:600,pad=1280:720:(ow-iw)/2:(oh-ih)/2:white"_s, u"-pix_fmt"_s,
                   u"yuv420p"_s, clip});
        QVERIFY2(made.isEmpty(), qPrintable(made));
        QMediaPlayer player;
        QVideoSink sink;
        player.setVideoSink(&sink);
        QrFrameDecoder decoder;
        connect(&sink, &QVideoSink::videoFrameChanged, &decoder, &QrFrameDecoder::decode);
        QStringList found;
        connect(&decoder, &QrFrameDecoder::decoded, this,
                [&found](const QList<QrCode>& codes, const QSize&) { found << texts(codes); });
        QString playError;
        connect(&player, &QMediaPlayer::errorOccurred, this,
                [&playError](QMediaPlayer::Error, const QString& message) { playError = message; });
        player.setSource(QUrl::fromLocalFile(clip));
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty() || !playError.isEmpty()
                                     || player.mediaStatus() == QMediaPlayer::EndOfMedia
                                     || player.mediaStatus() == QMediaPlayer::InvalidMedia,
                                 30000);
        player.stop();
        if (found.isEmpty() && decoder.framesAccepted() == 0)
            QSKIP(qPrintable(u"Qt Multimedia cannot play an H.264 MP4 here (status %1): %2"_s
                                 .arg(int(player.mediaStatus()))
                                 .arg(playError.isEmpty() ? u"no frame reached the sink"_s : playError)));
        QVERIFY2(found.contains(kLabel), qPrintable(found.join(u", "_s)));
    }
};

QTEST_MAIN(TestQrDecoder)
#include "tst_qrdecoder.moc"
