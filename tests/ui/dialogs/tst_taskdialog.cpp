// TaskDialog: adding and editing a task from the keyboard; OK only with a description.

#include "FormProbe.h"
#include "dialogs/TaskDialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace mycloud {

class TestTaskDialog final : public QObject
{
    Q_OBJECT

private slots:
    void addsATask()
    {
        TaskDialog dialog;
        dialog.show();
        QCOMPARE(dialog.windowTitle(), u"Add a task"_s);
        QVERIFY(!probe::acceptButton(&dialog)->isEnabled());
        QCOMPARE(probe::problem(&dialog), u"Describe the task to carry out."_s);

        probe::type(probe::find(&dialog, u"requester/company"_s), u"Clinique des Lilas"_s);
        probe::type(probe::find(&dialog, u"requester/lastName"_s), u" Lefèvre "_s);
        probe::type(probe::find(&dialog, u"requester/firstName"_s), u"Marc"_s);
        QVERIFY(!probe::acceptButton(&dialog)->isEnabled());
        probe::type(probe::find(&dialog, u"description"_s), u"Resserrer les borniers du départ D12."_s);
        QVERIFY(probe::acceptButton(&dialog)->isEnabled());
        QCOMPARE(probe::problem(&dialog), QString());
        probe::click(probe::find(&dialog, u"priority"_s));

        const Task task = dialog.task();
        QVERIFY(task.id.isNull());
        QCOMPARE(task.requester, (Person{u"Clinique des Lilas"_s, u"Lefèvre"_s, u"Marc"_s}));
        QCOMPARE(task.description, u"Resserrer les borniers du départ D12."_s);
        QVERIFY(task.priority);
    }

    void refusesABlankOrTooLongDescription_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("problem");
        QTest::newRow("blank") << u"  \n  "_s << u"Describe the task to carry out."_s;
        QTest::newRow("10,001 characters")
            << QString(10001, u'x') << u"The description is too long: at most 10,000 characters."_s;
    }

    void refusesABlankOrTooLongDescription()
    {
        QFETCH(QString, description);
        QFETCH(QString, problem);
        TaskDialog dialog;
        dialog.show();
        auto* edit = probe::find(&dialog, u"description"_s);
        probe::paste(edit, description);
        QCOMPARE(probe::find<QPlainTextEdit>(&dialog, u"description"_s)->toPlainText(), description);
        QVERIFY(!probe::acceptButton(&dialog)->isEnabled());
        QCOMPARE(probe::problem(&dialog), problem);
        probe::paste(edit, QString(10000, u'x'));
        QVERIFY(probe::acceptButton(&dialog)->isEnabled());
    }

    void editKeepsIdAndVersion()
    {
        Task existing;
        existing.id = QUuid::createUuid();
        existing.productId = QUuid::createUuid();
        existing.description = u"Contrôler le différentiel."_s;
        existing.priority = true;
        existing.requester = {u"Clinique des Lilas"_s, u"Lefèvre"_s, u"Marc"_s};
        existing.createdAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        existing.version = 7;

        TaskDialog dialog;
        dialog.setTask(existing);
        dialog.show();
        QCOMPARE(dialog.windowTitle(), u"Edit the task"_s);
        QCOMPARE(probe::find<QLineEdit>(&dialog, u"requester/lastName"_s)->text(), u"Lefèvre"_s);
        QVERIFY(probe::acceptButton(&dialog)->isEnabled());
        QCOMPARE(dialog.task(), existing);

        probe::type(probe::find(&dialog, u"description"_s), u"Remplacer le différentiel."_s);
        probe::type(probe::find(&dialog, u"requester/firstName"_s), QString());
        probe::click(probe::find(&dialog, u"priority"_s));
        Task expected = existing;
        expected.description = u"Remplacer le différentiel."_s;
        expected.requester.firstName.clear();
        expected.priority = false;
        QCOMPARE(dialog.task(), expected);
    }

    void keyboardOnly()
    {
        TaskDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(QApplication::focusWidget(), probe::find(&dialog, u"requester/company"_s));
        const QStringList order{u"requester/lastName"_s, u"requester/firstName"_s, u"description"_s,
                                u"priority"_s};
        for (const QString& next : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), probe::find(&dialog, next));
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(probe::find<QCheckBox>(&dialog, u"priority"_s)->isChecked());

        // Enter does nothing while the form is incomplete, then accepts it.
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        auto* company = probe::find(&dialog, u"requester/company"_s);
        QTest::keyClick(company, Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        probe::type(probe::find(&dialog, u"description"_s), u"Nettoyer les filtres."_s);
        QTest::keyClick(company, Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
    }

    void escapeCancels()
    {
        TaskDialog dialog;
        dialog.show();
        probe::type(probe::find(&dialog, u"description"_s), u"Nettoyer les filtres."_s);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(probe::find(&dialog, u"requester/company"_s), Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

} // namespace mycloud

QTEST_MAIN(mycloud::TestTaskDialog)
#include "tst_taskdialog.moc"
