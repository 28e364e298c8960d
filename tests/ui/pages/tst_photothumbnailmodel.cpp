// The product sheet's photo gallery model against the real server: thumbnails fetched through the
// file cache and decoded small on a worker, a placeholder until then; checked with
// QAbstractItemModelTester throughout.
#include "ServerProcess.h"
#include "TestValues.h"
#include "api/ApiClient.h"
#include "domain/Affair.h"
#include "domain/JsonCodec.h"
#include "domain/Page.h"
#include "domain/Product.h"
#include "files/FileCache.h"
#include "pages/product/PhotoThumbnailModel.h"

#include <QAbstractItemModelTester>
#include <QPixmap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestPhotoThumbnailModel final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QByteArray m_token;
    QTemporaryDir m_temp;
    ApiClient m_client;
    std::unique_ptr<FileCache> m_cache;
    QList<Document> m_photos;

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.startSignedIn(&m_token).isEmpty());
        m_client.setServer(m_server.rootUrl(QString()));
        m_client.setTrustedCertificates(QSslCertificate::fromPath(m_server.dataPath(u"tls/ca.pem"_s)));
        m_client.setToken(m_token);
        m_cache = std::make_unique<FileCache>(m_client, m_temp.filePath(u"cache"_s));
        QVERIFY(!m_cache->open());
        const auto affairs = JsonCodec::decode<Page<Affair>>(m_server.get(u"affairs"_s, m_token).body);
        QVERIFY(affairs);
        const auto products = JsonCodec::decode<Page<Product>>(
            m_server.get(u"affairs/%1/products"_s.arg(idOf(affairs->items.first().id)), m_token).body);
        QVERIFY(products);
        const auto documents = JsonCodec::decode<Page<Document>>(
            m_server.get(u"products/%1/documents?limit=500"_s.arg(idOf(products->items.first().id)), m_token)
                .body);
        QVERIFY(documents);
        for (const Document& document : documents->items)
            if (document.kind == DocumentKind::Photo)
                m_photos << document;
        QVERIFY(m_photos.size() >= 2);
    }

    void thumbnailsArriveSmall()
    {
        PhotoThumbnailModel model(*m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPhotos(m_photos);
        QCOMPARE(model.rowCount(), m_photos.size());
        QCOMPARE(model.index(0).data().toString(), m_photos.first().title);
        // Asking is what starts the work: a placeholder icon first.
        QCOMPARE(model.index(0).data(Qt::DecorationRole).userType(), QMetaType::QIcon);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QTRY_VERIFY_WITH_TIMEOUT(model.index(0).data(Qt::DecorationRole).userType() == QMetaType::QPixmap,
                                 20000);
        const QPixmap thumbnail = model.index(0).data(Qt::DecorationRole).value<QPixmap>();
        QVERIFY(!thumbnail.isNull());
        QVERIFY(std::max(thumbnail.width(), thumbnail.height()) <= PhotoThumbnailModel::kThumbnailSize);
        QVERIFY(!model.index(0).data(PhotoThumbnailModel::PathRole).toString().isEmpty());
        QVERIFY(!changed.isEmpty());
    }

    void newPhotosResetTheModel()
    {
        PhotoThumbnailModel model(*m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPhotos(m_photos);
        model.index(1).data(Qt::DecorationRole);
        model.setPhotos({m_photos.first()}); // the answer for the old list must not land on the new one
        QCOMPARE(model.rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(model.index(0).data(Qt::DecorationRole).userType() == QMetaType::QPixmap,
                                 20000);
    }

    void cleanupTestCase()
    {
        m_cache.reset();
        QVERIFY(m_server.stop().isEmpty());
    }
};

QTEST_MAIN(TestPhotoThumbnailModel)
#include "tst_photothumbnailmodel.moc"
