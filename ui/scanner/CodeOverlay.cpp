#include "CodeOverlay.h"

#include <QEvent>
#include <QPainter>
#include <QTransform>

namespace mycloud {

CodeOverlay::CodeOverlay(QWidget* video)
    : QWidget(video)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    m_flash.setSingleShot(true);
    m_flash.setInterval(300);
    connect(&m_flash, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    video->installEventFilter(this);
    setGeometry(video->rect());
    raise();
}

void CodeOverlay::setCodes(const QList<QPolygon>& corners, const QSize& frameSize)
{
    if (corners == m_codes && frameSize == m_frameSize)
        return;
    m_codes = corners;
    m_frameSize = frameSize;
    update();
}

void CodeOverlay::flash()
{
    m_flash.start();
    update();
}

QList<QPolygonF> CodeOverlay::outlines() const
{
    if (m_frameSize.isEmpty())
        return {};
    // Where the video widget puts the frame (Qt::KeepAspectRatio, centred).
    const QSizeF shown = QSizeF(m_frameSize).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    const QTransform toWidget
        = QTransform::fromTranslate((width() - shown.width()) / 2, (height() - shown.height()) / 2)
              .scale(shown.width() / m_frameSize.width(), shown.height() / m_frameSize.height());
    QList<QPolygonF> mapped;
    for (const QPolygon& code : m_codes)
        mapped.append(toWidget.map(QPolygonF(code)));
    return mapped;
}

bool CodeOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parent() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
        raise();
    }
    return QWidget::eventFilter(watched, event);
}

void CodeOverlay::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor outline(0x2e, 0xcc, 0x71);
    painter.setPen(QPen(outline, isFlashing() ? 6 : 3));
    QColor fill = outline;
    fill.setAlpha(90);
    painter.setBrush(isFlashing() ? QBrush(fill) : Qt::NoBrush);
    for (const QPolygonF& code : outlines())
        painter.drawPolygon(code);
}

} // namespace mycloud
