#pragma once

#include "QrCode.h"
#include "QrDecodeError.h"
#include "domain/Result.h"

#include <QFlags>
#include <QList>

class QImage;
class QVideoFrame;

namespace ZXing {
class ImageView;
}

namespace mycloud {

// Finds the codes in an image or a camera frame with ZXing, reading the pixels where they are: a
// YUV frame's luminance plane, an image's own bytes when ZXing knows their layout. Only formats
// ZXing cannot read are converted. Holds settings only: copy it to any thread.
class QrDecoder final
{
public:
    // Extra passes, tried only when the plain one finds nothing, so a frame with a code costs one pass.
    enum class Fallback {
        LowContrast = 0x1, // a global threshold: the local one takes a dim, flat dark area for white
        Inverted = 0x2, // light modules on a dark ground (ZXing 1.4 has no such option)
    };
    Q_DECLARE_FLAGS(Fallbacks, Fallback)
    using Decoded = Result<QList<QrCode>, QrDecodeError>;

    // QR codes only unless told otherwise: our labels are QR codes, and every reader more is time
    // spent on each frame and a chance of a false read.
    void setAllFormats(bool all) { m_allFormats = all; }
    void setFallbacks(Fallbacks fallbacks) { m_fallbacks = fallbacks; }
    Fallbacks fallbacks() const { return m_fallbacks; }

    Decoded decode(const QImage& image) const;
    Decoded decode(const QVideoFrame& frame) const;
    Decoded decodeFile(const QString& path) const;

private:
    Decoded decodeView(const ZXing::ImageView& view) const;

    bool m_allFormats = false;
    Fallbacks m_fallbacks = {Fallback::LowContrast, Fallback::Inverted};
};

} // namespace mycloud

Q_DECLARE_OPERATORS_FOR_FLAGS(mycloud::QrDecoder::Fallbacks)
