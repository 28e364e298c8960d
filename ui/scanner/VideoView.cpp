#include "VideoView.h"

#include <QPainter>
#include <QVideoSink>

namespace mycloud {

VideoView::VideoView(QWidget* parent)
    : QWidget(parent)
    , m_sink(new QVideoSink(this))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame& frame) {
        m_frame = frame;
        update();
    });
}

QRectF VideoView::frameRect() const
{
    const QSizeF frame = m_frame.isValid() ? QSizeF(m_frame.size()) : QSizeF(size());
    const QSizeF shown = frame.scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return {QPointF((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown};
}

void VideoView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (!m_frame.isValid())
        return;
    QVideoFrame::PaintOptions options;
    options.backgroundColor = Qt::black;
    options.aspectRatioMode = Qt::KeepAspectRatio;
    m_frame.paint(&painter, rect(), options);
}

} // namespace mycloud
