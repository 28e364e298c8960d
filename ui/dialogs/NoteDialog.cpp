#include "NoteDialog.h"

#include "dialogs/FormButtons.h"
#include "dialogs/MultiLineEdit.h"
#include "dialogs/PersonFields.h"
#include "dialogs/WorkFields.h"
#include "domain/Limits.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mycloud {

NoteDialog::NoteDialog(QWidget* parent)
    : QDialog(parent)
    , m_requestKnown(new QCheckBox(tr("&Request date:"), this))
    , m_requestDate(new QDateEdit(QDate::currentDate(), this))
    , m_requester(new PersonFields(tr("Requester"), this))
    , m_taskDescription(new MultiLineEdit(this))
    , m_work(new WorkFields(this))
{
    setWindowTitle(tr("Add a maintenance note"));
    setModal(true);
    // The API allows a note without a request date (work nobody asked for, or a date lost).
    m_requestKnown->setObjectName(u"requestKnown"_s);
    m_requestKnown->setChecked(true);
    m_requestKnown->setToolTip(tr("Untick when the date of the request is not known."));
    m_requestDate->setObjectName(u"requestedAt"_s);
    m_requestDate->setCalendarPopup(true);
    m_requestDate->setAccessibleName(tr("Request date"));
    m_requester->setObjectName(u"requester"_s);
    m_taskDescription->setObjectName(u"taskDescription"_s);

    auto* request = new QGroupBox(tr("Request"), this);
    auto* requestForm = new QFormLayout(request);
    requestForm->addRow(m_requestKnown, m_requestDate);
    requestForm->addRow(m_requester);
    requestForm->addRow(tr("&Task description:"), m_taskDescription);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(request);
    layout->addWidget(m_work);
    auto* buttons = new FormButtons(this);
    layout->addWidget(buttons);

    connect(m_requestKnown, &QCheckBox::toggled, m_requestDate, &QDateEdit::setEnabled);
    const auto check = [this] { return problem(); };
    buttons->follow(m_requestKnown, &QCheckBox::toggled, check);
    buttons->follow(m_requestDate, &QDateEdit::dateChanged, check);
    buttons->follow(m_taskDescription, &MultiLineEdit::textChanged, check);
    buttons->follow(m_work, &WorkFields::changed, check);
    m_requestDate->setFocus();
}

std::optional<QDate> NoteDialog::requestDate() const
{
    return m_requestKnown->isChecked() ? std::optional(m_requestDate->date()) : std::nullopt;
}

MaintenanceNote NoteDialog::note() const
{
    const PerformedWork work = m_work->work();
    MaintenanceNote n;
    n.requester = m_requester->person();
    n.performer = work.performer;
    // Local midnight, so that the day shown back in local time is the day entered.
    if (const auto date = requestDate())
        n.requestedAt = date->startOfDay();
    n.performedAt = work.performedAt;
    n.taskDescription = m_taskDescription->text();
    n.workDone = work.workDone;
    n.comment = work.comment;
    return n;
}

std::optional<QString> NoteDialog::problem() const
{
    if (m_taskDescription->isTooLong())
        return tr("The task description is too long: at most %L1 characters.").arg(limits::kText);
    if (const auto work = m_work->problem())
        return work;
    if (const auto date = requestDate(); date && m_work->work().performedAt < *date)
        return tr("The execution date cannot be before the request date.");
    return std::nullopt;
}

} // namespace mycloud
