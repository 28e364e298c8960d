#include "QrDecoder.h"

#include <QImage>
#include <QImageReader>
#include <QLoggingCategory>
#include <QPainter>
#include <QScopeGuard>
#include <QSysInfo>
#include <QVideoFrame>

#include <ZXing/ReadBarcode.h>
#include <exception>
#include <vector>

Q_LOGGING_CATEGORY(lcQr, "mycloud.qr")

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

constexpr bool kLittleEndian = QSysInfo::ByteOrder == QSysInfo::LittleEndian;
// Qt's 32-bit QImage formats are words (0xAARRGGBB), so their byte order follows the machine's.
constexpr ZXing::ImageFormat kWordArgb = kLittleEndian ? ZXing::ImageFormat::BGRX : ZXing::ImageFormat::XRGB;

// Where ZXing finds the pixels of a mapped buffer.
struct Layout
{
    ZXing::ImageFormat format = ZXing::ImageFormat::None; // None: ZXing cannot read it as it is
    int offset = 0; // bytes to the first sample ZXing reads
    int pixStride = 0; // 0: the format's own
};

Layout imageLayout(QImage::Format format)
{
    switch (format) {
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied: return {kWordArgb};
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied: return {ZXing::ImageFormat::RGBX};
    case QImage::Format_RGB888: return {ZXing::ImageFormat::RGB};
    case QImage::Format_BGR888: return {ZXing::ImageFormat::BGR};
    case QImage::Format_Grayscale8: return {ZXing::ImageFormat::Lum};
    default: return {};
    }
}

// Video pixel formats are named in byte order. YUV formats are read from their luminance samples:
// a code is black and white, the chroma adds nothing.
Layout frameLayout(QVideoFrameFormat::PixelFormat format)
{
    constexpr int kHighByte = kLittleEndian ? 1 : 0; // of a 16-bit sample
    switch (format) {
    case QVideoFrameFormat::Format_ARGB8888:
    case QVideoFrameFormat::Format_ARGB8888_Premultiplied:
    case QVideoFrameFormat::Format_XRGB8888: return {ZXing::ImageFormat::XRGB};
    case QVideoFrameFormat::Format_BGRA8888:
    case QVideoFrameFormat::Format_BGRA8888_Premultiplied:
    case QVideoFrameFormat::Format_BGRX8888: return {ZXing::ImageFormat::BGRX};
    case QVideoFrameFormat::Format_ABGR8888:
    case QVideoFrameFormat::Format_XBGR8888: return {ZXing::ImageFormat::XBGR};
    case QVideoFrameFormat::Format_RGBA8888:
    case QVideoFrameFormat::Format_RGBX8888: return {ZXing::ImageFormat::RGBX};
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8: return {ZXing::ImageFormat::Lum};
    case QVideoFrameFormat::Format_YUYV: return {ZXing::ImageFormat::Lum, 0, 2};
    case QVideoFrameFormat::Format_UYVY: return {ZXing::ImageFormat::Lum, 1, 2};
    case QVideoFrameFormat::Format_AYUV:
    case QVideoFrameFormat::Format_AYUV_Premultiplied: return {ZXing::ImageFormat::Lum, 1, 4};
    // Their samples fill the top of 16 bits: the high byte is the luminance, to 8 bits.
    case QVideoFrameFormat::Format_Y16:
    case QVideoFrameFormat::Format_P010:
    case QVideoFrameFormat::Format_P016: return {ZXing::ImageFormat::Lum, kHighByte, 2};
    default: return {}; // YUV420P10 (10 bits at the bottom of 16), JPEG, GPU textures: through toImage()
    }
}

bool hasTransparentPixels(const QImage& image)
{
    if (!image.hasAlphaChannel())
        return false;
    // Every alpha format left here has 4 bytes a pixel; only the word formats move alpha with the endianness.
    const bool word
        = image.format() == QImage::Format_ARGB32 || image.format() == QImage::Format_ARGB32_Premultiplied;
    const int alpha = word && !kLittleEndian ? 0 : 3;
    for (int y = 0; y < image.height(); ++y) {
        const uchar* line = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x)
            if (line[4 * x + alpha] != 0xff)
                return true;
    }
    return false;
}

// The luminance of any view, inverted, in a buffer of its own: the one copy an inverted code costs.
std::vector<uint8_t> invertedLuminance(const ZXing::ImageView& view)
{
    std::vector<uint8_t> out(size_t(view.width()) * size_t(view.height()));
    const ZXing::ImageFormat format = view.format();
    const auto fill = [&](auto lum) {
        uint8_t* to = out.data();
        for (int y = 0; y < view.height(); ++y)
            for (int x = 0; x < view.width(); ++x)
                *to++ = uint8_t(255 - lum(view.data(x, y)));
    };
    if (format == ZXing::ImageFormat::Lum)
        fill([](const uint8_t* p) { return *p; });
    else
        fill([r = ZXing::RedIndex(format), g = ZXing::GreenIndex(format),
              b = ZXing::BlueIndex(format)](const uint8_t* p) { return ZXing::RGBToLum(p[r], p[g], p[b]); });
    return out;
}

