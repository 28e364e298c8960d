#pragma once

#include <QPolygon>
#include <QTimer>
#include <QWidget>

namespace mycloud {

// Outlines the codes found in the latest frame over the video that shows it. Laid over its parent
// (the video widget), it maps frame pixels onto the part of the parent the video fills, letterboxed
// with the video's aspect ratio, and lets every mouse event through.
class CodeOverlay final : public QWidget
{
    Q_OBJECT

public:
    explicit CodeOverlay(QWidget* video);

    // Corners in the pixels of a frame of `frameSize`; empty clears the outlines.
    void setCodes(const QList<QPolygon>& corners, const QSize& frameSize);
    // Briefly fills the outlines: the eye's "got it" next to the beep.
    void flash();
    bool isFlashing() const { return m_flash.isActive(); }
    // The outlines in this widget's coordinates, as painted.
    QList<QPolygonF> outlines() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QList<QPolygon> m_codes;
    QSize m_frameSize;
    QTimer m_flash;
};

} // namespace mycloud
