#include "ValidateTaskDialog.h"

#include "dialogs/FormButtons.h"
#include "dialogs/MultiLineEdit.h"
#include "dialogs/WorkFields.h"

#include <QFormLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mycloud {

ValidateTaskDialog::ValidateTaskDialog(const Task& task, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Validate the task"));
    setModal(true);
    // Made in the order shown, which is the order Tab follows.
    auto* description = new MultiLineEdit(this);
    description->setObjectName(u"taskDescription"_s);
    description->setReadOnly(true);
    description->setPlainText(task.description);
    m_work = new WorkFields(this);
    auto* buttons = new FormButtons(this, tr("&Validate"));

    auto* taskForm = new QFormLayout;
    taskForm->addRow(tr("Task:"), description);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(taskForm);
    layout->addWidget(m_work);
    layout->addWidget(buttons);

    buttons->follow(m_work, &WorkFields::changed, [this] { return m_work->problem(); });
    m_work->setFocus();
}

PerformedWork ValidateTaskDialog::work() const
{
    return m_work->work();
}

} // namespace mycloud
