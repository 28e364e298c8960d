#include "PhotoThumbnailModel.h"

#include "files/DownloadJob.h"
#include "files/FileCache.h"
#include "style/Icons.h"

#include <QFutureWatcher>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mycloud {

PhotoThumbnailModel::PhotoThumbnailModel(FileCache& cache, QObject* parent)
    : QAbstractListModel(parent)
    , m_cache(cache)
{ }

void PhotoThumbnailModel::setPhotos(const QList<Document>& photos)
{
    beginResetModel();
    m_photos = photos;
    m_requested.clear();
    ++m_generation;
    endResetModel();
}

int PhotoThumbnailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_photos.size());
}

QVariant PhotoThumbnailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Document& photo = m_photos.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return photo.title;
    case Qt::ToolTipRole: return tr("%1 — double-click to see it large").arg(photo.title);
    case Qt::DecorationRole:
        if (const auto it = m_thumbnails.constFind(photo.sha256); it != m_thumbnails.constEnd())
            return *it;
        load(index.row());
        return Icons::get(u"photo"_s);
    case DocumentRole: return QVariant::fromValue(photo);
    case PathRole: return m_paths.value(photo.sha256);
    default: return {};
    }
}

void PhotoThumbnailModel::load(int row) const
{
    const Document photo = m_photos.at(row);
    if (m_requested.contains(photo.sha256))
        return;
    m_requested.insert(photo.sha256);
    auto* self = const_cast<PhotoThumbnailModel*>(this); // a view asking is what starts the work
    DownloadJob* job = m_cache.fetch(photo);
    const auto scale = [self, job, sha256 = photo.sha256, generation = m_generation] {
        if (job->error() || generation != self->m_generation)
            return;
        const QString path = job->path();
        auto* watcher = new QFutureWatcher<QImage>(self);
        connect(watcher, &QFutureWatcherBase::finished, self, [self, watcher, sha256, path, generation] {
            watcher->deleteLater();
            if (generation == self->m_generation)
                self->loaded(sha256, path, watcher->result());
        });
        // Decoded at thumbnail size straight from the file: a 12-megapixel photo never fills memory.
        watcher->setFuture(QtConcurrent::run([path] {
            QImageReader reader(path);
            reader.setAutoTransform(true);
            const QSize size = reader.size();
            if (size.isValid())
                reader.setScaledSize(size.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio));
            return reader.read();
        }));
    };
    if (job->isFinished())
        scale();
    else
        connect(job, &DownloadJob::finished, self, scale);
}

void PhotoThumbnailModel::loaded(const QString& sha256, const QString& path, const QImage& image)
{
    m_paths.insert(sha256, path);
    if (!image.isNull())
        m_thumbnails.insert(sha256, QPixmap::fromImage(image));
    for (int row = 0; row < m_photos.size(); ++row) {
        if (m_photos.at(row).sha256 == sha256)
            emit dataChanged(index(row), index(row), {Qt::DecorationRole, PathRole});
    }
}

} // namespace mycloud
