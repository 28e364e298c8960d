#include "PdfViewer.h"

#include "pdf/PdfDocumentLoader.h"
#include "pdf/PdfPrintJob.h"
#include "pdf/PdfSearch.h"
#include "pdf/PdfView.h"
#include "style/Icons.h"

#include <QAction>
#include <QActionGroup>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPdf, "mycloud.ui.pdf")

namespace mycloud {

namespace {

// A whole page is one image in QPdfView: beyond 4× an A3 page would take hundreds of megabytes.
constexpr std::array kZoomSteps{0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0};
// Fit modes give any factor: one within 0.1 % of a step counts as that step.
constexpr qreal kZoomTolerance = 1.001;
constexpr int kSearchDelayMs = 250;
constexpr qint64 kCopyChunk = 1 << 20;

// The name proposed by "Save a copy…": the title, without what file systems refuse in a name.
QString fileNameFor(const QString& title)
{
    QString name = title.trimmed();
    static const QString forbidden = u"/\\:*?\"<>|"_s;
    for (QChar& c : name) {
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = u'_';
    }
    if (!name.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        name += u".pdf"_s;
    return name;
}

// Hands the future's result to `done` on the receiver's thread once it is ready, unless the
// receiver is gone by then. Always through the event loop, even for a future already finished:
// openFile() never emits loaded() or failed() before it returns.
template <typename T, typename Done> void whenFinished(QObject* receiver, QFuture<T> future, Done done)
{
    auto* watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(std::move(future));
}

} // namespace

PdfViewer::PdfViewer(QWidget* parent)
    : QWidget(parent)
    , m_searchDelay(new QTimer(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new PdfView(m_stack))
    , m_message(new QLabel(m_stack))
    , m_search(new PdfSearch(this))
{
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);
    m_stack->setCurrentWidget(m_message);

    buildToolBar();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_stack, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_search->setQuery(m_searchField->text()); });
    connect(m_search, &PdfSearch::hitsChanged, this, &PdfViewer::updateHitControls);
    connect(m_search, &PdfSearch::currentHitChanged, this, &PdfViewer::showCurrentHit);
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
            &PdfViewer::updatePageControls);

    updatePageControls();
    updateZoomControls();
    updateHitControls();
    updateFileControls();
}

PdfViewer::~PdfViewer()
{
    m_printing.cancel();
    // Before the document goes: QPdfView's render thread may be drawing one of its pages.
    detachDocument();
}

void PdfViewer::buildToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);

    m_previousPage = addToolAction(u"previous"_s, tr("Previous page"), {QKeySequence(Qt::Key_PageUp)},
                                   &PdfViewer::previousPage);
    m_pageBox = new QSpinBox(m_toolBar);
    m_pageBox->setKeyboardTracking(false);
    m_pageBox->setAccessibleName(tr("Page"));
    m_pageBox->setToolTip(tr("Page"));
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int value) { goToPage(value - 1); });
    m_toolBar->addWidget(m_pageBox);
    m_nextPage
        = addToolAction(u"next"_s, tr("Next page"), {QKeySequence(Qt::Key_PageDown)}, &PdfViewer::nextPage);
    m_toolBar->addSeparator();

    m_zoomOut = addToolAction(u"zoom-out"_s, tr("Zoom out"), {QKeySequence::ZoomOut}, &PdfViewer::zoomOut);
    m_zoomIn
        = addToolAction(u"zoom-in"_s, tr("Zoom in"),
                        {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)}, &PdfViewer::zoomIn);
    m_fitWidth = addToolAction(u"fit-width"_s, tr("Fit to width"), {}, &PdfViewer::fitWidth);
    m_fitPage = addToolAction(u"fit-page"_s, tr("Fit whole page"), {}, &PdfViewer::fitPage);
    auto* fitGroup = new QActionGroup(this);
    fitGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    for (QAction* action : {m_fitWidth, m_fitPage}) {
        action->setCheckable(true);
        fitGroup->addAction(action);
    }
    m_toolBar->addSeparator();

    m_searchField = new QLineEdit(m_toolBar);
    m_searchField->setPlaceholderText(tr("Search"));
    m_searchField->setAccessibleName(tr("Search in the document"));
    m_searchField->setToolTip(tr("Search in the document (%1)")
                                  .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_searchField->setClearButtonEnabled(true);
    QAction* searchNow = m_searchField->addAction(Icons::get(u"search"_s), QLineEdit::LeadingPosition);
    searchNow->setText(tr("Search"));
    searchNow->setToolTip(tr("Search"));
    connect(searchNow, &QAction::triggered, this, [this] { search(m_searchField->text()); });
    for (QObject* button : searchNow->associatedObjects()) {
        if (auto* widget = qobject_cast<QWidget*>(button))
            widget->setAccessibleName(tr("Search"));
    }
    m_searchField->setMaximumWidth(fontMetrics().averageCharWidth() * 28);
    connect(m_searchField, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        if (m_searchField->text() == m_search->query())
            nextHit();
        else
            search(m_searchField->text());
    });
    m_toolBar->addWidget(m_searchField);
    auto* find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    addAction(find);
    m_previousHit = addToolAction(u"previous"_s, tr("Previous hit"), {QKeySequence::FindPrevious},
                                  &PdfViewer::previousHit);
    m_nextHit = addToolAction(u"next"_s, tr("Next hit"), {QKeySequence::FindNext}, &PdfViewer::nextHit);
    m_hitLabel = new QLabel(m_toolBar);
    m_hitLabel->setContentsMargins(6, 0, 6, 0);
    m_toolBar->addWidget(m_hitLabel);

    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_print = addToolAction(u"print"_s, tr("Print…"), {QKeySequence::Print}, &PdfViewer::print);
    m_openExternally
        = addToolAction(u"open-external"_s, tr("Open in the system viewer"), {}, &PdfViewer::openExternally);
    m_saveCopy = addToolAction(u"save"_s, tr("Save a copy…"), {}, &PdfViewer::saveCopy);
}

