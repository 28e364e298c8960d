// The desktop app's main window driven like a user would, against the real server: sign in, search
// the affairs, open an affair and a product (breadcrumb, back and forward), every tab, add / edit /
// validate / delete a task, add / delete a note, lock and unlock, the remote switch, the compact
// layout, and offline work queued with the status bar saying so.
#include "MainWindow.h"
#include "ServerProcess.h"
#include "SignedInSession.h"
#include "core/ClientSession.h"
#include "dialogs/LockDialog.h"
#include "dialogs/NoteDialog.h"
#include "dialogs/TaskDialog.h"
#include "dialogs/ValidateTaskDialog.h"
#include "doe/OfflineAffairs.h"
#include "models/AffairListModel.h"
#include "models/DocumentListModel.h"
#include "models/NoteListModel.h"
#include "models/ProductListModel.h"
#include "models/TaskListModel.h"
#include "navigation/History.h"
#include "pages/AccountPage.h"
#include "pages/AffairsPage.h"
#include "pages/ProductPage.h"
#include "pages/ProductsPage.h"
#include "pages/QrAccess.h"
#include "pages/product/DocumentsTab.h"
#include "pages/product/InfoTab.h"
#include "pages/product/MaintenanceTab.h"
#include "pages/product/PhotoThumbnailModel.h"
#include "pages/product/TasksTab.h"
#include "pdf/PdfViewer.h"
#include "scanner/ScanPage.h"
#include "settings/OfflineAffairListModel.h"
#include "settings/PreferencesDialog.h"
#include "store/Store.h"
#include "widgets/Breadcrumb.h"
#include "widgets/CollapsibleSection.h"
#include "widgets/SyncStatus.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_profile;
    std::unique_ptr<ClientSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    // Runs `fill` on the next modal dialog of type D as soon as it is open, then accepts it.
    template <class D, class F> void whenDialogOpens(F fill)
    {
        QTimer::singleShot(0, this, [fill] {
            for (int i = 0; i < 200; ++i) {
                if (auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget())) {
                    fill(dialog);
                    dialog->accept();
                    return;
                }
                QTest::qWait(10);
            }
            qWarning("the dialog did not open");
        });
    }

    // The user's changes reached the server: nothing waits in the outbox and no sync is running.
    bool sent()
    {
        QDeadlineTimer deadline(20000);
        while ((m_session->pendingChanges() > 0 || m_session->isSyncing()) && !deadline.hasExpired())
            QTest::qWait(20);
        return m_session->pendingChanges() == 0 && m_session->conflictCount() == 0;
    }

    // Clicks the destructive (or accepting) button of the next confirmation box.
    void whenConfirmationAsked()
    {
        auto* poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [poll] {
            QWidget* box = QApplication::activeModalWidget();
            auto* buttons = box ? box->findChild<QDialogButtonBox*>() : nullptr;
            if (!buttons)
                return;
            for (QAbstractButton* button : buttons->buttons()) {
                const auto role = buttons->buttonRole(button);
                if (role == QDialogButtonBox::DestructiveRole || role == QDialogButtonBox::AcceptRole) {
                    poll->deleteLater();
                    button->click();
                    return;
                }
            }
        });
        poll->start(20);
    }

    int taskRows() { return m_window->productPage()->tasks()->model()->rowCount(); }

