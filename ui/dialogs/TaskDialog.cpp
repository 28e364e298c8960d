#include "TaskDialog.h"

#include "dialogs/FormButtons.h"
#include "dialogs/MultiLineEdit.h"
#include "dialogs/PersonFields.h"
#include "domain/Limits.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mycloud {

TaskDialog::TaskDialog(QWidget* parent)
    : QDialog(parent)
    , m_requester(new PersonFields(tr("Requester"), this))
    , m_description(new MultiLineEdit(this))
    , m_priority(new QCheckBox(tr("&Priority"), this))
{
    setWindowTitle(tr("Add a task"));
    setModal(true);
    m_requester->setObjectName(u"requester"_s);
    m_description->setObjectName(u"description"_s);
    m_priority->setObjectName(u"priority"_s);
    m_priority->setToolTip(tr("Priority tasks come first in the list."));

    auto* fields = new QFormLayout;
    fields->addRow(tr("&Task to carry out:"), m_description);
    fields->addRow(QString(), m_priority);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_requester);
    layout->addLayout(fields);
    auto* buttons = new FormButtons(this);
    layout->addWidget(buttons);

    buttons->follow(m_description, &MultiLineEdit::textChanged, [this] { return problem(); });
    m_requester->setFocus();
}

void TaskDialog::setTask(const Task& task)
{
    m_task = task;
    setWindowTitle(tr("Edit the task"));
    m_requester->setPerson(task.requester);
    m_description->setPlainText(task.description);
    m_priority->setChecked(task.priority);
}

Task TaskDialog::task() const
{
    Task t = m_task;
    t.requester = m_requester->person();
    t.description = m_description->text();
    t.priority = m_priority->isChecked();
    return t;
}

std::optional<QString> TaskDialog::problem() const
{
    if (m_description->text().isEmpty())
        return tr("Describe the task to carry out.");
    if (m_description->isTooLong())
        return tr("The description is too long: at most %L1 characters.").arg(limits::kText);
    return std::nullopt;
}

} // namespace mycloud
