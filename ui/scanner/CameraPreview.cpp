#include "CameraPreview.h"

#include "CodeOverlay.h"
#include "VideoView.h"
#include "qr/QrFrameDecoder.h"

#include <QApplication>
#include <QCameraDevice>
#include <QVBoxLayout>
#include <QVideoSink>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {
constexpr qint64 kForgetAfterMs = 2000;
}

CameraPreview::CameraPreview(QWidget* parent)
    : QWidget(parent)
    , m_video(new VideoView(this))
    , m_overlay(new CodeOverlay(m_video))
    , m_decoder(new QrFrameDecoder(this))
{
    m_video->setMinimumSize(320, 180);
    m_video->setAccessibleName(tr("Camera picture"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_video);
    m_capture.setVideoSink(m_video->videoSink());
    m_clock.start();
    // The view's sink sees every frame it shows: the decoder takes what it can keep up with.
    connect(m_video->videoSink(), &QVideoSink::videoFrameChanged, m_decoder, &QrFrameDecoder::decode);
    connect(m_decoder, &QrFrameDecoder::decoded, this, &CameraPreview::onDecoded);
}

CameraPreview::~CameraPreview()
{
    stop();
}

void CameraPreview::start(const QCameraDevice& device)
{
    stop();
    m_camera = new QCamera(device, this);
    connect(m_camera, &QCamera::errorOccurred, this, &CameraPreview::onCameraError);
    connect(m_camera, &QCamera::activeChanged, this, &CameraPreview::activeChanged);
    m_capture.setCamera(m_camera);
    m_camera->start();
}

void CameraPreview::stop()
{
    if (!m_camera)
        return;
    m_capture.setCamera(nullptr);
    m_camera->disconnect(this);
    m_camera->stop();
    m_camera->deleteLater();
    m_camera = nullptr;
    m_overlay->setCodes({}, {});
    m_lastSeen.clear();
    emit activeChanged(false);
}

QVideoSink* CameraPreview::frameTap() const
{
    return m_video->videoSink();
}

void CameraPreview::onDecoded(const QList<QrCode>& codes, const QSize& frameSize)
{
    QList<QPolygon> corners;
    QStringList fresh;
    const qint64 now = m_clock.elapsed();
    for (const QrCode& code : codes) {
        corners.append(code.corners);
        const auto seen = m_lastSeen.constFind(code.text);
        if (seen == m_lastSeen.cend() || now - *seen > kForgetAfterMs)
            fresh.append(code.text);
        m_lastSeen.insert(code.text, now);
    }
    m_overlay->setCodes(corners, frameSize);
    if (fresh.isEmpty())
        return;
    QApplication::beep();
    m_overlay->flash();
    emit codesFound(fresh);
}

void CameraPreview::onCameraError(QCamera::Error error, const QString& detail)
{
    if (error == QCamera::NoError)
        return;
    // Qt 6.4 has one error code for everything: the backend's words tell busy and denied apart.
    const QString lower = detail.toLower();
    QString message;
    if (lower.contains(u"busy"_s) || lower.contains(u"in use"_s))
        message = tr("The camera is busy: close the other application using it, then start again.");
    else if (lower.contains(u"permission"_s) || lower.contains(u"denied"_s) || lower.contains(u"authori"_s))
        message = tr("MyCloud may not use the camera: allow it in the system's privacy settings, then "
                     "start again.");
    else
        message = tr("The camera stopped working: %1").arg(detail);
    stop();
    emit failed(message);
}

} // namespace mycloud
