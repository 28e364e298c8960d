// confirmDestructive: the action is named on its button, and only a click on it says yes.

#include "dialogs/ConfirmDestructive.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace mycloud {

class TestConfirmDestructive final : public QObject
{
    Q_OBJECT

private:
    // Runs confirmDestructive with `answer` acting on the box once it is on screen.
    static bool ask(const std::function<void(QMessageBox*)>& answer)
    {
        QTimer::singleShot(0, [answer] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            answer(box);
        });
        return confirmDestructive(nullptr, u"Delete the task"_s,
                                  u"The task “Nettoyer les filtres” will be deleted."_s,
                                  u"Delete the task"_s);
    }

    static QPushButton* actionButton(QMessageBox* box)
    {
        for (QAbstractButton* b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                return qobject_cast<QPushButton*>(b);
        }
        return nullptr;
    }

private slots:
    void namesTheAction()
    {
        const bool confirmed = ask([](QMessageBox* box) {
            QCOMPARE(box->windowTitle(), u"Delete the task"_s);
            QCOMPARE(box->text(), u"The task “Nettoyer les filtres” will be deleted."_s);
            QCOMPARE(box->icon(), QMessageBox::Warning);
            QCOMPARE(box->buttons().size(), 2);
            QCOMPARE(actionButton(box)->text(), u"Delete the task"_s);
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!confirmed);
    }

    void clickConfirms()
    {
        QVERIFY(ask([](QMessageBox* box) { QTest::mouseClick(actionButton(box), Qt::LeftButton); }));
    }

    void enterAndEscapeCancel_data()
    {
        QTest::addColumn<int>("key");
        QTest::newRow("Enter") << int(Qt::Key_Return);
        QTest::newRow("Escape") << int(Qt::Key_Escape);
    }

    void enterAndEscapeCancel()
    {
        QFETCH(int, key);
        QVERIFY(!ask([key](QMessageBox* box) { QTest::keyClick(box, Qt::Key(key)); }));
    }
};

} // namespace mycloud

QTEST_MAIN(mycloud::TestConfirmDestructive)
#include "tst_confirmdestructive.moc"
