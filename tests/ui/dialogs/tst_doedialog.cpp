// DoeDialog (« Télécharger votre DOE ») over a store synced from the real server: the selection and
// its live estimate, the e-mail notice over 500 MB (a sparse file added with `mycloud-server admin`)
// and the package then e-mailed, a real download into the chosen file, a stop, and the server out
// of reach.
#include "ModelFixture.h"
#include "TestValues.h"
#include "api/ApiClient.h"
#include "dialogs/DoeDialog.h"
#include "domain/Affair.h"
#include "files/FileCache.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 120000;
const QString kEmail = QString::fromLatin1(ServerProcess::kDemoEmail);

template <class T = QWidget> T* child(const QObject& dialog, const QString& name)
{
    return dialog.findChild<T*>(name);
}

} // namespace

class TestDoeDialog final : public QObject
{
    Q_OBJECT

private:
    ModelFixture m_fixture;
    QTemporaryDir m_temp;
    std::unique_ptr<ApiClient> m_client;
    Affair m_affair;

    std::unique_ptr<ApiClient> client(const QUrl& server)
    {
        auto api = std::make_unique<ApiClient>();
        api->setServer(server);
        api->setTrustedCertificates(QSslCertificate::fromPath(m_fixture.server().dataPath(u"tls/ca.pem"_s)));
        api->setToken(m_fixture.server().login(kEmail, QString::fromLatin1(ServerProcess::kDemoPassword)));
        return api;
    }

    // Shown, with its products loaded and the first estimate on screen.
    std::unique_ptr<DoeDialog> open(const Affair& affair, ApiClient& api)
    {
        auto dialog = std::make_unique<DoeDialog>(api, m_fixture.store(), affair.id);
        dialog->show();
        const QAbstractItemModel* products = child<QListView>(*dialog, u"products"_s)->model();
        if (!QTest::qWaitFor(
                [&] {
                    return products->rowCount() > 0 && dialog->estimateText() == expected(*dialog, affair);
                },
                30000))
            qWarning() << "no estimate:" << dialog->estimateText();
        return dialog;
    }

    // What the label must say: the estimate (checked against the server by tst_doeorder).
    QString expected(const DoeDialog& dialog, const Affair& affair) const
    {
        return DoeDialog::describe(DoeOrder::estimate(m_fixture.store(), affair.id, dialog.request()));
    }

    static QPushButton* accept(const DoeDialog& dialog) { return child<QPushButton>(dialog, u"download"_s); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        const QString error = m_fixture.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_client = client(m_fixture.server().rootUrl(QString()));
        m_affair = m_fixture.affair(u"AFF-2024-0042"_s);
        QVERIFY(!m_affair.id.isNull());
    }

    void startsWithEverything()
    {
        const auto dialog = open(m_affair, *m_client);
        const DoeRequest everything{QList<DocumentKind>(kAllDocumentKinds.begin(), kAllDocumentKinds.end()),
                                    std::nullopt, true};
        QCOMPARE(dialog->request(), everything);
        QVERIFY(DoeOrder::estimate(m_fixture.store(), m_affair.id, everything).fileCount > 0);
        QCOMPARE(dialog->estimateText(), expected(*dialog, m_affair));
        QVERIFY(child<QLabel>(*dialog, u"header"_s)->text().contains(m_affair.reference));
        QCOMPARE(child<QLabel>(*dialog, u"wifiAdvice"_s)->text(),
                 u"Prefer a Wi-Fi connection to avoid using mobile data."_s);
        QVERIFY(!child(*dialog, u"emailNotice"_s)->isVisible());
        QCOMPARE(accept(*dialog)->text(), u"&Download"_s);
        QVERIFY(accept(*dialog)->isEnabled());
    }

    void kindsChangeTheEstimate_data()
    {
        QTest::addColumn<QStringList>("clicked");
        QTest::addColumn<QString>("problem"); // empty: an estimate is expected
        QTest::newRow("without photos") << QStringList{u"photos"_s} << QString();
        QTest::newRow("every schematic revision") << QStringList{u"latestValidOnly"_s} << QString();
        QTest::newRow("quality documents only")
            << QStringList{u"photos"_s, u"schematics"_s, u"misc"_s} << QString();
        QTest::newRow("no kind") << QStringList{u"photos"_s, u"schematics"_s, u"quality"_s, u"misc"_s}
                                 << u"Choose at least one kind of document."_s;
    }

