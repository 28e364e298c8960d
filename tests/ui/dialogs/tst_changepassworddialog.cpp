// ChangePasswordDialog: current password, then a new one of 10 to 256 characters (the server's
// rule for accounts) that differs from it, typed twice.

#include "FormProbe.h"
#include "dialogs/ChangePasswordDialog.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace mycloud {

class TestChangePasswordDialog final : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("confirmation");
        QTest::addColumn<QString>("problem");
        const QString length = u"The password must have 10 to 256 characters."_s;
        QTest::newRow("no current") << QString() << u"Armoire-TGBT"_s << u"Armoire-TGBT"_s
                                    << u"Enter your current password."_s;
        QTest::newRow("9 characters") << u"Tgbt-Lilas-2024!"_s << u"Armoire-T"_s << u"Armoire-T"_s << length;
        QTest::newRow("10 characters")
            << u"Tgbt-Lilas-2024!"_s << u"Armoire-TG"_s << u"Armoire-TG"_s << QString();
        QTest::newRow("257 characters")
            << u"Tgbt-Lilas-2024!"_s << QString(257, u'p') << QString(257, u'p') << length;
        QTest::newRow("same as current")
            << u"Tgbt-Lilas-2024!"_s << u"Tgbt-Lilas-2024!"_s << u"Tgbt-Lilas-2024!"_s
            << u"The new password must differ from the current one."_s;
        QTest::newRow("confirmation differs")
            << u"Tgbt-Lilas-2024!"_s << u"Armoire-TGBT-2026"_s << u"Armoire-TGBT-2025"_s
            << u"The confirmation does not match the password."_s;
    }

    void rules()
    {
        QFETCH(QString, current);
        QFETCH(QString, password);
        QFETCH(QString, confirmation);
        QFETCH(QString, problem);
        ChangePasswordDialog dialog;
        dialog.show();
        probe::paste(probe::find(&dialog, u"currentPassword"_s), current);
        probe::paste(probe::find(&dialog, u"password"_s), password);
        probe::paste(probe::find(&dialog, u"confirmation"_s), confirmation);
        QCOMPARE(probe::problem(&dialog), problem);
        QCOMPARE(probe::acceptButton(&dialog)->isEnabled(), problem.isEmpty());
    }

    void typedFromTheKeyboard()
    {
        ChangePasswordDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.windowTitle(), u"Change the password"_s);
        auto* current = probe::find<QLineEdit>(&dialog, u"currentPassword"_s);
        QCOMPARE(QApplication::focusWidget(), current);
        QCOMPARE(current->echoMode(), QLineEdit::Password);
        probe::keys(current, u"Tgbt-Lilas-2024!"_s);
        QTest::keyClick(current, Qt::Key_Tab);
        probe::keys(QApplication::focusWidget(), u"Armoire-TGBT-2026"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        probe::keys(QApplication::focusWidget(), u"Armoire-TGBT-2026"_s);
        QVERIFY(probe::acceptButton(&dialog)->isEnabled());
        QCOMPARE(dialog.currentPassword(), u"Tgbt-Lilas-2024!"_s);
        QCOMPARE(dialog.newPassword(), u"Armoire-TGBT-2026"_s);
        QCOMPARE(probe::find<QLabel>(&dialog, u"rules"_s)->text(),
                 u"\u2713 10 to 256 characters\n\u2713 Different from the current password\n"
                 u"\u2713 Both entries are the same"_s);
    }
};

} // namespace mycloud

QTEST_MAIN(mycloud::TestChangePasswordDialog)
#include "tst_changepassworddialog.moc"
