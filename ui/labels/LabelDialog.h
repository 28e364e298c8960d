#pragma once

#include "labels/LabelSheet.h"

#include <QDialog>
#include <QFuture>
#include <QFutureWatcher>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

namespace mycloud {

// "Print labels" for chosen products: the layout (A4 sticker sheet or one label a page), a preview
// of the first page, then "Print…" or "Save as PDF…". Pages are rendered on a worker thread with
// a progress dialog whose Cancel stops after the current page and leaves nothing behind.
class LabelDialog final : public QDialog
{
    Q_OBJECT

public:
    LabelDialog(const QUrl& server, QList<std::pair<Product, Affair>> products, QWidget* parent = nullptr);

    LabelSheet sheet() const; // the chosen products in the chosen layout
    // Writes every page at `path`; false when cancelled or failed (the reason is shown in the
    // dialog), and then a file already at `path` is left as it was.
    bool saveAsPdf(const QString& path);

    void reject() override; // also cancels a run in progress

private:
    using Job = std::function<Result<int, QString>(const LabelSheet&, const LabelSheet::Progress&,
                                                   const LabelSheet::CancelCheck&)>;

    void updatePreview();
    void showPreview();
    void print();
    void chooseFile();
    bool run(const QString& text, const Job& job);
    void setBusy(bool busy);

    QUrl m_server;
    LabelSheet::Labels m_products;
    QComboBox* m_layout;
    QLabel* m_summary;
    QLabel* m_preview;
    QLabel* m_status;
    QPushButton* m_print;
    QPushButton* m_save;
    QFutureWatcher<Result<QImage, QString>> m_previewWatcher;
    qreal m_previewRatio = 1; // the device pixel ratio the preview is rendered for
    QFuture<Result<int, QString>> m_job;
};

} // namespace mycloud
