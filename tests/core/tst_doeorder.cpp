// Ordering a DOE from the real server: the estimate made from a synced store equals the server's
// own count and size for several selections (the latest-valid rule included), a ready package,
// a selection matching nothing (the server's 422, said clearly), a package over 500 MB e-mailed
// (a sparse file added with `mycloud-server admin`), the server out of reach, and a cancel.
#include "ModelFixture.h"
#include "TestValues.h"
#include "api/ApiClient.h"
#include "doe/DoeOrder.h"
#include "domain/Affair.h"
#include "domain/Product.h"

#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 120000;
const QString kEmail = QString::fromLatin1(ServerProcess::kDemoEmail);

} // namespace

class TestDoeOrder final : public QObject
{
    Q_OBJECT

private:
    ModelFixture m_fixture;
    QTemporaryDir m_temp;
    std::unique_ptr<ApiClient> m_client;
    Affair m_affair; // its newest schematic of some product is under review (the demo data)
    QList<Product> m_products;
    QUuid m_bare; // a product added without documents

    std::unique_ptr<ApiClient> client(const QUrl& server)
    {
        auto api = std::make_unique<ApiClient>();
        api->setServer(server);
        api->setTrustedCertificates(QSslCertificate::fromPath(m_fixture.server().dataPath(u"tls/ca.pem"_s)));
        api->setToken(m_fixture.server().login(kEmail, QString::fromLatin1(ServerProcess::kDemoPassword)));
        return api;
    }

    std::unique_ptr<DoeOrder> run(ApiClient& api, const DoeRequest& request)
    {
        auto order = std::make_unique<DoeOrder>(api, m_affair.id, request, kEmail);
        QSignalSpy finished(order.get(), &DoeOrder::finished);
        order->start();
        if (!finished.wait(kWaitMs))
            qWarning("the order did not finish");
        return order;
    }

    DoeOrder::Estimate estimate(const DoeRequest& request) const
    {
        return DoeOrder::estimate(m_fixture.store(), m_affair.id, request);
    }

private slots:
    void initTestCase()
    {
        const QString error = m_fixture.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_client = client(m_fixture.server().rootUrl(QString()));
        m_affair = m_fixture.affair(u"AFF-2024-0042"_s);
        QVERIFY(!m_affair.id.isNull());
        m_products = m_fixture.store().products(m_affair.id);
        QVERIFY(m_products.size() >= 2);

        const AdminRun added
            = m_fixture.server().admin({u"product-add"_s, u"--affair"_s, idOf(m_affair.id), u"--reference"_s,
                                        u"TEST-VIDE"_s, u"--name"_s, u"Sans documents"_s});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        m_bare = QUuid::fromString(QString::fromLatin1(added.out).section(u' ', 0, 0));
        QVERIFY(!m_bare.isNull());
        const QString synced = m_fixture.sync();
        QVERIFY2(synced.isEmpty(), qPrintable(synced));
    }

    void latestValidRuleMatters()
    {
        // Otherwise the rows below could not tell whether the estimate applies it.
        const DoeRequest latest{{DocumentKind::Schematic}, std::nullopt, true};
        DoeRequest every = latest;
        every.latestValidOnly = false;
        QVERIFY(estimate(latest).fileCount > 0);
        QVERIFY(estimate(latest).fileCount < estimate(every).fileCount);
    }

    void estimateIsTheServersSize_data()
    {
        QTest::addColumn<DoeRequest>("request");
        const auto all = QList<DocumentKind>(kAllDocumentKinds.begin(), kAllDocumentKinds.end());
        const QList<QUuid> two{m_products.at(0).id, m_products.at(1).id};
        QTest::newRow("everything") << DoeRequest{all, std::nullopt, true};
        QTest::newRow("every revision of everything") << DoeRequest{all, std::nullopt, false};
        QTest::newRow("latest valid schematics") << DoeRequest{{DocumentKind::Schematic}, std::nullopt, true};
        QTest::newRow("every schematic") << DoeRequest{{DocumentKind::Schematic}, std::nullopt, false};
        QTest::newRow("photos and quality of two products")
            << DoeRequest{{DocumentKind::Photo, DocumentKind::Quality}, two, true};
        QTest::newRow("one product, misc and schematics")
            << DoeRequest{{DocumentKind::Misc, DocumentKind::Schematic}, QList<QUuid>{two.last()}, true};
    }

