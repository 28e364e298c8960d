// « Liste de vos affaires » over a store synced from the real server: the store's rows and order,
// each column, the accent-folding search as the user types (only the newest answer applied), and
// a reload after a user action changed the store.
#include "ModelFixture.h"
#include "models/AffairListModel.h"
#include "sync/Actions.h"

#include <QFutureWatcher>
#include <QIcon>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestAffairListModel final : public QObject
{
    Q_OBJECT

private:
    ModelFixture m_fixture;
    std::unique_ptr<AffairListModel> m_model;

    QVariant cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_model->index(row, column).data(role);
    }

    bool search(const QString& text)
    {
        m_model->setSearch(text);
        return ModelFixture::settle(*m_model);
    }

private slots:
    void initTestCase()
    {
        const QString error = m_fixture.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_model = m_fixture.testedModel<AffairListModel>();
        QVERIFY(m_model->isLoading()); // it asks at once, and answers later
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(ModelFixture::settle(*m_model));
        QVERIFY(!m_model->isLoading());
    }

    void headers()
    {
        const QStringList expected{
            u"Reference"_s,           u"Name"_s, u"Client"_s, u"Site"_s, u"B2EI contact"_s, u"Products"_s,
            u"Remote consultation"_s, u"Lock"_s, u"Updated"_s};
        QCOMPARE(ModelFixture::headers(*m_model), expected);
    }

    void rowsAreTheStoresInItsOrder()
    {
        const QList<Affair> affairs = m_fixture.store().affairs();
        QCOMPARE(affairs.size(), 12); // the demo customer's
        QCOMPARE(m_model->rowCount(), affairs.size());
        QVERIFY(!m_model->canFetchMore({}));
        for (int row = 0; row < affairs.size(); ++row) {
            const Affair& a = affairs[row];
            QCOMPARE(cell(row, 0, AffairListModel::AffairRole).value<Affair>(), a);
            QCOMPARE(cell(row, 0, AffairListModel::IdRole).toUuid(), a.id);
            QCOMPARE(cell(row, AffairListModel::Reference).toString(), a.reference);
            QCOMPARE(cell(row, AffairListModel::Name).toString(), a.name);
            QCOMPARE(cell(row, AffairListModel::Client).toString(), a.client);
            QCOMPARE(cell(row, AffairListModel::Site).toString(), a.site);
            QCOMPARE(cell(row, AffairListModel::B2eiContact).toString(), a.contact.name);
            QCOMPARE(cell(row, AffairListModel::Products).toLongLong(), a.productCount);
            QCOMPARE(cell(row, AffairListModel::Products, AffairListModel::SortRole).toLongLong(),
                     a.productCount);
            QCOMPARE(cell(row, AffairListModel::Updated, AffairListModel::SortRole).toDateTime(),
                     a.updatedAt);
            QCOMPARE(cell(row, AffairListModel::Updated).toString(),
                     QLocale().toString(a.updatedAt.toLocalTime(), QLocale::ShortFormat));
        }
    }

    void lockAndRemoteConsultationCells()
    {
        const QList<Affair> affairs = m_fixture.store().affairs();
        int locked = 0;
        int remoteOff = 0;
        for (int row = 0; row < affairs.size(); ++row) {
            const Affair& a = affairs[row];
            locked += a.locked;
            remoteOff += !a.remoteConsultation;
            QCOMPARE(cell(row, AffairListModel::Lock, Qt::DecorationRole).value<QIcon>().isNull(), !a.locked);
            QCOMPARE(cell(row, AffairListModel::Lock, Qt::AccessibleTextRole).toString(),
                     a.locked ? u"Locked"_s : QString());
            QCOMPARE(cell(row, AffairListModel::Lock, AffairListModel::SortRole).toBool(), a.locked);
            QCOMPARE(cell(row, AffairListModel::RemoteConsultation).toString(),
                     a.remoteConsultation ? u"On"_s : u"Off"_s);
            const QIcon icon
                = cell(row, AffairListModel::RemoteConsultation, Qt::DecorationRole).value<QIcon>();
            QCOMPARE(icon.name(), a.remoteConsultation ? u"remote-on"_s : u"remote-off"_s);
        }
        // The demo data has both states of both switches, so each branch above was taken.
        QCOMPARE(locked, 2);
        QCOMPARE(remoteOff, 1);
    }

    void searchFoldsAccentsAndCase()
    {
        QVERIFY(search(u"selestat"_s));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(cell(0, AffairListModel::Site).toString(), u"Sélestat"_s);
        QCOMPARE(cell(0, AffairListModel::Reference).toString(), u"AFF-2024-0077"_s);
        QVERIFY(search(u"COLMAR"_s));
        QCOMPARE(m_model->rowCount(), m_fixture.store().affairs(u"colmar"_s).size());
        QVERIFY(m_model->rowCount() >= 2);
        QVERIFY(search(u"zzzz"_s));
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(search(QString()));
        QCOMPARE(m_model->rowCount(), 12);
    }

    void onlyTheNewestSearchIsApplied()
    {
        // Typed one key at a time before any answer came back: every answer but the last is stale
        // when it arrives, and the model must show the last search, having been reset once.
        QSignalSpy loaded(m_model.get(), &StoreListModel::loaded);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        const QString typed = u"sélestat"_s;
        for (qsizetype n = 1; n <= typed.size(); ++n)
            m_model->setSearch(typed.left(n));
        QVERIFY(m_model->isLoading());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(resets.size(), 1);
        QVERIFY(!m_model->isLoading());
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(cell(0, AffairListModel::Site).toString(), u"Sélestat"_s);

        // An older answer that was already made when the newer request left (a slow search) comes
        // back after it: it must be dropped. The model's request in flight is its QFutureWatcher;
        // waiting on it here, outside the event loop, lets the answer be made but not applied.
        loaded.clear();
        resets.clear();
        m_model->setSearch(QString());
        const auto inFlight = m_model->findChildren<QFutureWatcherBase*>();
        QVERIFY(!inFlight.isEmpty());
        inFlight.last()->waitForFinished();
        m_model->setSearch(u"guebwiller"_s);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(cell(0, AffairListModel::Site).toString(), u"Guebwiller"_s);
        QVERIFY(search(QString()));
    }

    void reloadShowsWhatAUserActionChanged()
    {
        const Affair pumping = m_fixture.affair(u"AFF-2024-0077"_s);
        QVERIFY(!pumping.remoteConsultation);
        QVERIFY(Actions(m_fixture.store()).setRemoteConsultation(Actions::Level::Affair, pumping.id, true));
        const auto rowOf = [this](const QUuid& id) {
            return ModelFixture::column(*m_model, 0, AffairListModel::IdRole).indexOf(QVariant(id));
        };
        const int before = rowOf(pumping.id);
        QVERIFY(before >= 0);
        QCOMPARE(cell(before, AffairListModel::RemoteConsultation).toString(), u"Off"_s); // not asked yet
        m_model->reload();
        QVERIFY(ModelFixture::settle(*m_model));
        const int after = rowOf(pumping.id);
        QVERIFY(after >= 0);
        QCOMPARE(cell(after, AffairListModel::RemoteConsultation).toString(), u"On"_s);
        QCOMPARE(cell(after, 0, AffairListModel::AffairRole).value<Affair>(),
                 *m_fixture.store().affair(pumping.id));
    }
};

QTEST_MAIN(TestAffairListModel)
#include "tst_affairlistmodel.moc"
