#pragma once

#include "pages/Page.h"
#include "qr/QrDecoder.h"
#include "qr/QrResolver.h"

#include <QStringList>
#include <QUuid>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QMimeData;
class QToolButton;
class QVideoSink;

namespace mycloud {

class CameraPreview;
class ClientSession;
class ScanListModel;

// The scanner: codes read from the live camera, an image file, the clipboard or a dropped image,
// each looked up (offline first) and listed. In continuous mode the list collects the codes of a
// whole row of panels; otherwise the first product found opens at once.
class ScanPage final : public Page
{
    Q_OBJECT

public:
    explicit ScanPage(ClientSession& session, QWidget* parent = nullptr);

    void reload() override; // the camera list: cheap, and a camera may have been plugged in
    void focusSearch() override;

    // Decodes an image file on a worker thread.
    void openImage(const QString& path);
    // An image, image file or text from the clipboard (Ctrl+V).
    void paste();
    void setContinuous(bool continuous);
    bool isContinuous() const;

    ScanListModel* model() const { return m_model; }
    QListView* list() const { return m_list; }
    CameraPreview* preview() const { return m_preview; }
    QVideoSink* frameTap() const;
    // About the camera: none found, permission denied, busy, …; empty while all is well.
    QString cameraMessage() const;
    // About the last image, paste or drop: nothing found, unreadable, …
    QString message() const;

signals:
    void openProduct(const QUuid& affairId, const QUuid& productId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void refreshCameras();
    void toggleCamera();
    void updateStartStop();
    void takeMimeData(const QMimeData* mime);
    void decodeImage(const QImage& image);
    void showDecoded(const QrDecoder::Decoded& decoded);
    void take(const QStringList& texts);
    void resolveNext();
    void onResolved(const QrResolver::Resolution& resolution);
    void openIfFound(const QrResolver::Resolution& resolution);
    void open(const QModelIndex& index);

    ClientSession& m_session;
    QrResolver* m_resolver = nullptr;
    ScanListModel* m_model = nullptr;
    CameraPreview* m_preview = nullptr;
    QComboBox* m_cameras = nullptr;
    QToolButton* m_startStop = nullptr;
    QCheckBox* m_continuous = nullptr;
    QLabel* m_cameraMessage = nullptr;
    QLabel* m_message = nullptr;
    QListView* m_list = nullptr;
    QStringList m_queue; // texts waiting for the resolver, which takes one at a time
    QString m_resolving;
    // Out of continuous mode, one scan (a frame, an image) opens at most one product.
    bool m_openedThisScan = false;
};

} // namespace mycloud
