#pragma once

#include "qr/QrCode.h"

#include <QCamera>
#include <QElapsedTimer>
#include <QHash>
#include <QMediaCaptureSession>
#include <QWidget>

class QCameraDevice;
class QVideoSink;

namespace mycloud {

class CodeOverlay;
class VideoView;
class QrFrameDecoder;

// The live camera: its picture, its frames decoded on a worker (one at a time, the rest dropped),
// the codes outlined over the picture, and a beep and a flash when a code comes into view.
class CameraPreview final : public QWidget
{
    Q_OBJECT

public:
    explicit CameraPreview(QWidget* parent = nullptr);
    ~CameraPreview() override;

    void start(const QCameraDevice& device);
    void stop();
    bool isStarted() const { return m_camera != nullptr; } // asked to run, perhaps not showing yet

    // Every frame shown goes through this sink and to the decoder; a test can push frames into it.
    QVideoSink* frameTap() const;
    CodeOverlay* overlay() const { return m_overlay; }

signals:
    // Codes that came into view (not seen in the last moments), in the order found.
    void codesFound(const QStringList& texts);
    void activeChanged(bool active);
    // The camera failed: a translated sentence saying why and what to do.
    void failed(const QString& message);

private:
    void onDecoded(const QList<mycloud::QrCode>& codes, const QSize& frameSize);
    void onCameraError(QCamera::Error error, const QString& detail);

    QMediaCaptureSession m_capture;
    QCamera* m_camera = nullptr;
    VideoView* m_video = nullptr;
    CodeOverlay* m_overlay = nullptr;
    QrFrameDecoder* m_decoder = nullptr;
    // When each code was last seen: a code missed by a frame or two is not "new" again, so holding a
    // label in view beeps once.
    QHash<QString, qint64> m_lastSeen;
    QElapsedTimer m_clock;
};

} // namespace mycloud
