// Search folding shared by the server's search column and the client's offline index.
#include "domain/SearchText.h"

#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestSearchText final : public QObject
{
    Q_OBJECT

private slots:
    void folds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("accents and case") << u"Équipement Électrique"_s << u"equipement electrique"_s;
        QTest::newRow("cedilla, circumflex, diaeresis")
            << u"Façade Hôpital Noël"_s << u"facade hopital noel"_s;
        QTest::newRow("ligatures") << u"Œuvre cœur Æsir straße"_s << u"oeuvre coeur aesir strasse"_s;
        QTest::newRow("typographic apostrophe and dash") << u"d’Obernai – lot 3"_s << u"d'obernai - lot 3"_s;
        QTest::newRow("white space runs") << u"  TGBT \t\n bâtiment  A "_s << u"tgbt batiment a"_s;
        QTest::newRow("numbers and signs kept") << u"N° 3 – 16 A"_s << u"n° 3 - 16 a"_s;
        QTest::newRow("already folded") << u"selestat"_s << u"selestat"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void folds()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(SearchText::fold(text), folded);
    }

    void foldsFieldsIntoOneColumn()
    {
        QCOMPARE(SearchText::fold(QStringList{u"Chaufferie biomasse"_s, u"AFF-2025-0011"_s, u"Guebwiller"_s}),
                 u"chaufferie biomasse aff-2025-0011 guebwiller"_s);
        // A folded query is found inside the folded column whatever the user typed.
        QVERIFY(SearchText::fold(u"Armoire de comptage photovoltaïque"_s)
                    .contains(SearchText::fold(u"PHOTOVOLTAIQUE"_s)));
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
