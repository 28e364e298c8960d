#include "PersonFields.h"

#include "domain/Limits.h"

#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace mycloud {

PersonFields::PersonFields(const QString& title, QWidget* parent)
    : QGroupBox(title, parent)
{
    new QFormLayout(this);
    m_company = addField(tr("Company:"), u"company"_s);
    m_lastName = addField(tr("Last name:"), u"lastName"_s);
    m_firstName = addField(tr("First name:"), u"firstName"_s);
    setFocusProxy(m_company);
}

QLineEdit* PersonFields::addField(const QString& label, const QString& objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setMaxLength(limits::kName);
    static_cast<QFormLayout*>(layout())->addRow(label, edit);
    connect(edit, &QLineEdit::textChanged, this, &PersonFields::changed);
    return edit;
}

void PersonFields::setNamesRequired(bool required)
{
    m_required = required;
    const QString hint = required ? tr("Required") : QString();
    m_company->setPlaceholderText(hint);
    m_lastName->setPlaceholderText(hint);
    emit changed();
}

Person PersonFields::person() const
{
    return {m_company->text().trimmed(), m_lastName->text().trimmed(), m_firstName->text().trimmed()};
}

void PersonFields::setPerson(const Person& person)
{
    m_company->setText(person.company);
    m_lastName->setText(person.lastName);
    m_firstName->setText(person.firstName);
}

std::optional<QString> PersonFields::problem() const
{
    if (!m_required)
        return std::nullopt;
    const Person p = person();
    if (p.company.isEmpty())
        return tr("%1: enter the company.").arg(title());
    if (p.lastName.isEmpty())
        return tr("%1: enter the last name.").arg(title());
    return std::nullopt;
}

} // namespace mycloud
