#pragma once

#include "domain/Document.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPixmap>

namespace mycloud {

class FileCache;

// A product's photos as thumbnails for the gallery: each photo is fetched through the file cache
// and scaled on a worker thread the first time a view asks for it; until then, a placeholder.
class PhotoThumbnailModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int kThumbnailSize = 160;
    enum Role { DocumentRole = Qt::UserRole + 1, PathRole };

    explicit PhotoThumbnailModel(FileCache& cache, QObject* parent = nullptr);

    void setPhotos(const QList<Document>& photos);
    const QList<Document>& photos() const { return m_photos; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void load(int row) const;
    void loaded(const QString& sha256, const QString& path, const QImage& image);

    FileCache& m_cache;
    QList<Document> m_photos;
    QHash<QString, QPixmap> m_thumbnails; // by sha256
    QHash<QString, QString> m_paths; // by sha256: the cached file, for the large viewer
    mutable QSet<QString> m_requested;
    quint64 m_generation = 0;
};

} // namespace mycloud
