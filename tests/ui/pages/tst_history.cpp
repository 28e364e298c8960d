// Back and forward as in a browser, and entities deleted on the server dropped from the history.
#include "navigation/History.h"

#include <QSignalSpy>
#include <QTest>

using namespace mycloud;

class TestHistory final : public QObject
{
    Q_OBJECT

private slots:
    void backAndForward()
    {
        History history;
        QSignalSpy changed(&history, &History::currentChanged);
        const QUuid affair = QUuid::createUuid();
        const QUuid product = QUuid::createUuid();
        QVERIFY(!history.canGoBack());
        history.go(Location::products(affair));
        history.go(Location::product(affair, product));
        history.go(Location::product(affair, product)); // the same place again adds nothing
        QCOMPARE(changed.size(), 2);
        history.back();
        QCOMPARE(history.current(), Location::products(affair));
        QVERIFY(history.canGoForward());
        history.back();
        QCOMPARE(history.current(), Location::affairs());
        QVERIFY(!history.canGoBack());
        history.forward();
        history.go(Location::account()); // somewhere new: what was ahead is dropped
        QVERIFY(!history.canGoForward());
        history.back();
        QCOMPARE(history.current(), Location::products(affair));
    }

    void forgettingAnEntity()
    {
        History history;
        const QUuid kept = QUuid::createUuid();
        const QUuid gone = QUuid::createUuid();
        history.go(Location::products(kept));
        history.go(Location::products(gone));
        history.go(Location::product(gone, QUuid::createUuid()));
        QSignalSpy changed(&history, &History::currentChanged);
        history.forget(gone);
        QCOMPARE(history.current(), Location::products(kept));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!history.canGoForward());
        history.back();
        QCOMPARE(history.current(), Location::affairs());
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