QAction* PdfViewer::addToolAction(const QString& icon, const QString& text, const QList<QKeySequence>& keys,
                                  void (PdfViewer::*slot)())
{
    auto* action = new QAction(Icons::get(icon), text, this);
    action->setShortcuts(keys);
    // Several viewers may live in one window: each answers only when the focus is inside it.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    const QString tip = keys.isEmpty()
        ? text
        : tr("%1 (%2)").arg(text, keys.constFirst().toString(QKeySequence::NativeText));
    action->setToolTip(tip);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    m_toolBar->addAction(action);
    if (QWidget* button = m_toolBar->widgetForAction(action))
        button->setAccessibleName(text);
    return action;
}

void PdfViewer::openFile(const QString& path, const QString& title)
{
    const quint64 generation = ++m_generation;
    detachDocument();
    m_path = path;
    m_title = title.isEmpty() ? QFileInfo(path).fileName() : title;
    m_errorMessage.clear();
    m_fileOffered = false;
    showMessage(tr("Opening “%1”…").arg(m_title));
    updatePageControls();
    updateZoomControls();
    updateHitControls();
    updateFileControls();

    whenFinished(this, PdfDocumentLoader::load(path, thread()),
                 [this, generation, path](const PdfDocumentLoader::Result& result) {
                     finishLoading(generation, path, result);
                 });
}

void PdfViewer::finishLoading(quint64 generation, const QString& path,
                              const PdfDocumentLoader::Result& result)
{
    if (generation != m_generation)
        return; // another file was asked for meanwhile
    if (!result.document) {
        switch (result.error) {
        case QPdfDocument::Error::FileNotFound:
            m_errorMessage = tr("This PDF cannot be opened: the file “%1” is missing or cannot be read.")
                                 .arg(QDir::toNativeSeparators(path));
            break;
        case QPdfDocument::Error::IncorrectPassword:
            m_errorMessage = tr("This PDF is protected by a password. Open it in the system viewer.");
            m_fileOffered = true;
            break;
        case QPdfDocument::Error::UnsupportedSecurityScheme:
            m_errorMessage = tr("This PDF uses a protection that this viewer does not support. "
                                "Open it in the system viewer.");
            m_fileOffered = true;
            break;
        default:
            m_errorMessage = tr("This PDF cannot be opened: the file is damaged or is not a PDF.");
            m_fileOffered = true;
            break;
        }
        qCWarning(lcPdf) << "cannot open" << path << result.error;
        showMessage(m_errorMessage);
        updateFileControls();
        emit failed(m_errorMessage);
        return;
    }

    m_document = result.document;
    m_fileOffered = true;
    m_view->open(m_document.get(), result.pagePointSizes);
    m_stack->setCurrentWidget(m_view);
    m_search->setDocument(m_document.get());
    updatePageControls();
    updateZoomControls();
    updateHitControls();
    updateFileControls();
    emit loaded(pageCount());
}

