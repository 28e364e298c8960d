#pragma once

#include "pdf/PdfDocumentLoader.h"

#include <QFuture>
#include <QPdfView>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QPdfDocument;
class QSpinBox;
class QStackedWidget;
class QTimer;
class QToolBar;

namespace mycloud {

class PdfSearch;
class PdfView;

// Shows a PDF inline (wiring schematics, quality documents, other files of a product): continuous
// pages starting fitted to the width, page and zoom controls, search as you type with the current
// hit framed, printing, opening in the system viewer and saving a copy. A missing, damaged or
// truncated file shows a message in place of the pages.
class PdfViewer final : public QWidget
{
    Q_OBJECT

public:
    explicit PdfViewer(QWidget* parent = nullptr);
    ~PdfViewer() override;

    // Loads on the thread pool; loaded() or failed() tells the outcome.
    void openFile(const QString& path, const QString& title);

    int pageCount() const;
    int currentPage() const; // 0-based
    qreal zoomFactor() const; // also when a fit mode chose it
    QPdfView::ZoomMode zoomMode() const;
    int hitCount() const;
    int currentHit() const; // 0-based, -1 when none
    QString errorMessage() const { return m_errorMessage; }

    void goToPage(int page);
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();
    void fitWidth();
    void fitPage();
    // Searches at once, without the typing delay.
    void search(const QString& text);
    void nextHit();
    void previousHit();
    void print();
    void openExternally();
    void saveCopy();

    // Copies through a temporary file renamed into place: the target is whole or untouched.
    static std::optional<QString> copyFile(const QString& source, const QString& target);

signals:
    void loaded(int pageCount);
    void failed(const QString& message);

private:
    QAction* addToolAction(const QString& icon, const QString& text, const QList<QKeySequence>& keys,
                           void (PdfViewer::*slot)());
    void buildToolBar();
    void finishLoading(quint64 generation, const QString& path, const PdfDocumentLoader::Result& result);
    void showMessage(const QString& message);
    void showError(const QString& title, const QString& text);
    void setZoom(QPdfView::ZoomMode mode, qreal factor = 1.0);
    void updatePageControls();
    void updateZoomControls();
    void updateHitControls();
    void updateFileControls();
    void showCurrentHit();
    void detachDocument();

    QToolBar* m_toolBar = nullptr;
    QAction* m_previousPage = nullptr;
    QAction* m_nextPage = nullptr;
    QAction* m_zoomIn = nullptr;
    QAction* m_zoomOut = nullptr;
    QAction* m_fitWidth = nullptr;
    QAction* m_fitPage = nullptr;
    QAction* m_previousHit = nullptr;
    QAction* m_nextHit = nullptr;
    QAction* m_print = nullptr;
    QAction* m_openExternally = nullptr;
    QAction* m_saveCopy = nullptr;
    QSpinBox* m_pageBox = nullptr;
    QLineEdit* m_searchField = nullptr;
    QLabel* m_hitLabel = nullptr;
    QTimer* m_searchDelay = nullptr;
    QStackedWidget* m_stack = nullptr;
    PdfView* m_view = nullptr;
    QLabel* m_message = nullptr;
    PdfSearch* m_search = nullptr;

    std::shared_ptr<QPdfDocument> m_document;
    QString m_path;
    QString m_title;
    QString m_errorMessage;
    bool m_fileOffered = false; // the file exists: it can be opened elsewhere or copied
    quint64 m_generation = 0;
    QFuture<std::optional<QString>> m_printing;
};

} // namespace mycloud
