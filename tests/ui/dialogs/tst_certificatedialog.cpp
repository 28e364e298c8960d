// CertificateDialog: everything needed to check an untrusted certificate with the administrator,
// and trusting it only on a deliberate click.

#include "FormProbe.h"
#include "dialogs/CertificateDialog.h"

#include <QDialogButtonBox>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

const QString kFingerprint = u"3F:A2:19:7C:0B:44:D1:8E:52:6A:F0:93:CC:17:2B:E8:"
                             u"71:09:BD:45:6E:A3:D8:1F:90:2C:7B:E4:05:68:AF:31"_s;

CertificateDetails sample()
{
    CertificateDetails c;
    c.subject = u"CN=mycloud.clinique-des-lilas.fr"_s;
    c.issuer = u"CN=Clinique des Lilas Root CA"_s;
    c.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    c.notAfter = QDateTime(QDate(2028, 1, 1), QTime(0, 0), Qt::UTC);
    c.sha256Fingerprint = kFingerprint;
    c.errors = {u"The issuer certificate of a locally looked up certificate could not be found"_s};
    return c;
}

} // namespace

class TestCertificateDialog final : public QObject
{
    Q_OBJECT

private slots:
    void showsTheCertificate()
    {
        CertificateDialog dialog(sample(), u"mycloud.clinique-des-lilas.fr"_s);
        dialog.show();
        QVERIFY(
            probe::find<QLabel>(&dialog, u"warning"_s)->text().contains(u"mycloud.clinique-des-lilas.fr"_s));
        QCOMPARE(probe::find<QLabel>(&dialog, u"subject"_s)->text(), u"CN=mycloud.clinique-des-lilas.fr"_s);
        QCOMPARE(probe::find<QLabel>(&dialog, u"issuer"_s)->text(), u"CN=Clinique des Lilas Root CA"_s);
        QCOMPARE(probe::find<QLabel>(&dialog, u"errors"_s)->text(), sample().errors.first());
        const QLocale locale;
        QCOMPARE(probe::find<QLabel>(&dialog, u"notAfter"_s)->text(),
                 locale.toString(sample().notAfter.toLocalTime(), QLocale::LongFormat));
        QVERIFY(probe::find<QLabel>(&dialog, u"notBefore"_s)->text().contains(u"2026"_s));

        auto* fingerprint = probe::find<QLabel>(&dialog, u"fingerprint"_s);
        QCOMPARE(fingerprint->text(),
                 u"3F:A2:19:7C:0B:44:D1:8E:52:6A:F0:93:CC:17:2B:E8\n"
                 u"71:09:BD:45:6E:A3:D8:1F:90:2C:7B:E4:05:68:AF:31"_s);
        QVERIFY(fingerprint->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(fingerprint->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    }

    void groupsFingerprints_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("shown");
        const QString grouped = u"3F:A2:19:7C:0B:44:D1:8E:52:6A:F0:93:CC:17:2B:E8\n"
                                u"71:09:BD:45:6E:A3:D8:1F:90:2C:7B:E4:05:68:AF:31"_s;
        QTest::newRow("colons") << kFingerprint << grouped;
        QTest::newRow("bare lower-case hex") << QString(kFingerprint).remove(u':').toLower() << grouped;
        QTest::newRow("not a SHA-256") << u"AB:CD"_s << u"AB:CD"_s;
    }

    void groupsFingerprints()
    {
        QFETCH(QString, given);
        QFETCH(QString, shown);
        QCOMPARE(CertificateDialog::groupedFingerprint(given), shown);
    }

    void trustsOnlyOnAClick()
    {
        CertificateDialog dialog(sample(), u"mycloud.clinique-des-lilas.fr"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        auto* trust = probe::find<QPushButton>(&dialog, u"trust"_s);
        QCOMPARE(trust->text(), u"&Trust this certificate authority"_s);
        QVERIFY(!trust->isDefault());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(rejected.count(), 1);

        dialog.show();
        QTest::mouseClick(trust, Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
    }

    void escapeCancels()
    {
        CertificateDialog dialog(sample(), u"mycloud.clinique-des-lilas.fr"_s);
        dialog.show();
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
    }
};

} // namespace mycloud

QTEST_MAIN(mycloud::TestCertificateDialog)
#include "tst_certificatedialog.moc"
