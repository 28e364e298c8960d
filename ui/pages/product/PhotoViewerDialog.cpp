#include "PhotoViewerDialog.h"

#include "PhotoThumbnailModel.h"
#include "style/Icons.h"

#include <QAbstractItemModel>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mycloud {

PhotoViewerDialog::PhotoViewerDialog(QAbstractItemModel* photos, int row, QWidget* parent)
    : QDialog(parent)
    , m_photos(photos)
    , m_image(new QLabel(this))
    , m_caption(new QLabel(this))
{
    setWindowTitle(tr("Photos"));
    resize(960, 720);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(320, 240);
    m_caption->setAlignment(Qt::AlignCenter);
    auto* previous = new QPushButton(Icons::get(u"previous"_s), tr("&Previous"), this);
    auto* next = new QPushButton(Icons::get(u"next"_s), tr("&Next"), this);
    auto* close = new QPushButton(tr("&Close"), this);
    connect(previous, &QPushButton::clicked, this, [this] { showRow(m_row - 1); });
    connect(next, &QPushButton::clicked, this, [this] { showRow(m_row + 1); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(previous);
    buttons->addStretch();
    buttons->addWidget(m_caption);
    buttons->addStretch();
    buttons->addWidget(next);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_image, 1);
    layout->addLayout(buttons);
    showRow(row);
}

void PhotoViewerDialog::showRow(int row)
{
    const int count = m_photos->rowCount();
    if (count == 0)
        return;
    m_row = (row + count) % count; // wraps around, like the gallery of the web portal
    m_caption->setText(
        tr("%1 (%2 of %3)").arg(m_photos->index(m_row, 0).data().toString()).arg(m_row + 1).arg(count));
    decode();
}

void PhotoViewerDialog::decode()
{
    const QString path = m_photos->index(m_row, 0).data(PhotoThumbnailModel::PathRole).toString();
    if (path.isEmpty()) {
        m_image->setText(tr("This photo is still being downloaded."));
        return;
    }
    const QSize target = m_image->size();
    const quint64 generation = ++m_generation;
    auto* watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const QImage image = watcher->result();
        if (image.isNull())
            m_image->setText(tr("This photo cannot be shown: the file is damaged or not an image."));
        else
            m_image->setPixmap(QPixmap::fromImage(image));
    });
    watcher->setFuture(QtConcurrent::run([path, target] {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid() && (size.width() > target.width() || size.height() > target.height()))
            reader.setScaledSize(size.scaled(target, Qt::KeepAspectRatio));
        return reader.read();
    }));
}

void PhotoViewerDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Left) {
        showRow(m_row - 1);
        return;
    }
    if (event->key() == Qt::Key_Right) {
        showRow(m_row + 1);
        return;
    }
    QDialog::keyPressEvent(event);
}

void PhotoViewerDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    decode();
}

} // namespace mycloud