QList<QrCode> toCodes(const ZXing::Results& results)
{
    QList<QrCode> codes;
    codes.reserve(qsizetype(results.size()));
    for (const ZXing::Result& result : results) {
        if (!result.isValid())
            continue;
        QPolygon corners;
        for (const ZXing::PointI& point : result.position())
            corners << QPoint(point.x, point.y);
        codes.append({QString::fromStdString(result.text()),
                      QString::fromLatin1(ZXing::ToString(result.format())), corners});
    }
    return codes;
}

} // namespace

QrDecoder::Decoded QrDecoder::decodeView(const ZXing::ImageView& view) const
{
    ZXing::DecodeHints hints;
    hints.setFormats(m_allFormats ? ZXing::BarcodeFormats() : ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true).setTryRotate(true).setTryDownscale(true);
    const bool lowContrast = m_fallbacks.testFlag(Fallback::LowContrast);
    try {
        ZXing::Results results = ZXing::ReadBarcodes(view, hints);
        if (results.empty() && lowContrast)
            results = ZXing::ReadBarcodes(
                view, ZXing::DecodeHints(hints).setBinarizer(ZXing::Binarizer::GlobalHistogram));
        if (results.empty() && m_fallbacks.testFlag(Fallback::Inverted)) {
            const std::vector<uint8_t> inverted = invertedLuminance(view);
            const ZXing::ImageView negative(inverted.data(), view.width(), view.height(),
                                            ZXing::ImageFormat::Lum);
            results = ZXing::ReadBarcodes(negative, hints);
            if (results.empty() && lowContrast)
                results = ZXing::ReadBarcodes(
                    negative, ZXing::DecodeHints(hints).setBinarizer(ZXing::Binarizer::GlobalHistogram));
        }
        return toCodes(results);
    } catch (const std::exception& e) { // ZXing throws on input it refuses (sizes, formats)
        qCWarning(lcQr) << "ZXing refused a" << view.width() << "x" << view.height() << "image:" << e.what();
        return QrDecodeError(QrDecodeError::Kind::DecoderFailed, QString::fromLocal8Bit(e.what()));
    }
}

QrDecoder::Decoded QrDecoder::decode(const QImage& image) const
{
    if (image.isNull())
        return QrDecodeError(QrDecodeError::Kind::EmptyImage);
    QImage readable = image; // shared, not copied, unless converted below
    if (imageLayout(readable.format()).format == ZXing::ImageFormat::None)
        readable = readable.convertToFormat(readable.hasAlphaChannel() ? QImage::Format_ARGB32
                                                                       : QImage::Format_Grayscale8);
    // ZXing ignores alpha: a transparent ground would read as its colour, often black.
    if (hasTransparentPixels(readable)) {
        QImage onWhite(readable.size(), QImage::Format_RGB32);
        onWhite.fill(Qt::white);
        QPainter(&onWhite).drawImage(0, 0, readable);
        readable = onWhite;
    }
    const Layout layout = imageLayout(readable.format());
    return decodeView(ZXing::ImageView(readable.constBits(), readable.width(), readable.height(),
                                       layout.format, int(readable.bytesPerLine())));
}

QrDecoder::Decoded QrDecoder::decode(const QVideoFrame& frame) const
{
    if (!frame.isValid() || frame.size().isEmpty())
        return QrDecodeError(QrDecodeError::Kind::EmptyImage);
    const Layout layout = frameLayout(frame.pixelFormat());
    if (layout.format == ZXing::ImageFormat::None) {
        const QImage image = frame.toImage();
        if (image.isNull())
            return QrDecodeError(QrDecodeError::Kind::UnsupportedFrame,
                                 QVideoFrameFormat::pixelFormatToString(frame.pixelFormat()));
        return decode(image);
    }
    QVideoFrame mapped = frame; // shares the buffer; mapping is per handle
    if (!mapped.map(QVideoFrame::ReadOnly))
        return QrDecodeError(QrDecodeError::Kind::UnsupportedFrame,
                             QVideoFrameFormat::pixelFormatToString(frame.pixelFormat()));
    const auto unmap = qScopeGuard([&mapped] { mapped.unmap(); });
    return decodeView(ZXing::ImageView(mapped.bits(0) + layout.offset, mapped.width(), mapped.height(),
                                       layout.format, mapped.bytesPerLine(0), layout.pixStride));
}

QrDecoder::Decoded QrDecoder::decodeFile(const QString& path) const
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone photo's EXIF orientation
    const QImage image = reader.read();
    if (image.isNull())
        return QrDecodeError(QrDecodeError::Kind::Unreadable, reader.errorString(), path);
    return decode(image);
}

} // namespace mycloud
