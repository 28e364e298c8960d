#include "DocumentsTab.h"

#include "core/ClientSession.h"
#include "domain/DocumentRevisions.h"
#include "files/DownloadJob.h"
#include "files/FileCache.h"
#include "files/FileError.h"
#include "models/DocumentListModel.h"
#include "models/ListSortProxy.h"
#include "pdf/PdfViewer.h"
#include "style/Icons.h"
#include "widgets/TableSetup.h"

#include <QAction>
#include <QDesktopServices>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mycloud {

DocumentsTab::DocumentsTab(ClientSession& session, DocumentKind kind, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(kind)
    , m_model(new DocumentListModel(session.store(), this))
    , m_proxy(new ListSortProxy(this))
    , m_view(new QTableView(this))
    , m_side(new QStackedWidget(this))
    , m_viewer(new PdfViewer(this))
    , m_message(new QLabel(this))
    , m_consult(new QAction(Icons::get(u"eye"_s), tr("Consult"), this))
    , m_download(new QAction(Icons::get(u"cloud-download"_s), QString(), this))
{
    m_model->setKind(kind);
    m_model->setCache(&session.files());
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    setUpTable(m_view);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_consult);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { consult(m_proxy->mapToSource(index).row()); });
    connect(m_consult, &QAction::triggered, this, [this] {
        if (m_view->currentIndex().isValid())
            consult(m_proxy->mapToSource(m_view->currentIndex()).row());
    });

    switch (kind) {
    case DocumentKind::Schematic: m_download->setText(tr("Download the latest valid schematic…")); break;
    case DocumentKind::Quality: m_download->setText(tr("Download the quality documents…")); break;
    case DocumentKind::Misc: m_download->setText(tr("Download the miscellaneous files…")); break;
    case DocumentKind::Photo: m_download->setText(tr("Download the photos…")); break;
    }
    connect(m_download, &QAction::triggered, this, &DocumentsTab::requestExport);
    m_consult->setToolTip(tr("View the selected document here (Enter)"));

    auto* toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_consult);
    toolBar->addAction(m_download);

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_side->addWidget(m_message);
    m_side->addWidget(m_viewer);
    showMessage(tr("Choose a document to view it here."));

    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(toolBar);
    listLayout->addWidget(m_view);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(list);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({380, 760});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const bool any = m_model->rowCount() > 0;
        m_download->setEnabled(
            any && (m_kind != DocumentKind::Schematic || DocumentRevisions::latestValid(all())));
        m_consult->setEnabled(any);
    });
}

void DocumentsTab::setProduct(const QUuid& productId)
{
    if (m_job)
        m_job->cancel();
    m_model->setProduct(productId);
    m_model->reload();
    showMessage(tr("Choose a document to view it here."));
}

void DocumentsTab::setCompact(bool compact)
{
    m_splitter->setOrientation(compact ? Qt::Vertical : Qt::Horizontal);
}

void DocumentsTab::reload()
{
    m_model->reload();
}

QList<Document> DocumentsTab::all() const
{
    QList<Document> documents;
    for (int row = 0; row < m_model->rowCount(); ++row)
        documents << m_model->index(row, 0).data(DocumentListModel::DocumentRole).value<Document>();
    return documents;
}

std::optional<Document> DocumentsTab::current() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_proxy->mapToSource(index).data(DocumentListModel::DocumentRole).value<Document>();
}

void DocumentsTab::consult(int sourceRow)
{
    const auto document
        = m_model->index(sourceRow, 0).data(DocumentListModel::DocumentRole).value<Document>();
    if (m_job)
        m_job->cancel();
    showMessage(tr("Opening %1…").arg(document.title));
    DownloadJob* job = m_session.files().fetch(document);
    m_job = job;
    const auto done = [this, job, document] {
        if (m_job == job)
            m_job = nullptr;
        if (job->error()) {
            if (!job->error()->isCancelled())
                showMessage(tr("%1 cannot be opened: %2").arg(document.title, job->error()->message()));
            return;
        }
        show(document, job->path());
    };
    if (job->isFinished()) {
        done();
        return;
    }
    connect(job, &DownloadJob::progress, this, [this, document](qint64 received, qint64 total) {
        showMessage(tr("Downloading %1… %2 of %3")
                        .arg(document.title, QLocale().formattedDataSize(received),
                             QLocale().formattedDataSize(total)));
    });
    connect(job, &DownloadJob::finished, this, done);
}

void DocumentsTab::show(const Document& document, const QString& path)
{
    if (document.mimeType == u"application/pdf") {
        m_viewer->openFile(path, document.title);
        m_side->setCurrentWidget(m_viewer);
        return;
    }
    // Not a file Qt shows: the system's application opens the cached copy.
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        showMessage(tr("%1 opened with your system's application.").arg(document.title));
    else
        showMessage(
            tr("No application on this computer opens %1: download it instead.").arg(document.fileName));
}

void DocumentsTab::showMessage(const QString& text)
{
    m_message->setText(text);
    m_side->setCurrentWidget(m_message);
}

void DocumentsTab::requestExport()
{
    const QList<Document> documents = all();
    if (m_kind == DocumentKind::Schematic) {
        if (const auto latest = DocumentRevisions::latestValid(documents))
            emit exportRequested({*latest}, m_download->text());
        return;
    }
    emit exportRequested(documents, m_download->text());
}

} // namespace mycloud