    void estimateIsTheServersSize()
    {
        QFETCH(DoeRequest, request);
        const DoeOrder::Estimate expected = estimate(request);
        QVERIFY(expected.fileCount > 0);
        const auto order = run(*m_client, request);
        QVERIFY2(order->outcome() == DoeOrder::Outcome::Ready, qPrintable(order->message()));
        QVERIFY(!order->error());
        QCOMPARE(order->exported().status, DoeExport::Status::Ready);
        QCOMPARE(order->exported().affairId, m_affair.id);
        QCOMPARE(order->exported().fileCount, expected.fileCount);
        QCOMPARE(order->exported().size, expected.bytes);
    }

    void nothingMatchingIsSaidClearly()
    {
        const DoeRequest request{{DocumentKind::Photo}, QList<QUuid>{m_bare}, true};
        QCOMPARE(estimate(request), DoeOrder::Estimate{});
        const auto order = run(*m_client, request);
        QCOMPARE(order->outcome(), DoeOrder::Outcome::Failed);
        QVERIFY(order->error());
        QCOMPARE(order->error()->status(), 422);
        QVERIFY2(order->message().startsWith(u"No document matches this selection"_s),
                 qPrintable(order->message()));
    }

    void largePackageIsEmailed()
    {
        // Over the limit with one sparse file; the server still builds (and stores) the whole zip.
        QFile big(m_temp.filePath(u"Relevés thermographiques.bin"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(DoeExport::kDownloadLimit + 1));
        big.close();
        const AdminRun added
            = m_fixture.server().admin({u"document-add"_s, u"--product"_s, idOf(m_bare), u"--kind"_s,
                                        u"misc"_s, u"--file"_s, big.fileName()});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString synced = m_fixture.sync();
        QVERIFY2(synced.isEmpty(), qPrintable(synced));

        const DoeRequest request{{DocumentKind::Misc}, QList<QUuid>{m_bare}, true};
        QCOMPARE(estimate(request), (DoeOrder::Estimate{1, DoeExport::kDownloadLimit + 1}));
        const auto order = run(*m_client, request);
        QVERIFY2(order->outcome() == DoeOrder::Outcome::Emailed, qPrintable(order->message()));
        QCOMPARE(order->exported().delivery, DoeExport::Delivery::Email);
        QCOMPARE(order->exported().size, DoeExport::kDownloadLimit + 1);
        const QString expiry
            = QLocale().toString(order->exported().expiresAt.toLocalTime().date(), QLocale::LongFormat);
        QVERIFY2(order->message().contains(kEmail), qPrintable(order->message()));
        QVERIFY2(order->message().contains(expiry), qPrintable(order->message()));
    }

    void unreachableServerIsSaidClearly()
    {
        auto offline = client(QUrl(u"https://127.0.0.1:1/"_s));
        const auto order = run(*offline, DoeRequest{{DocumentKind::Photo}, std::nullopt, true});
        QCOMPARE(order->outcome(), DoeOrder::Outcome::Failed);
        QVERIFY(order->error());
        QCOMPARE(order->error()->kind(), ApiError::Kind::Offline);
        QCOMPARE(order->message(), ApiError(ApiError::Kind::Offline).message());
    }

    void cancelFinishesOnce()
    {
        DoeOrder order(*m_client, m_affair.id, DoeRequest{{DocumentKind::Photo}, std::nullopt, true}, kEmail);
        QSignalSpy finished(&order, &DoeOrder::finished);
        order.start();
        order.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(order.isCancelled());
        QCOMPARE(order.outcome(), DoeOrder::Outcome::Failed);
        QTest::qWait(DoeOrder::kPollIntervalMs * 2); // neither the answer nor a poll may finish it again
        QCOMPARE(finished.count(), 1);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        QVERIFY(m_fixture.server().stop().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDoeOrder)
#include "tst_doeorder.moc"
