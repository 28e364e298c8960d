#pragma once

#include <QDialog>

class QAbstractItemModel;
class QLabel;

namespace mycloud {

// A product photo seen large, with previous / next through the gallery (arrow keys too). The
// image is decoded on a worker thread at the size of the screen, not at its full resolution.
class PhotoViewerDialog final : public QDialog
{
    Q_OBJECT

public:
    PhotoViewerDialog(QAbstractItemModel* photos, int row, QWidget* parent = nullptr);

    int row() const { return m_row; }
    void showRow(int row);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void decode();

    QAbstractItemModel* m_photos = nullptr;
    QLabel* m_image = nullptr;
    QLabel* m_caption = nullptr;
    int m_row = 0;
    quint64 m_generation = 0;
};

} // namespace mycloud
