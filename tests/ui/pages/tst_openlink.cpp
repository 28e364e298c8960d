// Links given to the app (its command line, another launch) open in the main window, against the
// real server: a product link shows the product sheet, an affair link its products, a QR label's
// address the product like a scan, a link macOS sends as an event the same; what the server has
// but the store not yet comes with a sync; another customer's product, an unknown affair and
// refused links say why in the status bar; and a link given before signing in opens once signed in.
#include "MainWindow.h"
#include "ServerProcess.h"
#include "SignedInSession.h"
#include "SyncHelpers.h"
#include "api/ApiClient.h"
#include "core/ClientSession.h"
#include "models/ProductListModel.h"
#include "navigation/History.h"
#include "pages/AffairsPage.h"
#include "pages/ProductPage.h"
#include "pages/ProductsPage.h"
#include "scanner/ScanPage.h"
#include "store/Store.h"
#include "widgets/Breadcrumb.h"

#include <QApplication>
#include <QFile>
#include <QFileOpenEvent>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

QString idOf(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

class TestOpenLink final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_profile;
    std::unique_ptr<ClientSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    Affair someAffair() const { return m_session->store().affairs().last(); }
    Product someProduct() const { return m_session->store().products(someAffair().id).first(); }
    QString status() const { return m_window->statusBar()->currentMessage(); }

    // A product the server has and the store does not (yet): its id and QR token.
    std::pair<QUuid, QString> newProduct(const QString& reference)
    {
        const AdminRun run = m_server.admin({u"product-add"_s, u"--affair"_s, idOf(someAffair().id),
                                             u"--reference"_s, reference, u"--name"_s, u"Coffret neuf"_s});
        const QStringList printed = QString::fromUtf8(run.out).trimmed().split(u' ');
        if (run.exitCode != 0 || printed.size() != 2)
            return {};
        return {QUuid::fromString(printed[0]), printed[1]};
    }

    QUuid otherCustomersProduct()
    {
        QSqlQuery q(m_server.database());
        q.prepare(u"SELECT p.id FROM products p JOIN customers c ON c.id = p.customer_id WHERE c.email = ? "
                  u"LIMIT 1"_s);
        q.addBindValue(QString::fromLatin1(ServerProcess::kOtherEmail));
        return q.exec() && q.next() ? QUuid::fromString(q.value(0).toString()) : QUuid();
    }

    // The link was refused or not found: the status bar says `said`, and the window stayed put.
    void expectNotOpened(const QString& link, const QString& said)
    {
        const Location before = m_window->history().current();
        m_window->statusBar()->clearMessage();
        m_window->openLink(link);
        QTRY_VERIFY2_WITH_TIMEOUT(status().contains(said), qPrintable(status()), 20000);
        QCOMPARE(m_window->history().current(), before);
    }

private slots:
    void initTestCase()
    {
        const QString error = startSignedInSession(m_server, m_profile.path(), u"tst_openlink"_s, &m_session);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->currentPage(), static_cast<Page*>(m_window->affairsPage()));
    }

    void productLinkShowsTheProductSheet()
    {
        const Product product = someProduct();
        m_window->openLink(u"mycloud://product/"_s + idOf(product.id));
        QTRY_COMPARE(m_window->currentPage(), static_cast<Page*>(m_window->productPage()));
        QCOMPARE(m_window->productPage()->productId(), product.id);
        QCOMPARE(m_window->history().current(), Location::product(product.affairId, product.id));
        QCOMPARE(m_window->breadcrumb()->trail().size(), 3);
        QCOMPARE(m_window->breadcrumb()->trail().last().text, product.reference);
        QVERIFY(m_window->history().canGoBack()); // a place visited like any other
    }

    void affairLinkShowsItsProducts()
    {
        const Affair affair = someAffair();
        m_window->openLink(u" MYCLOUD://Affair/"_s + idOf(affair.id).toUpper() + u"/\n"_s);
        QTRY_COMPARE(m_window->currentPage(), static_cast<Page*>(m_window->productsPage()));
        QCOMPARE(m_window->productsPage()->affairId(), affair.id);
        QCOMPARE(m_window->breadcrumb()->trail().size(), 2);
        QTRY_COMPARE(m_window->productsPage()->model()->rowCount(),
                     int(m_session->store().products(affair.id).size()));
    }

    void labelAddressShowsTheProductLikeAScan()
    {
        const Product product = m_session->store().products(m_session->store().affairs().first().id).first();
        m_window->openLink(m_server.rootUrl(u"q/"_s + product.qrToken).toString());
        QTRY_COMPARE(m_window->productPage()->productId(), product.id);
        QCOMPARE(m_window->currentPage(), static_cast<Page*>(m_window->productPage()));
    }

    void macOsGivesLinksAsEvents()
    {
        m_window->history().go(Location::affairs());
        const Affair affair = m_session->store().affairs().first();
        QFileOpenEvent event(QUrl(u"mycloud://affair/"_s + idOf(affair.id)));
        QVERIFY(QCoreApplication::sendEvent(qApp, &event));
        QTRY_COMPARE(m_window->currentPage(), static_cast<Page*>(m_window->productsPage()));
        QCOMPARE(m_window->productsPage()->affairId(), affair.id);
    }

    void whatTheStoreHasNotYetComesWithASync()
    {
        const auto [byId, unusedToken] = newProduct(u"2099-LINK-P01"_s);
        const auto [byLabel, token] = newProduct(u"2099-LINK-P02"_s);
        QVERIFY(!byId.isNull() && !byLabel.isNull());
        QVERIFY(!m_session->store().product(byId));
        m_window->openLink(u"mycloud://product/"_s + idOf(byId));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->productPage()->productId(), byId, 20000);
        QCOMPARE(m_window->currentPage(), static_cast<Page*>(m_window->productPage()));
        QCOMPARE(m_window->breadcrumb()->trail().last().text, u"2099-LINK-P01"_s);

        // The sync brought both; add a third so that the label is resolved by the server first.
        const auto [third, thirdToken] = newProduct(u"2099-LINK-P03"_s);
        QVERIFY(!m_session->store().productByQrToken(thirdToken));
        m_window->openLink(m_server.rootUrl(u"q/"_s + thirdToken).toString());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->productPage()->productId(), third, 20000);
        QVERIFY(m_session->store().product(byLabel));
    }

    void scannedProductNotInTheStoreComesWithASync()
    {
        // The scanner found it on the server; the sheet needs it in the store first.
        const auto [product, token] = newProduct(u"2099-SCAN-P01"_s);
        QVERIFY(!product.isNull());
        QVERIFY(!m_session->store().product(product));
        emit m_window->scanPage()->openProduct(someAffair().id, product);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->productPage()->productId(), product, 20000);
        QCOMPARE(m_window->currentPage(), static_cast<Page*>(m_window->productPage()));
        QCOMPARE(m_window->breadcrumb()->trail().last().text, u"2099-SCAN-P01"_s);
    }

    void notYoursAndUnknownSayWhy()
    {
        const QUuid theirs = otherCustomersProduct();
        QVERIFY(!theirs.isNull());
        expectNotOpened(u"mycloud://product/"_s + idOf(theirs),
                        u"This product is not in your MyCloud account."_s);
        expectNotOpened(u"mycloud://affair/"_s + idOf(QUuid::createUuid()),
                        u"This affair is not in your MyCloud account."_s);
        expectNotOpened(m_server.rootUrl(u"q/AAAAAAAAAAAAAAAAAAAAAA"_s).toString(),
                        u"This label is not one of your products."_s);
    }

    void refusedLinksSayWhy()
    {
        const Product product = someProduct();
        expectNotOpened(u"https://evil.example/q/"_s + product.qrToken, u"not your MyCloud server"_s);
        expectNotOpened(u"mycloud://product/"_s + product.reference, u"not the id of a product"_s);
        expectNotOpened(u"mycloud://document/"_s + idOf(product.id), u"not “document”"_s);
        expectNotOpened(u"ftp://example.org/x"_s, u"not ftp: links"_s);
        expectNotOpened(QString(), u"The link is empty."_s);
    }

    void offlineSaysToTryAgainOnline()
    {
        const QUrl server = m_server.rootUrl(QString());
        m_session->client().setServer(unreachableServer());
        expectNotOpened(u"mycloud://product/"_s + idOf(QUuid::createUuid()), u"cannot be reached"_s);
        // What the store has opens offline all the same.
        const Product product = someProduct();
        m_window->openLink(u"mycloud://product/"_s + idOf(product.id));
        QTRY_COMPARE(m_window->productPage()->productId(), product.id);
        m_session->client().setServer(server);
    }

    void linkGivenBeforeSigningInOpensAfter()
    {
        // A fresh profile: nothing in its store, nobody signed in, as on a first start from a link.
        QTemporaryDir profile;
        ClientSession session(profile.path());
        QVERIFY(!session.open());
        MainWindow window(session);
        window.show();
        const Product product = someProduct();
        window.openLink(u"mycloud://product/"_s + idOf(product.id));
        QTest::qWait(200);
        QCOMPARE(window.currentPage(), static_cast<Page*>(window.affairsPage()));
        QCOMPARE(window.statusBar()->currentMessage(), u"The link opens once you are signed in."_s);

        QFile ca(m_server.dataPath(u"tls/ca.pem"_s));
        QVERIFY(ca.open(QIODevice::ReadOnly));
        session.signIn(m_server.rootUrl(QString()), QString::fromLatin1(ServerProcess::kDemoEmail),
                       QString::fromLatin1(ServerProcess::kDemoPassword), ca.readAll());
        QTRY_COMPARE_WITH_TIMEOUT(window.currentPage(), static_cast<Page*>(window.productPage()), 30000);
        QCOMPARE(window.productPage()->productId(), product.id);
        QCOMPARE(window.breadcrumb()->trail().last().text, product.reference);
    }
};

QTEST_MAIN(TestOpenLink)
#include "tst_openlink.moc"
