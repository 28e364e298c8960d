// ContactDialog: call, write to or copy the affair's B2EI contact; missing details say so.

#include "FormProbe.h"
#include "OpenedUrls.h"
#include "dialogs/ContactDialog.h"

#include <QClipboard>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace mycloud {

class TestContactDialog final : public QObject
{
    Q_OBJECT

private slots:
    void urls_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QUrl>("call");
        QTest::addColumn<QUrl>("mail");
        QTest::newRow("international")
            << u"+33 3 89 00 00 00"_s << u"julien.moreau@b2ei.fr"_s << QUrl(u"tel:+33389000000"_s)
            << QUrl(u"mailto:julien.moreau@b2ei.fr"_s);
        QTest::newRow("dots and dashes") << u" 03.89-00.00.00 "_s << u" a@b.fr "_s
                                         << QUrl(u"tel:0389000000"_s) << QUrl(u"mailto:a@b.fr"_s);
        QTest::newRow("only the first +")
            << u"+33+3 89"_s << u"a@b.fr"_s << QUrl(u"tel:+33389"_s) << QUrl(u"mailto:a@b.fr"_s);
        QTest::newRow("no digits") << u"+"_s << u"a@b.fr"_s << QUrl() << QUrl(u"mailto:a@b.fr"_s);
        QTest::newRow("missing") << QString() << QString() << QUrl() << QUrl();
    }

    void urls()
    {
        QFETCH(QString, phone);
        QFETCH(QString, email);
        QFETCH(QUrl, call);
        QFETCH(QUrl, mail);
        const ContactDialog dialog(Contact{u"Julien Moreau"_s, phone, email});
        QCOMPARE(dialog.callUrl(), call);
        QCOMPARE(dialog.mailUrl(), mail);
    }

    void callsAndWrites()
    {
        probe::OpenedUrls opened({u"tel"_s, u"mailto"_s});
        ContactDialog dialog(Contact{u"Julien Moreau"_s, u"+33 3 89 00 00 00"_s, u"julien.moreau@b2ei.fr"_s});
        dialog.show();
        QCOMPARE(probe::find<QLabel>(&dialog, u"name"_s)->text(), u"Julien Moreau"_s);
        QCOMPARE(probe::find<QLabel>(&dialog, u"phone/value"_s)->text(), u"+33 3 89 00 00 00"_s);
        auto* call = probe::find<QPushButton>(&dialog, u"phone/open"_s);
        QCOMPARE(call->text(), u"Call"_s);
        QTest::mouseClick(call, Qt::LeftButton);
        QTest::mouseClick(probe::find(&dialog, u"email/open"_s), Qt::LeftButton);
        QCOMPARE(opened.urls,
                 (QList<QUrl>{QUrl(u"tel:+33389000000"_s), QUrl(u"mailto:julien.moreau@b2ei.fr"_s)}));
    }

    void copies()
    {
        ContactDialog dialog(Contact{u"Julien Moreau"_s, u"+33 3 89 00 00 00"_s, u"julien.moreau@b2ei.fr"_s});
        dialog.show();
        auto* copyPhone = probe::find<QToolButton>(&dialog, u"phone/copy"_s);
        auto* copyEmail = probe::find<QToolButton>(&dialog, u"email/copy"_s);
        // Icon-only buttons must still say what they do.
        QCOMPARE(copyPhone->toolTip(), u"Copy the phone number"_s);
        QCOMPARE(copyPhone->accessibleName(), u"Copy the phone number"_s);
        QCOMPARE(copyEmail->accessibleName(), u"Copy the e-mail address"_s);

        QApplication::clipboard()->clear();
        QTest::mouseClick(copyPhone, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), u"+33 3 89 00 00 00"_s);
        QTest::mouseClick(copyEmail, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), u"julien.moreau@b2ei.fr"_s);
    }

    void missingDetails()
    {
        probe::OpenedUrls opened({u"tel"_s, u"mailto"_s});
        ContactDialog dialog(Contact{u"Julien Moreau"_s, QString(), u"  "_s});
        dialog.show();
        for (const QString& row : {u"phone"_s, u"email"_s}) {
            QCOMPARE(probe::find<QLabel>(&dialog, row + u"/value"_s)->text(), u"Not provided"_s);
            QVERIFY(!probe::find(&dialog, row + u"/open"_s)->isEnabled());
            QVERIFY(!probe::find(&dialog, row + u"/copy"_s)->isEnabled());
        }
        QTest::mouseClick(probe::find(&dialog, u"phone/open"_s), Qt::LeftButton);
        QVERIFY(opened.urls.isEmpty());
    }

    void keyboard()
    {
        probe::OpenedUrls opened({u"tel"_s, u"mailto"_s});
        ContactDialog dialog(Contact{u"Julien Moreau"_s, u"+33 3 89 00 00 00"_s, QString()});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* call = probe::find(&dialog, u"phone/open"_s);
        call->setFocus();
        QTest::keyClick(call, Qt::Key_Space);
        QCOMPARE(opened.urls, QList<QUrl>{QUrl(u"tel:+33389000000"_s)});
        // Enter is no shortcut to a phone call, even on the Call button: it closes the dialog.
        QTest::keyClick(call, Qt::Key_Return);
        QCOMPARE(opened.urls.size(), 1);
        QVERIFY(!dialog.isVisible());

        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(opened.urls.size(), 1);
    }
};

} // namespace mycloud

QTEST_MAIN(mycloud::TestContactDialog)
#include "tst_contactdialog.moc"
