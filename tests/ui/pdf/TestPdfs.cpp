#include "TestPdfs.h"

#include <QFile>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

bool TestPdfs::write(const QString& path, int pages, const QList<int>& marked, const QString& mark)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A3));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(36);
    painter.setFont(font);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage())
            return false;
        painter.drawText(QPointF(60, 80), u"Page %1"_s.arg(page + 1));
        painter.fillRect(barRect(page), Qt::black);
        if (marked.contains(page))
            painter.drawText(QPointF(400, 430), mark);
    }
    return painter.end();
}

QRectF TestPdfs::barRect(int page)
{
    return {100.0 + page * 150.0, 600.0, 80.0, 120.0};
}

bool TestPdfs::truncate(const QString& source, const QString& target, qint64 bytes)
{
    QFile in(source);
    QFile out(target);
    return in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly)
        && out.write(in.read(bytes)) == bytes;
}
