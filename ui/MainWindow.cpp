#include "MainWindow.h"

#include "core/ClientSession.h"
#include "core/Identity.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/DoeDialog.h"
#include "dialogs/FindUsDialog.h"
#include "domain/Affair.h"
#include "domain/Company.h"
#include "domain/Product.h"
#include "files/DocumentExport.h"
#include "labels/LabelDialog.h"
#include "navigation/History.h"
#include "pages/AccountPage.h"
#include "pages/AffairsPage.h"
#include "pages/ProductPage.h"
#include "pages/ProductsPage.h"
#include "pages/product/MaintenanceActions.h"
#include "qr/AppLinkResolver.h"
#include "scanner/ScanPage.h"
#include "settings/PreferencesDialog.h"
#include "signin/SignInDialog.h"
#include "store/Store.h"
#include "style/Icons.h"
#include "widgets/Breadcrumb.h"
#include "widgets/OfflineProgress.h"
#include "widgets/SyncStatus.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileOpenEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace mycloud {

MainWindow::MainWindow(ClientSession& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_history(new History(this))
    , m_stack(new QStackedWidget(this))
    , m_affairs(new AffairsPage(session, this))
    , m_products(new ProductsPage(session, this))
    , m_product(new ProductPage(session, this))
    , m_account(new AccountPage(session, this))
    , m_scan(new ScanPage(session, this))
    , m_breadcrumb(new Breadcrumb(this))
    , m_syncStatus(new SyncStatus(session, this))
{
    setObjectName(u"MainWindow"_s);
    setWindowIcon(QIcon(u":/icons/mycloud.svg"_s));
    resize(1200, 780);
    for (Page* page : std::initializer_list<Page*>{m_affairs, m_products, m_product, m_account, m_scan})
        m_stack->addWidget(page);
    setCentralWidget(m_stack);
    m_stale.insert(m_account); // never loaded yet
    buildActions();

    m_downloads = new QWidget(this);
    m_downloadLabel = new QLabel(m_downloads);
    m_downloadProgress = new QProgressBar(m_downloads);
    m_downloadProgress->setMaximumWidth(180);
    auto* cancel = new QToolButton(m_downloads);
    cancel->setIcon(Icons::get(u"cancel"_s));
    cancel->setAutoRaise(true);
    cancel->setToolTip(tr("Cancel the download"));
    cancel->setAccessibleName(tr("Cancel the download"));
    connect(cancel, &QToolButton::clicked, this, [this] {
        if (m_export)
            m_export->cancel();
    });
    auto* downloadsLayout = new QHBoxLayout(m_downloads);
    downloadsLayout->setContentsMargins(0, 0, 0, 0);
    downloadsLayout->addWidget(m_downloadLabel);
    downloadsLayout->addWidget(m_downloadProgress);
    downloadsLayout->addWidget(cancel);
    m_downloads->hide();
    statusBar()->addPermanentWidget(m_downloads);
    statusBar()->addPermanentWidget(new OfflineProgress(session.offline(), statusBar()));
    statusBar()->addPermanentWidget(m_syncStatus);

    connect(m_history, &History::currentChanged, this, &MainWindow::showLocation);
    connect(m_breadcrumb, &Breadcrumb::activated, m_history, &History::go);
    connect(m_affairs, &AffairsPage::openAffair, this,
            [this](const QUuid& affair) { m_history->go(Location::products(affair)); });
    connect(m_affairs, &AffairsPage::doeRequested, this, [this](const QUuid& affair) {
        DoeDialog dialog(m_session.client(), m_session.store(), affair, this);
        dialog.enableLocalBuild(m_session.files(), m_session.profile().doeHistoryDirectory());
        dialog.exec();
    });
    connect(m_products, &ProductsPage::openProduct, this, [this](const QUuid& affair, const QUuid& product) {
        m_history->go(Location::product(affair, product));
    });
    connect(m_scan, &ScanPage::openProduct, this, [this](const QUuid& affair, const QUuid& product) {
        if (m_session.store().product(product))
            m_history->go(Location::product(affair, product));
        else // found by the server, not in the store yet: the link path catches up with a sync
            openLink(u"mycloud://product/"_s + product.toString(QUuid::WithoutBraces));
    });
    m_links = new AppLinkResolver(session, this);
    connect(m_links, &AppLinkResolver::resolved, this, [this](const AppLinkResolver::Target& target) {
        showLinkTarget(target.affairId, target.productId);
    });
    connect(m_links, &AppLinkResolver::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    connect(m_links, &AppLinkResolver::waitingForSignIn, this,
            [this] { statusBar()->showMessage(tr("The link opens once you are signed in."), 15000); });
    connect(m_products, &ProductsPage::addTaskRequested, this,
            [this](const QUuid& product) { askAndAddTask(m_session, product, this); });
    connect(m_products, &ProductsPage::addNoteRequested, this,
            [this](const QUuid& product) { askAndAddNote(m_session, product, this); });
    connect(m_products, &ProductsPage::downloadRequested, this, &MainWindow::downloadKind);
    connect(m_products, &ProductsPage::labelsRequested, this, [this](const QUuid& affairId) {
        const auto affair = m_session.store().affair(affairId);
        if (!affair)
            return;
        QList<std::pair<Product, Affair>> labels;
        for (const Product& product : m_session.store().products(affairId))
            labels.append({product, *affair});
        LabelDialog dialog(m_session.profile().server(), labels, this);
        dialog.exec();
    });
    connect(
        m_product, &ProductPage::exportRequested, this,
        [this](const QList<Document>& documents, const QString& what) { exportDocuments(documents, what); });
    connect(&m_session, &ClientSession::storeChanged, this, &MainWindow::reloadCurrent);
    connect(m_syncStatus, &SyncStatus::conflictsRequested, this, [this] {
        ConflictDialog dialog(m_session, this);
        dialog.exec();
        reloadCurrent(); // what was kept shows at once, online or not
    });
    connect(&m_session, &ClientSession::signInNeeded, this, &MainWindow::askToSignIn);
    // A sign-in the dialog did not start (the fallback password at start-up) failed: ask.
    connect(&m_session, &ClientSession::signInFailed, this, &MainWindow::askToSignIn);
    connect(&m_session, &ClientSession::changeQueued, this, [this] {
        // Offline, say where the change is: nothing is lost, it leaves when the server answers.
        if (!m_session.isOnline() || m_session.state() != ClientSession::State::SignedIn)
            statusBar()->showMessage(
                tr("Saved on this computer: it will be sent when the server can be reached."), 8000);
    });
    connect(&m_session, &ClientSession::syncFinished, this, [this] {
        const auto& report = m_session.lastReport();
        if (report.status == SyncEngine::Status::Failed)
            statusBar()->showMessage(report.message, 10000);
    });
    qApp->installEventFilter(this);
    restoreState();
    showLocation(m_history->current());
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::buildActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* sync = fileMenu->addAction(Icons::get(u"sync"_s), tr("&Synchronise now"), &m_session,
                                        &ClientSession::sync);
    sync->setShortcut(QKeySequence::Refresh);
    fileMenu->addAction(Icons::get(u"logout"_s), tr("Sign &out"), &m_session, &ClientSession::signOut);
    QAction* preferences = fileMenu->addAction(Icons::get(u"settings"_s), tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(m_session, this);
        dialog.exec();
    });
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* goMenu = menuBar()->addMenu(tr("&Go"));
    m_back = goMenu->addAction(Icons::get(u"back"_s), tr("&Back"), m_history, &History::back);
    m_back->setShortcuts(QKeySequence::Back);
    m_forward = goMenu->addAction(Icons::get(u"forward"_s), tr("&Forward"), m_history, &History::forward);
    m_forward->setShortcuts(QKeySequence::Forward);
    QAction* find = goMenu->addAction(Icons::get(u"search"_s), tr("&Search this page"), this, [this] {
        if (Page* page = currentPage())
            page->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);

    auto* navigation = new QToolBar(tr("Navigation"), this);
    navigation->setObjectName(u"navigation"_s);
    navigation->setMovable(false);
    navigation->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    navigation->setIconSize(QSize(28, 28));
    auto* group = new QActionGroup(this);
    m_navAffairs = navigation->addAction(Icons::get(u"cloud"_s), tr("MyCloud"), this,
                                         [this] { m_history->go(Location::affairs()); });
    m_navAffairs->setToolTip(tr("Your affairs (Ctrl+1)"));
    m_navAffairs->setShortcut(Qt::CTRL | Qt::Key_1);
    m_navScan = navigation->addAction(Icons::get(u"scan"_s), tr("Scan QR"), this,
                                      [this] { m_history->go(Location::scan()); });
    m_navScan->setToolTip(tr("Read a product's QR label with the camera or from an image (Ctrl+3)"));
    m_navScan->setShortcut(Qt::CTRL | Qt::Key_3);
    m_navAccount = navigation->addAction(Icons::get(u"account"_s), tr("My account"), this,
                                         [this] { m_history->go(Location::account()); });
    m_navAccount->setToolTip(
        tr("Your details, the global remote consultation switch, your password (Ctrl+4)"));
    m_navAccount->setShortcut(Qt::CTRL | Qt::Key_4);
    QAction* findUs
        = navigation->addAction(Icons::get(u"map-marker"_s), tr("Find us"), this, &MainWindow::showFindUs);
    findUs->setToolTip(tr("B2EI's address, phone, e-mail and map"));
    for (QAction* action : {m_navAffairs, m_navScan, m_navAccount}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    addToolBar(Qt::LeftToolBarArea, navigation);

    auto* top = new QToolBar(tr("Location"), this);
    top->setObjectName(u"location"_s);
    top->setMovable(false);
    top->addAction(m_back);
    top->addAction(m_forward);
    top->addWidget(m_breadcrumb);
    addToolBar(Qt::TopToolBarArea, top);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About MyCloud Desktop"), this, &MainWindow::showAbout);
}

Page* MainWindow::currentPage() const
{
    return qobject_cast<Page*>(m_stack->currentWidget());
}

void MainWindow::showLocation(const Location& location)
{
    QList<Breadcrumb::Crumb> trail{{tr("MyCloud"), Location::affairs()}};
    Store& store = m_session.store();
    switch (location.page) {
    case Location::Page::Affairs:
        m_stack->setCurrentWidget(m_affairs);
        if (m_stale.remove(m_affairs))
            m_affairs->reload();
        break;
    case Location::Page::Products:
    case Location::Page::Product: {
        const auto affair = store.affair(location.affairId);
        if (!affair) { // gone (deleted on the server): the list it was in
            m_history->forget(location.affairId);
            return;
        }
        trail << Breadcrumb::Crumb{affair->reference + u" — "_s + affair->name,
                                   Location::products(affair->id)};
        if (location.page == Location::Page::Products) {
            m_products->setAffair(affair->id);
            m_stack->setCurrentWidget(m_products);
            break;
        }
        const auto product = store.product(location.productId);
        if (!product) {
            m_history->forget(location.productId);
            return;
        }
        trail << Breadcrumb::Crumb{product->reference, location};
        m_product->setProduct(product->id);
        m_stack->setCurrentWidget(m_product);
        break;
    }
    case Location::Page::Scan:
        trail = {{tr("Scan QR"), location}};
        m_scan->reload();
        m_stack->setCurrentWidget(m_scan);
        break;
    case Location::Page::Account:
        trail = {{tr("My account"), location}};
        if (m_stale.remove(m_account))
            m_account->reload();
        m_stack->setCurrentWidget(m_account);
        break;
    }
    m_breadcrumb->setTrail(trail);
    m_back->setEnabled(m_history->canGoBack());
    m_forward->setEnabled(m_history->canGoForward());
    (location.page == Location::Page::Account    ? m_navAccount
         : location.page == Location::Page::Scan ? m_navScan
                                                 : m_navAffairs)
        ->setChecked(true);
}

void MainWindow::reloadCurrent()
{
    const Location& location = m_history->current();
    // Something on screen may have been deleted by the sync: show() finds out and steps back.
    if ((location.page == Location::Page::Products || location.page == Location::Page::Product)
        && !m_session.store().affair(location.affairId)) {
        m_history->forget(location.affairId);
        return;
    }
    if (location.page == Location::Page::Product && !m_session.store().product(location.productId)) {
        m_history->forget(location.productId);
        return;
    }
    // The page on screen now; the others when they are shown again.
    for (Page* page : std::initializer_list<Page*>{m_affairs, m_account})
        m_stale.insert(page);
    if (Page* page = currentPage()) {
        m_stale.remove(page);
        page->reload();
    }
}

void MainWindow::start()
{
    if (m_session.storeWasRebuilt())
        statusBar()->showMessage(
            tr("The offline copy was damaged: it was set aside and is being filled again."), 15000);
    m_session.restore();
}

void MainWindow::openLink(const QString& link)
{
    m_links->open(link);
}

void MainWindow::showLinkTarget(const QUuid& affairId, const QUuid& productId)
{
    const Location target
        = productId.isNull() ? Location::products(affairId) : Location::product(affairId, productId);
    m_history->go(target);
    if (m_history->current() != target)
        return; // gone meanwhile: showLocation stepped back
    // Said in the log too, for whoever scripts the app (and for its end-to-end test).
    if (productId.isNull())
        qCInfo(lcLinks).noquote() << "showing affair" << affairId.toString(QUuid::WithoutBraces);
    else
        qCInfo(lcLinks).noquote() << "showing product" << productId.toString(QUuid::WithoutBraces);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
    qCInfo(lcLinks) << "brought forward for another launch";
}

void MainWindow::askToSignIn()
{
    if (m_signInShown)
        return;
    m_signInShown = true;
    // After the event that asked: the window is on screen first, the dialog over it.
    QTimer::singleShot(0, this, [this] {
        SignInDialog dialog(m_session, this);
        if (m_session.profile().isConfigured() && m_session.lastSync().isValid())
            dialog.setMessage(tr("Sign in to synchronise. Until then you work on this computer's copy."));
        dialog.exec();
        m_signInShown = false;
    });
}

void MainWindow::showFindUs()
{
    const auto company = m_session.store().company();
    if (!company) {
        QMessageBox::information(this, tr("Find us"),
                                 tr("B2EI's details arrive with the first synchronisation: sign in first."));
        return;
    }
    FindUsDialog dialog(*company, this);
    dialog.exec();
}

void MainWindow::downloadKind(const QUuid& productId, DocumentKind kind)
{
    QList<Document> documents;
    for (const Document& document : m_session.store().documents(productId))
        if (document.kind == kind)
            documents << document;
    const auto product = m_session.store().product(productId);
    const QString what = product ? tr("Files of %1").arg(product->reference) : tr("Files");
    if (documents.isEmpty()) {
        statusBar()->showMessage(tr("This product has no such file."), 5000);
        return;
    }
    exportDocuments(documents, what);
}

void MainWindow::exportDocuments(const QList<Document>& documents, const QString& what, QString folder)
{
    if (m_export) {
        statusBar()->showMessage(tr("A download is already in progress: wait for it or cancel it."), 5000);
        return;
    }
    if (documents.isEmpty())
        return;
    if (folder.isEmpty()) {
        QSettings settings;
        folder = QFileDialog::getExistingDirectory(
            this, tr("Save into which folder?"),
            settings
                .value(u"ui/exportFolder"_s,
                       QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                .toString());
        if (folder.isEmpty())
            return;
        settings.setValue(u"ui/exportFolder"_s, folder);
    }
    m_export = new DocumentExport(m_session.files(), documents, folder, this);
    m_downloadLabel->setText(what);
    m_downloadProgress->setRange(0, 1000);
    m_downloadProgress->setValue(0);
    m_downloads->show();
    connect(m_export, &DocumentExport::progress, this,
            [this](qint64 done, qint64 total, const QString& current) {
                m_downloadProgress->setValue(total > 0 ? int(done * 1000 / total) : 0);
                m_downloadProgress->setToolTip(current);
            });
    connect(m_export, &DocumentExport::finished, this, [this, folder] {
        m_downloads->hide();
        const QString error = m_export->error();
        const auto saved = m_export->savedFiles().size();
        m_export->deleteLater();
        m_export = nullptr;
        statusBar()->showMessage(error.isEmpty()
                                     ? tr("%n file(s) saved in %1.", nullptr, int(saved)).arg(folder)
                                     : tr("Download stopped: %1").arg(error),
                                 10000);
    });
    m_export->start();
}

void MainWindow::showAbout()
{
    // Every library the installers ship or link, with its licence: the LGPL asks that users be told.
    struct Library
    {
        QString name, home, licence, licenceUrl;
    };
    const Library libraries[] = {
        {u"Qt"_s, u"https://www.qt.io"_s, u"LGPLv3"_s, u"https://www.gnu.org/licenses/lgpl-3.0.html"_s},
        {u"ZXing-C++"_s, u"https://github.com/zxing-cpp/zxing-cpp"_s, u"Apache-2.0"_s,
         u"https://www.apache.org/licenses/LICENSE-2.0"_s},
        {u"QtKeychain"_s, u"https://github.com/frankosterfeld/qtkeychain"_s, u"BSD-3-Clause"_s,
         u"https://opensource.org/license/bsd-3-clause"_s},
        {u"QuaZip"_s, u"https://github.com/stachenov/quazip"_s, tr("LGPL-2.1 with static linking exception"),
         u"https://github.com/stachenov/quazip/blob/master/COPYING"_s},
        {u"cpp-httplib"_s, u"https://github.com/yhirose/cpp-httplib"_s, u"MIT"_s,
         u"https://opensource.org/license/mit"_s},
        {u"libsodium"_s, u"https://libsodium.org"_s, u"ISC"_s,
         u"https://opensource.org/license/isc-license-txt"_s},
    };
    QString list;
    for (const Library& library : libraries)
        list += u"<li><a href=\"%1\">%2</a>: <a href=\"%3\">%4</a></li>"_s.arg(
            library.home, library.name, library.licenceUrl, library.licence);
    QMessageBox::about(
        this, tr("About MyCloud Desktop"),
        tr("<h3>%1 %2</h3><p>Your B2EI affairs, products, schematics and maintenance log, "
           "online or offline.</p><p>Built with Qt %3.</p>")
                .arg(QString::fromLatin1(identity::kName), QString::fromLatin1(identity::kVersion),
                     QString::fromLatin1(qVersion()))
            + tr("<p>MyCloud Desktop is made with these libraries, each under its own licence:</p>")
            + u"<ul>"_s + list + u"</ul>"_s
            + tr("<p>Their notices are installed with the application, in third-party-licenses.txt.</p>"));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // macOS gives a clicked mycloud:// link to the running app as an event, not as an argument.
    if (event->type() == QEvent::FileOpen && watched == qApp) {
        openLink(static_cast<QFileOpenEvent*>(event)->url().toString());
        return true;
    }
    // The mouse's back and forward buttons, wherever the pointer is in this window.
    if (event->type() == QEvent::MouseButtonPress && isActiveWindow()) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::BackButton) {
            m_history->back();
            return true;
        }
        if (mouse->button() == Qt::ForwardButton) {
            m_history->forward();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(u"ui/geometry"_s, saveGeometry());
    settings.setValue(u"ui/state"_s, QMainWindow::saveState());
    const Location& here = m_history->current();
    settings.setValue(u"ui/page"_s, int(here.page));
    settings.setValue(u"ui/affair"_s, here.affairId.toString());
    settings.setValue(u"ui/product"_s, here.productId.toString());
}

void MainWindow::restoreState()
{
    QSettings settings;
    restoreGeometry(settings.value(u"ui/geometry"_s).toByteArray());
    QMainWindow::restoreState(settings.value(u"ui/state"_s).toByteArray());
    const Location last{
        Location::Page(std::clamp(settings.value(u"ui/page"_s).toInt(), 0, int(Location::Page::Scan))),
        QUuid::fromString(settings.value(u"ui/affair"_s).toString()),
        QUuid::fromString(settings.value(u"ui/product"_s).toString())};
    if (last.page != Location::Page::Affairs
        && last.page != Location::Page::Scan) // never the camera at start
        m_history->go(last);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    event->accept();
}

} // namespace mycloud
