// ValidateTaskDialog: the task is shown read-only; OK needs the performer's company and last name
// and an execution date that is not in the future.

#include "FormProbe.h"
#include "dialogs/ValidateTaskDialog.h"

#include <QDateEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace mycloud {

class TestValidateTaskDialog final : public QObject
{
    Q_OBJECT

private slots:
    void showsTheTaskReadOnly()
    {
        Task task;
        task.description = u"Resserrer les borniers du départ D12."_s;
        ValidateTaskDialog dialog(task);
        dialog.show();
        QCOMPARE(dialog.windowTitle(), u"Validate the task"_s);
        auto* description = probe::find<QPlainTextEdit>(&dialog, u"taskDescription"_s);
        QCOMPARE(description->toPlainText(), task.description);
        probe::keys(description, u"typed"_s);
        QCOMPARE(description->toPlainText(), task.description);
        // Tab leaves it for the performer, as laid out.
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        description->setFocus();
        QTest::keyClick(description, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), probe::find(&dialog, u"performer/company"_s));
    }

    void needsCompanyAndLastName()
    {
        ValidateTaskDialog dialog(Task{});
        dialog.show();
        QCOMPARE(probe::acceptButton(&dialog)->text(), u"&Validate"_s);
        QVERIFY(!probe::acceptButton(&dialog)->isEnabled());
        QCOMPARE(probe::problem(&dialog), u"Performed by: enter the company."_s);
        probe::type(probe::find(&dialog, u"performer/company"_s), u"Électricité Durand SARL"_s);
        QCOMPARE(probe::problem(&dialog), u"Performed by: enter the last name."_s);
        probe::type(probe::find(&dialog, u"performer/lastName"_s), u"   "_s);
        QCOMPARE(probe::problem(&dialog), u"Performed by: enter the last name."_s);
        probe::type(probe::find(&dialog, u"performer/lastName"_s), u"Durand"_s);
        QVERIFY(probe::acceptButton(&dialog)->isEnabled());
        QCOMPARE(probe::problem(&dialog), QString());
    }

    void executionDateIsTodayAndNotInTheFuture()
    {
        ValidateTaskDialog dialog(Task{});
        dialog.show();
        probe::type(probe::find(&dialog, u"performer/company"_s), u"B2EI"_s);
        probe::type(probe::find(&dialog, u"performer/lastName"_s), u"Moreau"_s);
        auto* date = probe::find<QDateEdit>(&dialog, u"performedAt"_s);
        QVERIFY(date->calendarPopup());
        QCOMPARE(date->date(), QDate::currentDate());
        date->setDate(QDate::currentDate().addDays(1));
        QVERIFY(!probe::acceptButton(&dialog)->isEnabled());
        QCOMPARE(probe::problem(&dialog), u"The execution date cannot be in the future."_s);
        date->setDate(QDate::currentDate().addDays(-30));
        QVERIFY(probe::acceptButton(&dialog)->isEnabled());
    }

    void returnsTheWork()
    {
        ValidateTaskDialog dialog(Task{});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // The performer comes first: the task itself is only there to read.
        QCOMPARE(QApplication::focusWidget(), probe::find(&dialog, u"performer/company"_s));
        probe::keys(QApplication::focusWidget(), u"Électricité Durand SARL"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        probe::keys(QApplication::focusWidget(), u"Durand"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        probe::keys(QApplication::focusWidget(), u"Sophie"_s);
        probe::find<QDateEdit>(&dialog, u"performedAt"_s)->setDate(QDate(2026, 11, 23));
        probe::type(probe::find(&dialog, u"workDone"_s), u"Borniers resserrés au couple."_s);
        probe::type(probe::find(&dialog, u"comment"_s), u"Prévoir le remplacement de D12."_s);

        const PerformedWork work = dialog.work();
        QCOMPARE(work.performer, (Person{u"Électricité Durand SARL"_s, u"Durand"_s, u"Sophie"_s}));
        QCOMPARE(work.performedAt, QDate(2026, 11, 23));
        QCOMPARE(work.workDone, u"Borniers resserrés au couple."_s);
        QCOMPARE(work.comment, u"Prévoir le remplacement de D12."_s);
    }

    void refusesATooLongComment()
    {
        ValidateTaskDialog dialog(Task{});
        dialog.show();
        probe::type(probe::find(&dialog, u"performer/company"_s), u"B2EI"_s);
        probe::type(probe::find(&dialog, u"performer/lastName"_s), u"Moreau"_s);
        probe::paste(probe::find(&dialog, u"comment"_s), QString(10001, u'c'));
        QVERIFY(!probe::acceptButton(&dialog)->isEnabled());
        QCOMPARE(probe::problem(&dialog), u"The comment is too long: at most 10,000 characters."_s);
    }
};

} // namespace mycloud

QTEST_MAIN(mycloud::TestValidateTaskDialog)
#include "tst_validatetaskdialog.moc"