    void kindsChangeTheEstimate()
    {
        QFETCH(QStringList, clicked);
        QFETCH(QString, problem);
        const auto dialog = open(m_affair, *m_client);
        const QString before = dialog->estimateText();
        for (const QString& name : clicked)
            child<QCheckBox>(*dialog, name)->click();
        const QString wanted = problem.isEmpty() ? expected(*dialog, m_affair) : problem;
        QTRY_COMPARE(dialog->estimateText(), wanted);
        QVERIFY(wanted != before);
        QCOMPARE(accept(*dialog)->isEnabled(), problem.isEmpty());
        const DoeRequest request = dialog->request();
        QCOMPARE(request.kinds.contains(DocumentKind::Photo), !clicked.contains(u"photos"_s));
        QCOMPARE(request.latestValidOnly, !clicked.contains(u"latestValidOnly"_s));
        QCOMPARE(child(*dialog, u"latestValidOnly"_s)->isEnabled(), !clicked.contains(u"schematics"_s));
    }

    void productsChangeTheEstimate()
    {
        const auto dialog = open(m_affair, *m_client);
        const QString everything = dialog->estimateText();
        child<QPushButton>(*dialog, u"noProduct"_s)->click();
        QTRY_COMPARE(dialog->estimateText(), u"Choose at least one product."_s);
        QVERIFY(!accept(*dialog)->isEnabled());

        // As the list's check box does it.
        QAbstractItemModel* products = child<QListView>(*dialog, u"products"_s)->model();
        const Product first = m_fixture.store().products(m_affair.id).first();
        QVERIFY(products->setData(products->index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(dialog->request().productIds, QList<QUuid>{first.id});
        QTRY_COMPARE(dialog->estimateText(), expected(*dialog, m_affair));
        QVERIFY(dialog->estimateText() != everything);
        QVERIFY(accept(*dialog)->isEnabled());

        child<QPushButton>(*dialog, u"allProducts"_s)->click();
        QCOMPARE(dialog->request().productIds, std::nullopt);
        QTRY_COMPARE(dialog->estimateText(), everything);
    }

    void downloadsIntoTheChosenFile()
    {
        const auto dialog = open(m_affair, *m_client);
        child<QCheckBox>(*dialog, u"photos"_s)->click();
        QTRY_COMPARE(dialog->estimateText(), expected(*dialog, m_affair));
        const QString target = m_temp.filePath(u"DOE AFF-2024-0042.zip"_s);
        dialog->startDownload(target);
        QVERIFY(dialog->isBusy());
        QVERIFY(!accept(*dialog)->isEnabled());
        QVERIFY(child(*dialog, u"stop"_s)->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWaitMs);
        QCOMPARE(dialog->statusText(), u"The DOE was saved to %1."_s.arg(QDir::toNativeSeparators(target)));
        QFile zip(target);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        QCOMPARE(zip.read(4), QByteArray("PK\x03\x04"));
        QVERIFY(!QFileInfo::exists(target + u".part"_s));
        QVERIFY(!child(*dialog, u"stop"_s)->isVisible());
        QVERIFY(accept(*dialog)->isEnabled());
    }

    void buildsOnThisComputer()
    {
        FileCache cache(*m_client, m_temp.filePath(u"cache"_s));
        QVERIFY(!cache.open());
        const auto dialog = open(m_affair, *m_client);
        QVERIFY(!dialog->isLocalBuild());
        dialog->enableLocalBuild(cache, m_temp.filePath(u"history"_s));
        QVERIFY(dialog->isLocalBuild());
        QVERIFY(child<QRadioButton>(*dialog, u"onThisComputer"_s)->isChecked());
        QCOMPARE(accept(*dialog)->text(), u"&Save"_s);
        const DoeOrder::Estimate estimate
            = DoeOrder::estimate(m_fixture.store(), m_affair.id, dialog->request());
        auto* coverage = child<QLabel>(*dialog, u"coverage"_s);
        // (No translation is loaded here: the plural reads "file(s)".)
        QTRY_VERIFY(coverage->text().startsWith(u"0 of %1 file"_s.arg(estimate.fileCount)));

        const QString target = m_temp.filePath(u"built here.zip"_s);
        dialog->startBuild(target);
        QVERIFY(dialog->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWaitMs);
        QCOMPARE(dialog->statusText(), u"The DOE was saved to %1."_s.arg(QDir::toNativeSeparators(target)));
        QProcess unzip;
        unzip.start(u"unzip"_s, {u"-tq"_s, target});
        QVERIFY(unzip.waitForFinished(kWaitMs));
        QCOMPARE(unzip.exitCode(), 0);

        // Now that the cache holds them, the same selection needs no download.
        child<QCheckBox>(*dialog, u"photos"_s)->click();
        child<QCheckBox>(*dialog, u"photos"_s)->click();
        QTRY_COMPARE(coverage->text(), u"Every file is on this computer: no download is needed."_s);
        // The server's package remains on offer.
        child<QRadioButton>(*dialog, u"byServer"_s)->click();
        QVERIFY(!dialog->isLocalBuild());
        QCOMPARE(accept(*dialog)->text(), u"&Download"_s);
    }

    void stopCancelsTheOrder()
    {
        const auto dialog = open(m_affair, *m_client);
        const QString target = m_temp.filePath(u"stopped.zip"_s);
        dialog->startDownload(target);
        child<QPushButton>(*dialog, u"stop"_s)->click();
        QVERIFY(!dialog->isBusy());
        QCOMPARE(dialog->statusText(), u"Cancelled."_s);
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(accept(*dialog)->isEnabled());
    }

    void unreachableServerIsSaidClearly()
    {
        auto offline = client(QUrl(u"https://127.0.0.1:1/"_s));
        const auto dialog = open(m_affair, *offline);
        dialog->startDownload(m_temp.filePath(u"offline.zip"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWaitMs);
        QCOMPARE(dialog->statusText(), ApiError(ApiError::Kind::Offline).message());
    }

    void overTheLimitIsEmailed()
    {
        // A sparse file takes another affair over 500 MB.
        const Affair affair = m_fixture.affair(u"AFF-2025-0094"_s);
        QVERIFY(!affair.id.isNull());
        QFile big(m_temp.filePath(u"Relevés thermographiques.bin"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(DoeExport::kDownloadLimit + 1));
        big.close();
        const QUuid product = m_fixture.store().products(affair.id).first().id;
        const AdminRun added
            = m_fixture.server().admin({u"document-add"_s, u"--product"_s, idOf(product), u"--kind"_s,
                                        u"misc"_s, u"--file"_s, big.fileName()});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString synced = m_fixture.sync();
        QVERIFY2(synced.isEmpty(), qPrintable(synced));

        const auto dialog = open(affair, *m_client);
        QVERIFY(dialog->isOverLimit());
        const QWidget* notice = child(*dialog, u"emailNotice"_s);
        QVERIFY(notice->isVisible());
        QVERIFY(child<QLabel>(*dialog, u"emailNotice"_s)->text().contains(kEmail));
        QVERIFY(child<QLabel>(*dialog, u"emailNotice"_s)->text().contains(u"45 days"_s));
        QCOMPARE(accept(*dialog)->text(), u"Send by &e-mail"_s);

        child<QCheckBox>(*dialog, u"misc"_s)->click();
        QTRY_COMPARE(dialog->estimateText(), expected(*dialog, affair));
        QVERIFY(!notice->isVisible());
        QCOMPARE(accept(*dialog)->text(), u"&Download"_s);

        child<QCheckBox>(*dialog, u"misc"_s)->click();
        QTRY_VERIFY(dialog->isOverLimit());
        accept(*dialog)->click(); // no file to choose: the server e-mails it
        QVERIFY(dialog->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWaitMs);
        QVERIFY2(dialog->statusText().contains(kEmail), qPrintable(dialog->statusText()));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        QVERIFY(m_fixture.server().stop().isEmpty());
    }
};

QTEST_MAIN(TestDoeDialog)
#include "tst_doedialog.moc"
