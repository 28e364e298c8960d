#pragma once

#include "domain/Document.h"

#include <QUuid>
#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace mycloud {

class ClientSession;
class DocumentListModel;
class DownloadJob;
class ListSortProxy;
class PdfViewer;

// One document kind of a product sheet (seed §5 II–IV): the list, newest first (schematics by
// revision, the latest valid one marked), viewed inline beside it — PDFs in the viewer, other
// files opened with the system's application — and "download" (the latest valid schematic, or
// every quality document / misc file) into a folder the user picks.
class DocumentsTab final : public QWidget
{
    Q_OBJECT

public:
    DocumentsTab(ClientSession& session, DocumentKind kind, QWidget* parent = nullptr);

    void setProduct(const QUuid& productId);
    void reload();
    DocumentListModel* model() const { return m_model; }
    PdfViewer* viewer() const { return m_viewer; }
    QTableView* view() const { return m_view; }
    // Fetches (through the cache) and shows the document of this source row.
    void consult(int sourceRow);
    // Narrow windows: the viewer goes under the list instead of beside it.
    void setCompact(bool compact);

signals:
    void exportRequested(const QList<mycloud::Document>& documents, const QString& what);

private:
    std::optional<Document> current() const;
    QList<Document> all() const; // the rows in the model (a product has far fewer than one batch)
    void show(const Document& document, const QString& path);
    void showMessage(const QString& text);
    void requestExport();

    ClientSession& m_session;
    DocumentKind m_kind;
    DocumentListModel* m_model = nullptr;
    ListSortProxy* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QSplitter* m_splitter = nullptr;
    QStackedWidget* m_side = nullptr;
    PdfViewer* m_viewer = nullptr;
    QLabel* m_message = nullptr;
    QAction* m_consult = nullptr;
    QAction* m_download = nullptr;
    DownloadJob* m_job = nullptr;
};

} // namespace mycloud
