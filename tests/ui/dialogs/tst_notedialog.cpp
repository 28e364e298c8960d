// NoteDialog: a maintenance note entered directly; the execution date never precedes the request.

#include "FormProbe.h"
#include "dialogs/NoteDialog.h"

#include <QCheckBox>
#include <QDateEdit>

using namespace Qt::StringLiterals;

namespace mycloud {

class TestNoteDialog final : public QObject
{
    Q_OBJECT

private:
    static void fillPerformer(NoteDialog& dialog)
    {
        probe::type(probe::find(&dialog, u"performer/company"_s), u"B2EI"_s);
        probe::type(probe::find(&dialog, u"performer/lastName"_s), u"Moreau"_s);
    }

private slots:
    void returnsTheNote()
    {
        NoteDialog dialog;
        dialog.show();
        QCOMPARE(dialog.windowTitle(), u"Add a maintenance note"_s);
        QVERIFY(!probe::acceptButton(&dialog)->isEnabled());
        probe::find<QDateEdit>(&dialog, u"requestedAt"_s)->setDate(QDate(2026, 10, 1));
        probe::type(probe::find(&dialog, u"requester/company"_s), u"Clinique des Lilas"_s);
        probe::type(probe::find(&dialog, u"requester/lastName"_s), u"Lefèvre"_s);
        probe::type(probe::find(&dialog, u"requester/firstName"_s), u"Marc"_s);
        probe::type(probe::find(&dialog, u"taskDescription"_s), u"Visite annuelle."_s);
        fillPerformer(dialog);
        probe::type(probe::find(&dialog, u"performer/firstName"_s), u"Julien"_s);
        probe::find<QDateEdit>(&dialog, u"performedAt"_s)->setDate(QDate(2026, 10, 15));
        probe::type(probe::find(&dialog, u"workDone"_s), u"Essais des différentiels."_s);
        probe::type(probe::find(&dialog, u"comment"_s), u"RAS."_s);
        QVERIFY(probe::acceptButton(&dialog)->isEnabled());

        const MaintenanceNote note = dialog.note();
        QVERIFY(note.id.isNull());
        QVERIFY(!note.taskId);
        QCOMPARE(note.requester, (Person{u"Clinique des Lilas"_s, u"Lefèvre"_s, u"Marc"_s}));
        QCOMPARE(note.performer, (Person{u"B2EI"_s, u"Moreau"_s, u"Julien"_s}));
        QVERIFY(note.requestedAt);
        QCOMPARE(note.requestedAt->toLocalTime().date(), QDate(2026, 10, 1));
        QCOMPARE(note.performedAt, QDate(2026, 10, 15));
        QCOMPARE(note.taskDescription, u"Visite annuelle."_s);
        QCOMPARE(note.workDone, u"Essais des différentiels."_s);
        QCOMPARE(note.comment, u"RAS."_s);
    }

    void rejectsAnExecutionBeforeTheRequest()
    {
        NoteDialog dialog;
        dialog.show();
        fillPerformer(dialog);
        auto* requested = probe::find<QDateEdit>(&dialog, u"requestedAt"_s);
        auto* performed = probe::find<QDateEdit>(&dialog, u"performedAt"_s);
        requested->setDate(QDate(2026, 10, 15));
        performed->setDate(QDate(2026, 10, 14));
        QVERIFY(!probe::acceptButton(&dialog)->isEnabled());
        QCOMPARE(probe::problem(&dialog), u"The execution date cannot be before the request date."_s);
        performed->setDate(QDate(2026, 10, 15)); // the same day is fine
        QVERIFY(probe::acceptButton(&dialog)->isEnabled());
        requested->setDate(QDate(2026, 10, 16)); // moving the request re-checks too
        QVERIFY(!probe::acceptButton(&dialog)->isEnabled());
    }

    void requestDateMayBeUnknown()
    {
        NoteDialog dialog;
        dialog.show();
        fillPerformer(dialog);
        probe::find<QDateEdit>(&dialog, u"requestedAt"_s)->setDate(QDate::currentDate());
        probe::find<QDateEdit>(&dialog, u"performedAt"_s)->setDate(QDate::currentDate().addDays(-2));
        QVERIFY(!probe::acceptButton(&dialog)->isEnabled());
        probe::click(probe::find(&dialog, u"requestKnown"_s));
        QVERIFY(!probe::find(&dialog, u"requestedAt"_s)->isEnabled());
        QVERIFY(probe::acceptButton(&dialog)->isEnabled());
        QVERIFY(!dialog.note().requestedAt);
    }

    void executionNotInTheFuture()
    {
        NoteDialog dialog;
        dialog.show();
        fillPerformer(dialog);
        probe::find<QDateEdit>(&dialog, u"performedAt"_s)->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(probe::problem(&dialog), u"The execution date cannot be in the future."_s);
    }
};

} // namespace mycloud

QTEST_MAIN(mycloud::TestNoteDialog)
#include "tst_notedialog.moc"