void PdfViewer::detachDocument()
{
    m_view->open(nullptr, {});
    m_search->setDocument(nullptr);
    m_document.reset();
}

void PdfViewer::showMessage(const QString& message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

void PdfViewer::showError(const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

int PdfViewer::pageCount() const
{
    return m_document ? m_document->pageCount() : 0;
}

int PdfViewer::currentPage() const
{
    return m_document ? m_view->pageNavigator()->currentPage() : -1;
}

qreal PdfViewer::zoomFactor() const
{
    return m_view->effectiveZoom();
}

QPdfView::ZoomMode PdfViewer::zoomMode() const
{
    return m_view->zoomMode();
}

int PdfViewer::hitCount() const
{
    return m_search->hitCount();
}

int PdfViewer::currentHit() const
{
    return m_search->currentHit();
}

void PdfViewer::goToPage(int page)
{
    if (m_document)
        m_view->goToPage(std::clamp(page, 0, pageCount() - 1));
}

void PdfViewer::nextPage()
{
    goToPage(currentPage() + 1);
}

void PdfViewer::previousPage()
{
    goToPage(currentPage() - 1);
}

void PdfViewer::updatePageControls()
{
    const int count = pageCount();
    const int page = currentPage();
    const QSignalBlocker blocker(m_pageBox);
    m_pageBox->setEnabled(count > 0);
    m_pageBox->setRange(count > 0 ? 1 : 0, count);
    m_pageBox->setSuffix(tr(" / %1").arg(count));
    m_pageBox->setValue(page + 1);
    m_previousPage->setEnabled(count > 0 && page > 0);
    m_nextPage->setEnabled(count > 0 && page + 1 < count);
}

void PdfViewer::zoomIn()
{
    const qreal zoom = m_view->effectiveZoom() * kZoomTolerance;
    const auto step
        = std::find_if(kZoomSteps.begin(), kZoomSteps.end(), [zoom](qreal z) { return z > zoom; });
    if (m_document && step != kZoomSteps.end())
        setZoom(QPdfView::ZoomMode::Custom, *step);
}

void PdfViewer::zoomOut()
{
    const qreal zoom = m_view->effectiveZoom() / kZoomTolerance;
    const auto step
        = std::find_if(kZoomSteps.rbegin(), kZoomSteps.rend(), [zoom](qreal z) { return z < zoom; });
    if (m_document && step != kZoomSteps.rend())
        setZoom(QPdfView::ZoomMode::Custom, *step);
}

void PdfViewer::fitWidth()
{
    setZoom(QPdfView::ZoomMode::FitToWidth);
}

void PdfViewer::fitPage()
{
    setZoom(QPdfView::ZoomMode::FitInView);
}

void PdfViewer::setZoom(QPdfView::ZoomMode mode, qreal factor)
{
    if (!m_document)
        return;
    m_view->zoomTo(mode, factor);
    updateZoomControls();
}

void PdfViewer::updateZoomControls()
{
    const bool ready = m_document != nullptr;
    const qreal zoom = m_view->effectiveZoom();
    m_zoomIn->setEnabled(ready && zoom * kZoomTolerance < kZoomSteps.back());
    m_zoomOut->setEnabled(ready && zoom / kZoomTolerance > kZoomSteps.front());
    m_fitWidth->setEnabled(ready);
    m_fitPage->setEnabled(ready);
    m_fitWidth->setChecked(zoomMode() == QPdfView::ZoomMode::FitToWidth);
    m_fitPage->setChecked(zoomMode() == QPdfView::ZoomMode::FitInView);
}

void PdfViewer::search(const QString& text)
{
    m_searchDelay->stop();
    if (m_searchField->text() != text)
        m_searchField->setText(text);
    m_search->setQuery(text);
}

void PdfViewer::nextHit()
{
    m_search->next();
}

void PdfViewer::previousHit()
{
    m_search->previous();
}

void PdfViewer::showCurrentHit()
{
    m_view->showHit(m_search->currentLink());
    updateHitControls();
}

void PdfViewer::updateHitControls()
{
    m_searchField->setEnabled(m_document != nullptr);
    const int count = hitCount();
    m_previousHit->setEnabled(count > 0);
    m_nextHit->setEnabled(count > 0);
    QString text;
    if (!m_document || m_search->query().isEmpty())
        text.clear();
    else if (count > 0)
        text = tr("%1 of %n hit(s)", nullptr, count).arg(currentHit() + 1);
    else if (m_search->isSearching())
        text = tr("Searching…");
    else
        text = tr("No hits");
    m_hitLabel->setText(text);
}

void PdfViewer::updateFileControls()
{
    m_print->setEnabled(m_document != nullptr && !m_printing.isRunning());
    m_openExternally->setEnabled(m_fileOffered);
    m_saveCopy->setEnabled(m_fileOffered);
}

void PdfViewer::print()
{
    if (!m_document || m_printing.isRunning())
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(m_title);
    // Schematics are A3 landscape: propose the paper and orientation of the first page.
    const QSizeF first = m_view->pagePointSizes().constFirst();
    const bool landscape = first.width() > first.height();
    printer->setPageSize(QPageSize(landscape ? first.transposed() : first, QPageSize::Point, QString(),
                                   QPageSize::FuzzyMatch));
    printer->setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);

    QPrintDialog dialog(printer.get(), this);
    dialog.setWindowTitle(tr("Print “%1”").arg(m_title));
    dialog.setMinMax(1, pageCount());
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage);
    if (dialog.exec() != QDialog::Accepted || !m_document)
        return;
    int firstPage = 0;
    int lastPage = pageCount() - 1;
    if (printer->printRange() == QPrinter::PageRange) {
        firstPage = std::clamp(printer->fromPage() - 1, 0, lastPage);
        lastPage = std::clamp(printer->toPage() - 1, firstPage, lastPage);
    } else if (printer->printRange() == QPrinter::CurrentPage) {
        firstPage = lastPage = currentPage();
    }

    auto* progress = new QProgressDialog(tr("Printing “%1”…").arg(m_title), tr("Cancel"), 0,
                                         lastPage - firstPage + 1, this);
    progress->setWindowTitle(tr("Print"));
    progress->setMinimumDuration(0);
    progress->setValue(0);
    m_printing = PdfPrintJob::start(m_document, printer, firstPage, lastPage);
    auto* watcher = new QFutureWatcher<std::optional<QString>>(progress);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress] {
        const QFuture<std::optional<QString>> future = watcher->future();
        progress->deleteLater();
        updateFileControls();
        if (!future.isCanceled() && future.resultCount() > 0 && future.result()) {
            qCWarning(lcPdf) << "printing failed:" << *future.result();
            showError(tr("Printing failed"), *future.result());
        }
    });
    watcher->setFuture(m_printing);
    updateFileControls();
}

