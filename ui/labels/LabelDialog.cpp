#include "LabelDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

constexpr int kPreviewSize = 360; // logical pixels for the longer side of the paper, at most

} // namespace

LabelDialog::LabelDialog(const QUrl& server, QList<std::pair<Product, Affair>> products, QWidget* parent)
    : QDialog(parent)
    , m_server(server)
    , m_products(std::move(products))
    , m_layout(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_status(new QLabel(this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_save(new QPushButton(tr("Save as P&DF…"), this))
{
    setWindowTitle(tr("Print labels"));
    m_layout->setObjectName(u"layout"_s);
    m_layout->addItem(tr("A4 sticker sheet, 3 × 8 labels of 70 × 37 mm"), int(LabelSheet::Layout::A4Grid));
    m_layout->addItem(tr("One label per page, 100 × 60 mm"), int(LabelSheet::Layout::OnePerPage));
    m_summary->setObjectName(u"summary"_s);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(kPreviewSize, kPreviewSize);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_print->setObjectName(u"print"_s);
    m_save->setObjectName(u"save"_s);
    setBusy(false);

    auto* layoutRow = new QHBoxLayout;
    auto* layoutLabel = new QLabel(tr("&Layout:"), this);
    layoutLabel->setBuddy(m_layout);
    layoutRow->addWidget(layoutLabel);
    layoutRow->addWidget(m_layout, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(layoutRow);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_layout, &QComboBox::currentIndexChanged, this, &LabelDialog::updatePreview);
    connect(&m_previewWatcher, &QFutureWatcherBase::finished, this, &LabelDialog::showPreview);
    connect(m_print, &QPushButton::clicked, this, &LabelDialog::print);
    connect(m_save, &QPushButton::clicked, this, &LabelDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &LabelDialog::reject);
    updatePreview();
}

LabelSheet LabelDialog::sheet() const
{
    return LabelSheet(m_server, m_products, LabelSheet::Layout(m_layout->currentData().toInt()));
}

void LabelDialog::updatePreview()
{
    const LabelSheet sheet = this->sheet();
    m_summary->setText(tr("%1 on %2")
                           .arg(tr("%n label(s)", nullptr, int(m_products.size())),
                                tr("%n page(s)", nullptr, sheet.pageCount())));
    if (m_products.isEmpty()) {
        m_preview->setText(tr("No products chosen."));
        return;
    }
    // The screen's resolution, unless the paper would not fit the preview at its real size.
    const QSizeF inches = sheet.pageLayout().fullRect(QPageLayout::Inch).size();
    const qreal dpi
        = std::min<qreal>(logicalDpiX(), kPreviewSize / std::max(inches.width(), inches.height()));
    m_previewRatio = devicePixelRatioF();
    const qreal pixelsPerInch = dpi * m_previewRatio;
    m_previewWatcher.setFuture(
        QtConcurrent::run([sheet, pixelsPerInch] { return sheet.pageImage(0, pixelsPerInch); }));
}

void LabelDialog::showPreview()
{
    const QFuture<Result<QImage, QString>> future = m_previewWatcher.future();
    if (future.resultCount() == 0)
        return;
    const Result<QImage, QString> image = future.result();
    if (!image) {
        m_preview->setText(image.error());
        return;
    }
    QPixmap pixmap = QPixmap::fromImage(*image);
    pixmap.setDevicePixelRatio(m_previewRatio);
    m_preview->setPixmap(pixmap);
}

void LabelDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("QR labels"));
    printer.setPageLayout(sheet().pageLayout());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print labels"));
    // The layout chose the paper, and every label is printed.
    dialog.setOptions(QAbstractPrintDialog::PrintToFile | QAbstractPrintDialog::PrintCollateCopies);
    if (dialog.exec() != QDialog::Accepted)
        return;
    run(tr("Printing the labels…"),
        [&printer](const LabelSheet& sheet, const LabelSheet::Progress& progress,
                   const LabelSheet::CancelCheck& cancelled) {
            return sheet.render(printer, progress, cancelled);
        });
}

void LabelDialog::chooseFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QFileDialog dialog(this, tr("Save labels as PDF"), QDir(folder).filePath(tr("labels.pdf")),
                       tr("PDF documents (*.pdf)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(u"pdf"_s);
    if (dialog.exec() == QDialog::Accepted)
        saveAsPdf(dialog.selectedFiles().constFirst());
}

bool LabelDialog::saveAsPdf(const QString& path)
{
    return run(tr("Saving the labels…"),
               [path](const LabelSheet& sheet, const LabelSheet::Progress& progress,
                      const LabelSheet::CancelCheck& cancelled) -> Result<int, QString> {
                   // Written aside and renamed at the end: a cancel or a failure keeps the old file.
                   QSaveFile file(path);
                   if (!file.open(QIODevice::WriteOnly))
                       return tr("“%1” cannot be written: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
                   const Result<int, QString> pages = [&] {
                       QPdfWriter writer(&file);
                       writer.setTitle(tr("QR labels"));
                       writer.setCreator(QCoreApplication::applicationName());
                       return sheet.render(writer, progress, cancelled);
                   }();
                   if (!pages || *pages < sheet.pageCount() || cancelled()) {
                       file.cancelWriting();
                       return pages;
                   }
                   if (!file.commit())
                       return tr("“%1” cannot be written: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
                   return pages;
               });
}

bool LabelDialog::run(const QString& text, const Job& job)
{
    const LabelSheet sheet = this->sheet();
    QProgressDialog progress(text, tr("Cancel"), 0, sheet.pageCount(), this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QFutureWatcher<Result<int, QString>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::progressValueChanged, &progress, &QProgressDialog::setValue);
    connect(&progress, &QProgressDialog::canceled, &watcher, &QFutureWatcherBase::cancel);
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    m_job = QtConcurrent::run([sheet, job](QPromise<Result<int, QString>>& promise) {
        promise.setProgressRange(0, sheet.pageCount());
        promise.addResult(job(
            sheet, [&promise](int pages) { promise.setProgressValue(pages); },
            [&promise] { return promise.isCanceled(); }));
    });
    watcher.setFuture(m_job);
    progress.setValue(0);
    m_status->clear();
    setBusy(true);
    // Like any modal dialog, the caller waits here while events (progress, Cancel) flow.
    loop.exec();
    setBusy(false);

    const QFuture<Result<int, QString>> done = std::exchange(m_job, {});
    if (done.isCanceled() || done.resultCount() == 0) {
        m_status->setText(tr("Cancelled."));
        return false;
    }
    const Result<int, QString> pages = done.result();
    if (!pages) {
        m_status->setText(pages.error());
        return false;
    }
    m_status->setText(tr("%n page(s) done.", nullptr, *pages));
    return true;
}

void LabelDialog::setBusy(bool busy)
{
    m_layout->setEnabled(!busy);
    m_print->setEnabled(!busy && !m_products.isEmpty());
    m_save->setEnabled(!busy && !m_products.isEmpty());
}

void LabelDialog::reject()
{
    m_job.cancel();
    QDialog::reject();
}

} // namespace mycloud
