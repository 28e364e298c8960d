// FindUsDialog: B2EI's details, the same contact rows as ContactDialog, and the way to a map.

#include "FormProbe.h"
#include "OpenedUrls.h"
#include "dialogs/ContactRow.h"
#include "dialogs/FindUsDialog.h"

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

Company b2ei()
{
    return {u"B2EI"_s,
            u"12 rue de l'Industrie\n68000 Colmar"_s,
            u"+33 3 89 00 00 00"_s,
            u"contact@b2ei.fr"_s,
            u"https://www.b2ei.fr/"_s,
            48.0794,
            7.3585};
}

} // namespace

class TestFindUsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void openStreetMapUrl_data()
    {
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        QTest::addColumn<QString>("url");
        QTest::newRow("B2EI")
            << 48.0794 << 7.3585
            << u"https://www.openstreetmap.org/?mlat=48.0794&mlon=7.3585#map=16/48.0794/7.3585"_s;
        QTest::newRow("south-west, no exponent")
            << -0.00001 << -122.5
            << u"https://www.openstreetmap.org/?mlat=-0.00001&mlon=-122.5#map=16/-0.00001/-122.5"_s;
    }

    void openStreetMapUrl()
    {
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        QFETCH(QString, url);
        QCOMPARE(FindUsDialog::openStreetMapUrl(latitude, longitude).toString(QUrl::FullyEncoded), url);
    }

    void showsB2ei()
    {
        FindUsDialog dialog(b2ei());
        dialog.show();
        QCOMPARE(dialog.windowTitle(), u"Find us"_s);
        QCOMPARE(probe::find<QLabel>(&dialog, u"name"_s)->text(), u"B2EI"_s);
        QCOMPARE(probe::find<QLabel>(&dialog, u"address"_s)->text(),
                 u"12 rue de l'Industrie\n68000 Colmar"_s);
        QCOMPARE(probe::find<ContactRow>(&dialog, u"phone"_s)->url(), QUrl(u"tel:+33389000000"_s));
        QCOMPARE(probe::find<ContactRow>(&dialog, u"email"_s)->url(), QUrl(u"mailto:contact@b2ei.fr"_s));
        auto* website = probe::find<QLabel>(&dialog, u"website"_s);
        QVERIFY(website->openExternalLinks());
        QVERIFY(website->text().contains(u"href=\"https://www.b2ei.fr/\""_s));
    }

    void opensTheMapService()
    {
        probe::OpenedUrls opened({u"https"_s});
        FindUsDialog dialog(b2ei());
        dialog.show();
        QTest::mouseClick(probe::find(&dialog, u"openMap"_s), Qt::LeftButton);
        QCOMPARE(opened.urls,
                 QList<QUrl>{QUrl(
                     u"https://www.openstreetmap.org/?mlat=48.0794&mlon=7.3585#map=16/48.0794/7.3585"_s)});
    }

    void websiteOnlyLinksTheWeb_data()
    {
        QTest::addColumn<QString>("website");
        QTest::newRow("file") << u"file:///etc/passwd"_s;
        QTest::newRow("html") << u"<a href=\"file:///\">b2ei</a>"_s;
    }

    void websiteOnlyLinksTheWeb()
    {
        QFETCH(QString, website);
        Company company = b2ei();
        company.website = website;
        FindUsDialog dialog(company);
        auto* label = probe::find<QLabel>(&dialog, u"website"_s);
        QCOMPARE(label->text(), website);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(!label->openExternalLinks());
    }
};

} // namespace mycloud

QTEST_MAIN(mycloud::TestFindUsDialog)
#include "tst_findusdialog.moc"
