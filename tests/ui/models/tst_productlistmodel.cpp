// « Liste des produits » over a store synced from the real server: every affair's products in the
// store's order, the search inside an affair and across all of them, the cells, and a reload after
// a user action changed the store.
#include "ModelFixture.h"
#include "models/ProductListModel.h"
#include "sync/Actions.h"

#include <QIcon>
#include <QLocale>
#include <QSet>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestProductListModel final : public QObject
{
    Q_OBJECT

private:
    ModelFixture m_fixture;
    std::unique_ptr<ProductListModel> m_model;

    QVariant cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_model->index(row, column).data(role);
    }

    QList<Product> shown() const
    {
        return ModelFixture::values<Product>(*m_model, ProductListModel::ProductRole);
    }

    bool show(const QUuid& affairId, const QString& search)
    {
        m_model->setAffair(affairId);
        m_model->setSearch(search);
        return ModelFixture::settle(*m_model);
    }

private slots:
    void initTestCase()
    {
        const QString error = m_fixture.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_model = m_fixture.testedModel<ProductListModel>();
        QCOMPARE(m_model->rowCount(), 0); // no affair, no search: nothing to list
        QVERIFY(!m_model->isLoading());
    }

    void headers()
    {
        const QStringList expected{u"Reference"_s,           u"Name"_s, u"Serial number"_s, u"Manufactured"_s,
                                   u"Remote consultation"_s, u"Lock"_s};
        QCOMPARE(ModelFixture::headers(*m_model), expected);
    }

    void everyAffairsProducts()
    {
        int total = 0;
        for (const Affair& affair : m_fixture.store().affairs()) {
            QVERIFY(show(affair.id, QString()));
            const QList<Product> expected = m_fixture.store().products(affair.id);
            QCOMPARE(expected.size(), affair.productCount);
            QCOMPARE(shown(), expected);
            for (int row = 0; row < expected.size(); ++row) {
                const Product& p = expected[row];
                QCOMPARE(cell(row, 0, ProductListModel::IdRole).toUuid(), p.id);
                QCOMPARE(cell(row, ProductListModel::Reference).toString(), p.reference);
                QCOMPARE(cell(row, ProductListModel::Name).toString(), p.name);
                QCOMPARE(cell(row, ProductListModel::SerialNumber).toString(), p.serialNumber);
                QVERIFY(p.manufacturedOn);
                QCOMPARE(cell(row, ProductListModel::Manufactured).toString(),
                         QLocale().toString(*p.manufacturedOn, QLocale::ShortFormat));
                QCOMPARE(cell(row, ProductListModel::Manufactured, ProductListModel::SortRole).toDate(),
                         *p.manufacturedOn);
            }
            total += int(expected.size());
        }
        QCOMPARE(total, 80);
    }

    void lockAndRemoteConsultationCells()
    {
        // The demo locks the second product of AFF-2023-0118 on its own, and keeps the third of
        // AFF-2025-0187 off remote consultation.
        QVERIFY(show(m_fixture.affair(u"AFF-2023-0118"_s).id, QString()));
        for (int row = 0; row < m_model->rowCount(); ++row) {
            QCOMPARE(cell(row, ProductListModel::Lock, Qt::DecorationRole).value<QIcon>().isNull(), row != 1);
            QCOMPARE(cell(row, ProductListModel::Lock, ProductListModel::SortRole).toBool(), row == 1);
        }
        QVERIFY(show(m_fixture.affair(u"AFF-2025-0187"_s).id, QString()));
        for (int row = 0; row < m_model->rowCount(); ++row) {
            QCOMPARE(cell(row, ProductListModel::RemoteConsultation).toString(),
                     row == 2 ? u"Off"_s : u"On"_s);
            QCOMPARE(
                cell(row, ProductListModel::RemoteConsultation, Qt::DecorationRole).value<QIcon>().name(),
                row == 2 ? u"remote-off"_s : u"remote-on"_s);
        }
    }

    void searchInsideAnAffair()
    {
        const Affair affair = m_fixture.affair(u"AFF-2023-0118"_s);
        const QList<Product> expected = m_fixture.store().products(affair.id, u"tgbt"_s);
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < affair.productCount);
        QVERIFY(show(affair.id, u"tgbt"_s));
        QCOMPARE(shown(), expected);
        for (const Product& p : shown())
            QVERIFY(p.name.contains(u"TGBT"_s));
    }

    void searchAcrossAffairsWithoutOne()
    {
        QVERIFY(show(QUuid(), u"armoire"_s));
        const QList<Product> expected = m_fixture.store().searchProducts(u"armoire"_s, 500);
        QCOMPARE(shown(), expected);
        QSet<QUuid> affairs;
        for (const Product& p : expected)
            affairs.insert(p.affairId);
        QVERIFY(affairs.size() > 1);
        // Accents and case folded: "façade" is found as "FACADE".
        QVERIFY(show(QUuid(), u"FACADE"_s));
        QVERIFY(m_model->rowCount() > 0);
        for (const Product& p : shown())
            QVERIFY(p.name.contains(u"façade"_s));
        QVERIFY(show(QUuid(), QString()));
        QCOMPARE(m_model->rowCount(), 0);
    }

    void reloadShowsWhatAUserActionChanged()
    {
        const Affair affair = m_fixture.affair(u"AFF-2025-0187"_s);
        QVERIFY(show(affair.id, QString()));
        const Product off = m_fixture.store().products(affair.id).at(2);
        QVERIFY(!off.remoteConsultation);
        QVERIFY(Actions(m_fixture.store()).setRemoteConsultation(Actions::Level::Product, off.id, true));
        QCOMPARE(cell(2, ProductListModel::RemoteConsultation).toString(), u"Off"_s); // not asked yet
        m_model->reload();
        QVERIFY(ModelFixture::settle(*m_model));
        QCOMPARE(cell(2, 0, ProductListModel::IdRole).toUuid(), off.id);
        QCOMPARE(cell(2, ProductListModel::RemoteConsultation).toString(), u"On"_s);
        QCOMPARE(shown(), m_fixture.store().products(affair.id));
    }
};

QTEST_MAIN(TestProductListModel)
#include "tst_productlistmodel.moc"
