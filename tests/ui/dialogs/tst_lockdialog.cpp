// LockDialog: the QR lock password, 8 to 256 characters (the server's rule), typed twice.

#include "FormProbe.h"
#include "dialogs/LockDialog.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace mycloud {

class TestLockDialog final : public QObject
{
    Q_OBJECT

private slots:
    void explainsWhatItLocks()
    {
        LockDialog dialog(u"Clinique des Lilas – TGBT"_s);
        QCOMPARE(dialog.windowTitle(), u"Lock Clinique des Lilas – TGBT"_s);
        QVERIFY(
            probe::find<QLabel>(&dialog, u"explanation"_s)->text().contains(u"Clinique des Lilas – TGBT"_s));
        QCOMPARE(probe::acceptButton(&dialog)->text(), u"&Lock"_s);
    }

    void rules_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("confirmation");
        QTest::addColumn<QString>("problem");
        const QString length = u"The password must have 8 to 256 characters."_s;
        const QString mismatch = u"The confirmation does not match the password."_s;
        QTest::newRow("empty") << QString() << QString() << length;
        QTest::newRow("7 characters") << u"Lilas-T"_s << u"Lilas-T"_s << length;
        QTest::newRow("8 characters") << u"Lilas-TG"_s << u"Lilas-TG"_s << QString();
        QTest::newRow("spaces count") << u"   a    "_s << u"   a    "_s << QString();
        QTest::newRow("confirmation differs") << u"Lilas-TGBT"_s << u"Lilas-TGBt"_s << mismatch;
        QTest::newRow("no confirmation") << u"Lilas-TGBT"_s << QString() << mismatch;
        QTest::newRow("256 characters") << QString(256, u'p') << QString(256, u'p') << QString();
        QTest::newRow("257 characters") << QString(257, u'p') << QString(257, u'p') << length;
    }

    void rules()
    {
        QFETCH(QString, password);
        QFETCH(QString, confirmation);
        QFETCH(QString, problem);
        LockDialog dialog(u"TGBT"_s);
        dialog.show();
        probe::paste(probe::find(&dialog, u"password"_s), password);
        probe::paste(probe::find(&dialog, u"confirmation"_s), confirmation);
        QCOMPARE(probe::problem(&dialog), problem);
        QCOMPARE(probe::acceptButton(&dialog)->isEnabled(), problem.isEmpty());
        if (problem.isEmpty())
            QCOMPARE(dialog.password(), password);
    }

    void rulesShownLive()
    {
        LockDialog dialog(u"TGBT"_s);
        dialog.show();
        auto* rules = probe::find<QLabel>(&dialog, u"rules"_s);
        QCOMPARE(rules->text(), u"\u2717 8 to 256 characters\n\u2717 Both entries are the same"_s);
        probe::keys(probe::find(&dialog, u"password"_s), u"Lilas-TG"_s);
        QCOMPARE(rules->text(), u"\u2713 8 to 256 characters\n\u2717 Both entries are the same"_s);
        probe::keys(probe::find(&dialog, u"confirmation"_s), u"Lilas-TG"_s);
        QCOMPARE(rules->text(), u"\u2713 8 to 256 characters\n\u2713 Both entries are the same"_s);
        QTest::keyClick(probe::find(&dialog, u"password"_s), Qt::Key_Backspace);
        QCOMPARE(rules->text(), u"\u2717 8 to 256 characters\n\u2717 Both entries are the same"_s);
    }

    void hiddenUntilShown()
    {
        LockDialog dialog(u"TGBT"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* password = probe::find<QLineEdit>(&dialog, u"password"_s);
        auto* confirmation = probe::find<QLineEdit>(&dialog, u"confirmation"_s);
        QCOMPARE(QApplication::focusWidget(), password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(confirmation->echoMode(), QLineEdit::Password);
        QTest::keyClick(password, Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), probe::find(&dialog, u"showPasswords"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(password->echoMode(), QLineEdit::Normal);
        QCOMPARE(confirmation->echoMode(), QLineEdit::Normal);
        probe::click(probe::find(&dialog, u"showPasswords"_s));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
    }
};

} // namespace mycloud

QTEST_MAIN(mycloud::TestLockDialog)
#include "tst_lockdialog.moc"