private slots:
    void initTestCase()
    {
        const QString error
            = startSignedInSession(m_server, m_profile.path(), u"tst_mainwindow"_s, &m_session);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void searchAffairsAsYouType()
    {
        AffairListModel* affairs = m_window->affairsPage()->model();
        QTRY_COMPARE(affairs->rowCount(), 12);
        QTest::keyClicks(m_window->affairsPage()->searchField(), u"selestat"_s);
        QTRY_COMPARE(affairs->rowCount(), 1);
        QVERIFY(affairs->index(0, AffairListModel::Site).data().toString().contains(u"Sélestat"_s));
        m_window->affairsPage()->searchField()->clear();
        QTRY_COMPARE(affairs->rowCount(), 12);
    }

    void keepAnAffairOfflineThenStop()
    {
        QTableView* view = m_window->affairsPage()->view();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        view->setCurrentIndex(view->model()->index(0, 0));
        const QUuid affair = view->currentIndex().data(AffairListModel::AffairRole).value<Affair>().id;
        auto* keep = m_window->affairsPage()->findChild<QAction*>(u"keepOffline"_s);
        QVERIFY(keep);
        QVERIFY(keep->isEnabled());
        QVERIFY(!keep->isChecked());
        OfflineAffairs& offline = m_session->offline();
        QSignalSpy idle(&offline, &OfflineAffairs::idle);
        keep->trigger();
        QVERIFY(offline.isPinned(affair));
        QVERIFY(keep->isChecked());
        QVERIFY(idle.wait(60000));
        QVERIFY(offline.usage(affair).isComplete());
        QVERIFY(offline.usage(affair).files > 0);

        // The preferences list it with the room it takes, and stop keeping it.
        PreferencesDialog preferences(*m_session, m_window.get());
        preferences.show();
        auto* list = preferences.findChild<QTableView*>(u"offlineAffairs"_s);
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), 1);
        const Affair shown = m_session->store().affair(affair).value();
        QCOMPARE(list->model()->index(0, OfflineAffairListModel::Affair).data().toString(),
                 shown.reference + u" – "_s + shown.name);
        QCOMPARE(list->model()->index(0, OfflineAffairListModel::Files).data().toString(),
                 QString::number(offline.usage(affair).files));
        auto* unpin = preferences.findChild<QPushButton*>(u"unpin"_s);
        QVERIFY(!unpin->isEnabled());
        list->selectRow(0);
        QVERIFY(unpin->isEnabled());
        unpin->click();
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(!offline.isPinned(affair));
        QVERIFY(!keep->isChecked());
        preferences.reject();
    }

    void openAffairThenProductWithBreadcrumbAndHistory()
    {
        QTableView* view = m_window->affairsPage()->view();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(m_window->currentPage(), static_cast<Page*>(m_window->productsPage()));
        QCOMPARE(m_window->breadcrumb()->trail().size(), 2);
        QCOMPARE(m_window->breadcrumb()->trail().first().text, u"MyCloud"_s);
        QTRY_VERIFY(m_window->productsPage()->model()->rowCount() > 0);

        QTableView* products = m_window->productsPage()->view();
        products->setFocus();
        products->setCurrentIndex(products->model()->index(0, 0));
        QTest::keyClick(products, Qt::Key_Return);
        QTRY_COMPARE(m_window->currentPage(), static_cast<Page*>(m_window->productPage()));
        QCOMPARE(m_window->breadcrumb()->trail().size(), 3);
        QCOMPARE(m_window->productPage()->tabs()->count(), 6);

        m_window->history().back();
        QCOMPARE(m_window->currentPage(), static_cast<Page*>(m_window->productsPage()));
        m_window->history().forward();
        QCOMPARE(m_window->currentPage(), static_cast<Page*>(m_window->productPage()));
        // The first crumb goes back to the affairs, as « MyCloud » does on the web portal.
        emit m_window->breadcrumb()->activated(m_window->breadcrumb()->trail().first().location);
        QCOMPARE(m_window->currentPage(), static_cast<Page*>(m_window->affairsPage()));
        m_window->history().back();
        QCOMPARE(m_window->currentPage(), static_cast<Page*>(m_window->productPage()));
    }

    void everyTabShowsTheProduct()
    {
        ProductPage* page = m_window->productPage();
        const QUuid product = page->productId();
        const QList<Document> stored = m_session->store().documents(product);
        const auto countOf = [&stored](DocumentKind kind) {
            return int(std::count_if(stored.begin(), stored.end(),
                                     [kind](const Document& d) { return d.kind == kind; }));
        };
        for (int tab = 0; tab < page->tabs()->count(); ++tab)
            page->tabs()->setCurrentIndex(tab);
        // Each tab lists what the store holds for this product, no more, no less.
        for (DocumentKind kind : {DocumentKind::Schematic, DocumentKind::Quality, DocumentKind::Misc})
            QTRY_COMPARE(page->documents(kind)->model()->rowCount(), countOf(kind));
        QTRY_COMPARE(page->info()->photos()->rowCount(), countOf(DocumentKind::Photo));
        QTRY_COMPARE(page->tasks()->model()->rowCount(), int(m_session->store().tasks(product).size()));
        QTRY_COMPARE(page->maintenance()->model()->rowCount(), int(m_session->store().notes(product).size()));
        QVERIFY(countOf(DocumentKind::Schematic) > 0);
    }

    void addEditValidateAndDeleteATask()
    {
        TasksTab* tasks = m_window->productPage()->tasks();
        QTRY_VERIFY(!tasks->model()->isLoading());
        const int before = taskRows();
        whenDialogOpens<TaskDialog>([](TaskDialog* dialog) {
            Task task;
            task.description = u"Contrôler le serrage des bornes"_s;
            task.priority = true;
            task.requester = {u"Électricité Rhénane"_s, u"Bernard"_s, u"Claire"_s};
            dialog->setTask(task);
        });
        tasks->addTask();
        QTRY_COMPARE(taskRows(), before + 1);
        // Priority first: the new one is on top.
        QCOMPARE(tasks->model()->index(0, 0).data(TaskListModel::TaskRole).value<Task>().description,
                 u"Contrôler le serrage des bornes"_s);
        QVERIFY(sent());

        tasks->view()->setCurrentIndex(tasks->view()->model()->index(0, 0));
        whenDialogOpens<TaskDialog>([](TaskDialog* dialog) {
            Task task = dialog->task();
            task.description = u"Contrôler et resserrer les bornes"_s;
            dialog->setTask(task);
        });
        tasks->editTask();
        QTRY_COMPARE(tasks->model()->index(0, 0).data(TaskListModel::TaskRole).value<Task>().description,
                     u"Contrôler et resserrer les bornes"_s);
        QVERIFY(sent());

        const int notesBefore = m_window->productPage()->maintenance()->model()->rowCount();
        tasks->view()->setCurrentIndex(tasks->view()->model()->index(0, 0));
        whenDialogOpens<ValidateTaskDialog>([](ValidateTaskDialog* dialog) {
            const auto fields = dialog->findChildren<QLineEdit*>();
            for (QLineEdit* field : fields)
                if (field->text().isEmpty())
                    field->setText(u"B2EI Maintenance"_s);
        });
        tasks->validateTask();
        QTRY_COMPARE(taskRows(), before);
        QTRY_COMPARE(m_window->productPage()->maintenance()->model()->rowCount(), notesBefore + 1);
        QVERIFY(sent());
        QCOMPARE(m_session->conflictCount(), 0);

        // Delete asks first; accepted, the task leaves the list.
        tasks->view()->setCurrentIndex(tasks->view()->model()->index(0, 0));
        const auto doomed = tasks->view()->currentIndex().data(TaskListModel::TaskRole).value<Task>();
        whenConfirmationAsked();
        tasks->deleteTask();
        QTRY_VERIFY(!m_session->store().task(doomed.id));
    }

    void addAndDeleteANote()
    {
        MaintenanceTab* notes = m_window->productPage()->maintenance();
        const int before = notes->model()->rowCount();
        whenDialogOpens<NoteDialog>([](NoteDialog* dialog) {
            for (QLineEdit* field : dialog->findChildren<QLineEdit*>())
                if (field->text().isEmpty())
                    field->setText(u"Technicien"_s);
            for (QPlainTextEdit* field : dialog->findChildren<QPlainTextEdit*>())
                field->setPlainText(u"Remplacement du voyant H1"_s);
        });
        notes->addNote();
        QTRY_COMPARE(notes->model()->rowCount(), before + 1);
        QVERIFY(sent());

        notes->view()->setCurrentIndex(notes->view()->model()->index(0, 0));
        const auto doomed
            = notes->view()->currentIndex().data(NoteListModel::NoteRole).value<MaintenanceNote>();
        whenConfirmationAsked();
        notes->deleteNote();
        QTRY_VERIFY(!m_session->store().note(doomed.id));
        QTRY_COMPARE(notes->model()->rowCount(), before);
        QVERIFY(sent());
    }

    void lockAndUnlockTheProduct()
    {
        // From the products list, as the seed's « Verrouiller » button: the password twice.
        m_window->history().back();
        QCOMPARE(m_window->currentPage(), static_cast<Page*>(m_window->productsPage()));
        QTableView* products = m_window->productsPage()->view();
        QTRY_VERIFY(!m_window->productsPage()->model()->isLoading() && products->model()->rowCount() > 1);
        products->setCurrentIndex(products->model()->index(1, 0));
        const auto product = products->currentIndex().data(ProductListModel::ProductRole).value<Product>();
        QAction* lock = m_window->productsPage()->access()->lockAction();
        if (product.locked) { // the demo data locks some: unlock first, then lock
            whenConfirmationAsked();
            lock->trigger();
            QTRY_VERIFY(!m_session->store().product(product.id)->locked);
        }
        whenDialogOpens<LockDialog>([](LockDialog* dialog) {
            for (QLineEdit* field : dialog->findChildren<QLineEdit*>())
                field->setText(u"Verrou-Atelier-7"_s);
        });
        lock->trigger();
        QTRY_VERIFY(m_session->store().product(product.id)->locked);
        QVERIFY(sent());
        QTRY_VERIFY(lock->text().contains(u"Unlock"_s)); // the action follows the row's new state
        whenConfirmationAsked();
        lock->trigger();
        QTRY_VERIFY(!m_session->store().product(product.id)->locked);
        QVERIFY(sent());
        m_window->history().forward();
    }

    void openASchematicAndSearchIt()
    {
        ProductPage* page = m_window->productPage();
        page->tabs()->setCurrentIndex(ProductPage::Schematics);
        DocumentsTab* schematics = page->documents(DocumentKind::Schematic);
        QTRY_VERIFY(schematics->model()->rowCount() > 0);
        QSignalSpy loaded(schematics->viewer(), &PdfViewer::loaded);
        schematics->consult(0);
        QVERIFY(loaded.wait(30000));
        QVERIFY(schematics->viewer()->pageCount() >= 1);
        schematics->viewer()->search(u"départ"_s); // the demo schematics label their feeders « Départ n »
        QTRY_VERIFY_WITH_TIMEOUT(schematics->viewer()->hitCount() > 0, 10000);
    }

    void scanPageFromTheNavigation()
    {
        m_window->history().go(Location::scan());
        QCOMPARE(m_window->currentPage(), static_cast<Page*>(m_window->scanPage()));
        QCOMPARE(m_window->breadcrumb()->trail().size(), 1);
        m_window->history().back();
        QCOMPARE(m_window->currentPage(), static_cast<Page*>(m_window->productPage()));
    }

    void remoteSwitchOnTheAccountPage()
    {
        m_window->history().go(Location::account());
        QCOMPARE(m_window->currentPage(), static_cast<Page*>(m_window->accountPage()));
        QVERIFY(m_window->accountPage()->details().contains(QString::fromLatin1(ServerProcess::kDemoEmail)));
        QCheckBox* remote = m_window->accountPage()->remoteSwitch();
        const bool before = remote->isChecked();
        remote->click();
        QTRY_COMPARE(m_session->store().account()->remoteConsultation, !before);
        QVERIFY(sent());
        m_window->history().back();
    }

    void compactLayoutFoldsTheSheet()
    {
        ProductPage* page = m_window->productPage();
        QCOMPARE(m_window->currentPage(), static_cast<Page*>(page));
        m_window->resize(640, 800);
        QTRY_VERIFY(page->isCompact());
        QCOMPARE(page->sections().size(), 7);
        QVERIFY(page->sections().first()->content());
        QVERIFY(!page->tabs()->isVisible());
        m_window->resize(1200, 800);
        QTRY_VERIFY(!page->isCompact());
        QCOMPARE(page->tabs()->count(), 6);
    }

    void offlineWorkIsQueuedAndSaid()
    {
        QVERIFY(m_server.stop().isEmpty());
        const int before = taskRows();
        whenDialogOpens<TaskDialog>([](TaskDialog* dialog) {
            Task task;
            task.description = u"Relever les compteurs (hors ligne)"_s;
            dialog->setTask(task);
        });
        m_window->productPage()->tasks()->addTask();
        QTRY_COMPARE(taskRows(), before + 1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isOnline() && !m_session->isSyncing(), 20000);
        QCOMPARE(m_session->pendingChanges(), 1);
        QVERIFY(!m_session->isOnline());
        const QString status = m_window->syncStatus()->summary();
        QVERIFY2(status.contains(u"Offline"_s) && status.contains(u"waiting"_s), qPrintable(status));

        // Known to be offline now: the next change says where it went.
        whenDialogOpens<NoteDialog>([](NoteDialog* dialog) {
            for (QLineEdit* field : dialog->findChildren<QLineEdit*>())
                if (field->text().isEmpty())
                    field->setText(u"Technicien"_s);
        });
        m_window->productPage()->maintenance()->addNote();
        QTRY_COMPARE(m_session->pendingChanges(), 2);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"Saved on this computer"_s));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
