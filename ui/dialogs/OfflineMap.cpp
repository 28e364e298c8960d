#include "OfflineMap.h"

#include "style/Icons.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

constexpr int kMarkerSize = 40;
const QColor kMarkerColor(0xd3, 0x2f, 0x2f); // red on any map, whatever the palette

} // namespace

OfflineMap::OfflineMap(const QString& imagePath, const QString& address, QWidget* parent)
    : QFrame(parent)
    , m_image(imagePath)
{
    setAccessibleName(tr("Map"));
    setAccessibleDescription(address);
    setMinimumSize(240, 160);
    if (hasImage()) {
        QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
        return;
    }
    setFrameShape(QFrame::StyledPanel);
    auto* placeholder = new QLabel(tr("The map is not available.") + u"\n\n"_s + address, this);
    placeholder->setObjectName(u"placeholder"_s);
    placeholder->setTextFormat(Qt::PlainText);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(placeholder);
}

QSize OfflineMap::sizeHint() const
{
    return hasImage() ? m_image.size().scaled(480, 320, Qt::KeepAspectRatio) : QSize(320, 200);
}

int OfflineMap::heightForWidth(int width) const
{
    return hasImage() ? width * m_image.height() / m_image.width() : QFrame::heightForWidth(width);
}

void OfflineMap::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    if (!hasImage())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QRect target(QPoint(), m_image.size().scaled(contentsRect().size(), Qt::KeepAspectRatio));
    target.moveCenter(contentsRect().center());
    painter.drawPixmap(target, m_image);
    // The marker's tip, at the bottom of the icon, points at the centre of the map.
    QRect marker(0, 0, kMarkerSize, kMarkerSize);
    marker.moveCenter(target.center());
    marker.moveBottom(target.center().y());
    Icons::tinted(u"map-marker"_s, kMarkerColor).paint(&painter, marker);
}

} // namespace mycloud
