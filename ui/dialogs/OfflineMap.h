#pragma once

#include <QFrame>
#include <QPixmap>

namespace mycloud {

// A map that needs no network: a picture shipped with the app, centred on the place, with the
// marker drawn at its centre. Without the picture, a framed placeholder gives the address instead.
class OfflineMap final : public QFrame
{
    Q_OBJECT

public:
    OfflineMap(const QString& imagePath, const QString& address, QWidget* parent = nullptr);

    bool hasImage() const { return !m_image.isNull(); }
    QSize sizeHint() const override;
    // The picture keeps its proportions, so the layout gives no band of empty frame around it.
    bool hasHeightForWidth() const override { return hasImage(); }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QPixmap m_image;
};

} // namespace mycloud