void PdfViewer::openExternally()
{
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_path)))
        showError(tr("Cannot open the file"), tr("No application could open “%1”.").arg(m_title));
}

void PdfViewer::saveCopy()
{
    if (!m_fileOffered)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Save a copy"), QDir(folder).filePath(fileNameFor(m_title)), tr("PDF documents (*.pdf)"));
    if (target.isEmpty())
        return;
    // A schematic can weigh hundreds of megabytes: copy it off the UI thread.
    whenFinished(this, QtConcurrent::run(&PdfViewer::copyFile, m_path, target),
                 [this](const std::optional<QString>& error) {
                     if (error)
                         showError(tr("The copy was not saved"), *error);
                 });
}

std::optional<QString> PdfViewer::copyFile(const QString& source, const QString& target)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return tr("Cannot read “%1”: %2").arg(QDir::toNativeSeparators(source), in.errorString());
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(target), out.errorString());
    QByteArray buffer(kCopyChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 count = in.read(buffer.data(), buffer.size());
        if (count < 0)
            return tr("Cannot read “%1”: %2").arg(QDir::toNativeSeparators(source), in.errorString());
        if (count == 0)
            break;
        if (out.write(buffer.constData(), count) != count)
            return tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(target), out.errorString());
    }
    if (!out.commit())
        return tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(target), out.errorString());
    return std::nullopt;
}

} // namespace mycloud
