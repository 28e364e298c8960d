#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QLoggingCategory>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIcons, "mycloud.ui.icons")

namespace mycloud {

namespace {

class PaletteIconEngine final : public QIconEngine
{
public:
    PaletteIconEngine(QString name, std::optional<QColor> fixed)
        : m_name(std::move(name))
        , m_fixed(std::move(fixed))
    {
        QFile file(u":/icons/"_s + m_name + u".svg"_s);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
        else
            qCWarning(lcIcons) << "no icon named" << m_name;
    }

    QIconEngine* clone() const override { return new PaletteIconEngine(*this); }
    QString key() const override { return u"mycloud-palette"_s; }
    QString iconName() override { return m_name; }
    bool isNull() override { return m_svg.isEmpty(); }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QPixmap image = pixmap(rect.size() * ratio, mode, state);
        painter->drawPixmap(rect, image);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(state);
        const QColor color = colorFor(mode);
        const QString cacheKey = u"mycloud-icon-%1-%2x%3-%4"_s.arg(m_name)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(color.rgba(), 8, 16);
        QPixmap image;
        if (QPixmapCache::find(cacheKey, &image))
            return image;
        image = QPixmap(size);
        image.fill(Qt::transparent);
        QByteArray svg = m_svg;
        svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        QPainter painter(&image);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
        if (color.alpha() < 255) {
            QPixmap faded(size);
            faded.fill(Qt::transparent);
            QPainter fade(&faded);
            fade.setOpacity(color.alphaF());
            fade.drawPixmap(0, 0, image);
            fade.end();
            image = faded;
        }
        QPixmapCache::insert(cacheKey, image);
        return image;
    }

private:
    QColor colorFor(QIcon::Mode mode) const
    {
        if (m_fixed && mode != QIcon::Disabled)
            return *m_fixed;
        const QPalette palette = QApplication::palette();
        switch (mode) {
        case QIcon::Disabled: return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected: return palette.color(QPalette::Active, QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active: break;
        }
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    QString m_name;
    std::optional<QColor> m_fixed;
    QByteArray m_svg;
};

} // namespace

QIcon Icons::get(const QString& name)
{
    return QIcon(new PaletteIconEngine(name, std::nullopt));
}

QIcon Icons::tinted(const QString& name, const QColor& color)
{
    return QIcon(new PaletteIconEngine(name, color));
}

} // namespace mycloud
