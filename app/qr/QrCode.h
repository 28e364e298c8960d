#pragma once

#include <QPolygon>
#include <QString>

namespace mycloud {

// One code found in an image or a camera frame.
struct QrCode final
{
    QString text; // as decoded (UTF-8 in the code): parse it with QrLink, never open it blindly
    QString format; // ZXing's name for the symbology: "QRCode" unless every format was asked for
    // Top-left, top-right, bottom-right, bottom-left in the code's own orientation, in the pixels
    // of the image or frame it came from: what the scanner outlines.
    QPolygon corners;

    bool operator==(const QrCode&) const = default;
};

} // namespace mycloud
