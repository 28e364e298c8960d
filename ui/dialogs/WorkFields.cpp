#include "WorkFields.h"

#include "dialogs/MultiLineEdit.h"
#include "dialogs/PersonFields.h"
#include "domain/Limits.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mycloud {

WorkFields::WorkFields(QWidget* parent)
    : QWidget(parent)
    , m_performer(new PersonFields(tr("Performed by"), this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_workDone(new MultiLineEdit(this))
    , m_comment(new MultiLineEdit(this))
{
    m_performer->setObjectName(u"performer"_s);
    m_performer->setNamesRequired(true);
    m_date->setObjectName(u"performedAt"_s);
    m_date->setCalendarPopup(true);
    m_workDone->setObjectName(u"workDone"_s);
    m_comment->setObjectName(u"comment"_s);

    auto* form = new QFormLayout;
    form->addRow(tr("&Execution date:"), m_date);
    form->addRow(tr("&Work done:"), m_workDone);
    form->addRow(tr("C&omment:"), m_comment);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_performer);
    layout->addLayout(form);
    setFocusProxy(m_performer);

    connect(m_performer, &PersonFields::changed, this, &WorkFields::changed);
    connect(m_date, &QDateEdit::dateChanged, this, &WorkFields::changed);
    connect(m_workDone, &MultiLineEdit::textChanged, this, &WorkFields::changed);
    connect(m_comment, &MultiLineEdit::textChanged, this, &WorkFields::changed);
}

PerformedWork WorkFields::work() const
{
    return {m_performer->person(), m_date->date(), m_workDone->text(), m_comment->text()};
}

std::optional<QString> WorkFields::problem() const
{
    if (const auto performer = m_performer->problem())
        return performer;
    if (m_date->date() > QDate::currentDate())
        return tr("The execution date cannot be in the future.");
    if (m_workDone->isTooLong())
        return tr("The work done is too long: at most %L1 characters.").arg(limits::kText);
    if (m_comment->isTooLong())
        return tr("The comment is too long: at most %L1 characters.").arg(limits::kText);
    return std::nullopt;
}

} // namespace mycloud
