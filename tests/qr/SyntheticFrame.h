#pragma once

#include <QImage>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <cstring>

// A camera-like frame in any of the common pixel formats, its planes written here from an image
// (BT.601 full range, chroma from the top-left pixel of each block), the way a camera driver lays
// them out: not through Qt's own conversions, which the decoder must not depend on.
class SyntheticFrame final
{
public:
    static QVideoFrame from(const QImage& image, QVideoFrameFormat::PixelFormat format)
    {
        using F = QVideoFrameFormat;
        QVideoFrame frame(QVideoFrameFormat(image.size(), format));
        if (!frame.map(QVideoFrame::WriteOnly))
            return {};
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        for (int plane = 0; plane < frame.planeCount(); ++plane)
            std::memset(frame.bits(plane), 0, size_t(frame.mappedBytes(plane)));
        const auto put16 = [&](int plane, int x, int y, int value) {
            uchar* p = frame.bits(plane) + y * frame.bytesPerLine(plane) + 2 * x;
            p[0] = uchar(value & 0xff); // little-endian, as the formats are defined
            p[1] = uchar(value >> 8);
        };
        const auto put8 = [&](int plane, int x, int y, int byte, int value) {
            frame.bits(plane)[y * frame.bytesPerLine(plane) + x + byte] = uchar(value);
        };
        const char* order = rgbOrder(format);
        for (int y = 0; y < rgb.height(); ++y) {
            for (int x = 0; x < rgb.width(); ++x) {
                const QRgb c = rgb.pixel(x, y);
                const int r = qRed(c), g = qGreen(c), b = qBlue(c);
                const int luma = (77 * r + 150 * g + 29 * b + 128) >> 8;
                const int u = qBound(0, 128 + ((-43 * r - 85 * g + 128 * b) >> 8), 255);
                const int v = qBound(0, 128 + ((128 * r - 107 * g - 21 * b) >> 8), 255);
                const bool even = x % 2 == 0, evenRow = y % 2 == 0;
                if (order) {
                    for (int i = 0; i < 4; ++i) {
                        const char channel = order[i];
                        put8(0, 4 * x, y, i,
                             channel == 'R'       ? r
                                 : channel == 'G' ? g
                                 : channel == 'B' ? b
                                                  : 255);
                    }
                    continue;
                }
                switch (format) {
                case F::Format_NV12:
                case F::Format_NV21:
                    put8(0, x, y, 0, luma);
                    if (even && evenRow) {
                        put8(1, x, y / 2, 0, format == F::Format_NV12 ? u : v);
                        put8(1, x, y / 2, 1, format == F::Format_NV12 ? v : u);
                    }
                    break;
                case F::Format_YUV420P:
                case F::Format_YV12:
                    put8(0, x, y, 0, luma);
                    if (even && evenRow) {
                        put8(1, x / 2, y / 2, 0, format == F::Format_YUV420P ? u : v);
                        put8(2, x / 2, y / 2, 0, format == F::Format_YUV420P ? v : u);
                    }
                    break;
                case F::Format_YUV422P:
                    put8(0, x, y, 0, luma);
                    if (even) {
                        put8(1, x / 2, y, 0, u);
                        put8(2, x / 2, y, 0, v);
                    }
                    break;
                case F::Format_YUYV: // Y0 U Y1 V
                    put8(0, 2 * x, y, 0, luma);
                    put8(0, 2 * x, y, 1, even ? u : v);
                    break;
                case F::Format_UYVY: // U Y0 V Y1
                    put8(0, 2 * x, y, 0, even ? u : v);
                    put8(0, 2 * x, y, 1, luma);
                    break;
                case F::Format_AYUV:
                    put8(0, 4 * x, y, 0, 255);
                    put8(0, 4 * x, y, 1, luma);
                    put8(0, 4 * x, y, 2, u);
                    put8(0, 4 * x, y, 3, v);
                    break;
                case F::Format_Y8: put8(0, x, y, 0, luma); break;
                case F::Format_P010: // 10 significant bits at the top of 16
                    put16(0, x, y, luma << 8);
                    if (even && evenRow) {
                        put16(1, x, y / 2, u << 8);
                        put16(1, x + 1, y / 2, v << 8);
                    }
                    break;
                default: frame.unmap(); return {};
                }
            }
        }
        frame.unmap();
        return frame;
    }

private:
    // The byte order of a 32-bit RGB format (video formats are named in byte order), or null.
    static const char* rgbOrder(QVideoFrameFormat::PixelFormat format)
    {
        using F = QVideoFrameFormat;
        switch (format) {
        case F::Format_ARGB8888:
        case F::Format_XRGB8888: return "ARGB";
        case F::Format_BGRA8888:
        case F::Format_BGRX8888: return "BGRA";
        case F::Format_ABGR8888:
        case F::Format_XBGR8888: return "ABGR";
        case F::Format_RGBA8888:
        case F::Format_RGBX8888: return "RGBA";
        default: return nullptr;
        }
    }
};
