#pragma once

#include <QVideoFrame>
#include <QWidget>

class QVideoSink;

namespace mycloud {

// The camera's picture, painted here from the frames of its own QVideoSink. Not QVideoWidget:
// in Qt 6.4 that draws into a native child window, which would hide the outlines drawn over it.
class VideoView final : public QWidget
{
    Q_OBJECT

public:
    explicit VideoView(QWidget* parent = nullptr);

    QVideoSink* videoSink() const { return m_sink; }
    // Where the current frame is drawn (kept in proportion, centred): the overlay maps codes to it.
    QRectF frameRect() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QVideoSink* m_sink = nullptr;
    QVideoFrame m_frame;
};

} // namespace mycloud
