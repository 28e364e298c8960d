#pragma once

#include "domain/Document.h"
#include "navigation/Location.h"

#include <QMainWindow>
#include <QSet>

class QAction;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace mycloud {

class AccountPage;
class AffairsPage;
class AppLinkResolver;
class Breadcrumb;
class ClientSession;
class DocumentExport;
class History;
class Page;
class ProductPage;
class ProductsPage;
class ScanPage;
class SyncStatus;

// The application frame: navigation (MyCloud, My account, Find us), the breadcrumb with back and
// forward, the pages, and a status bar with the sync state and the downloads in progress.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ClientSession& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Restores the saved session (or asks to sign in) once the window is on screen.
    void start();
    // Shows what a link names (mycloud://product/…, mycloud://affair/…, a QR label's address), from
    // the store or else the server, once signed in; why not in the status bar otherwise.
    void openLink(const QString& link);
    // Another launch of the app happened: this window is the one the user meant.
    void bringToFront();

    History& history() const { return *m_history; }
    Page* currentPage() const;
    AffairsPage* affairsPage() const { return m_affairs; }
    ProductsPage* productsPage() const { return m_products; }
    ProductPage* productPage() const { return m_product; }
    AccountPage* accountPage() const { return m_account; }
    ScanPage* scanPage() const { return m_scan; }
    AppLinkResolver* links() const { return m_links; }
    Breadcrumb* breadcrumb() const { return m_breadcrumb; }
    SyncStatus* syncStatus() const { return m_syncStatus; }
    // Saves documents into a folder (asked for when empty), with progress in the status bar.
    void exportDocuments(const QList<Document>& documents, const QString& what, QString folder = {});
    DocumentExport* currentExport() const { return m_export; }

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildActions();
    void showLocation(const Location& location);
    void showLinkTarget(const QUuid& affairId, const QUuid& productId);
    void reloadCurrent();
    void askToSignIn();
    void showFindUs();
    void showAbout();
    void downloadKind(const QUuid& productId, DocumentKind kind);
    void saveState() const;
    void restoreState();

    ClientSession& m_session;
    History* m_history = nullptr;
    QStackedWidget* m_stack = nullptr;
    AffairsPage* m_affairs = nullptr;
    ProductsPage* m_products = nullptr;
    ProductPage* m_product = nullptr;
    AccountPage* m_account = nullptr;
    ScanPage* m_scan = nullptr;
    AppLinkResolver* m_links = nullptr;
    Breadcrumb* m_breadcrumb = nullptr;
    SyncStatus* m_syncStatus = nullptr;
    QAction* m_back = nullptr;
    QAction* m_forward = nullptr;
    QAction* m_navAffairs = nullptr;
    QAction* m_navAccount = nullptr;
    QAction* m_navScan = nullptr;
    QWidget* m_downloads = nullptr;
    QLabel* m_downloadLabel = nullptr;
    QProgressBar* m_downloadProgress = nullptr;
    DocumentExport* m_export = nullptr;
    bool m_signInShown = false;
    // Pages whose data changed while they were hidden (the affairs list loads itself at start).
    QSet<Page*> m_stale;
};

} // namespace mycloud
