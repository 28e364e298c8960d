#include "CollapsibleSection.h"

#include "style/Icons.h"

#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mycloud {

CollapsibleSection::CollapsibleSection(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_header(new QToolButton(this))
    , m_layout(new QVBoxLayout(this))
{
    m_header->setText(title);
    m_header->setCheckable(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_header->setAutoRaise(true);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_header);
    connect(m_header, &QToolButton::toggled, this, &CollapsibleSection::setExpanded);
    setExpanded(false);
}

void CollapsibleSection::setContent(QWidget* content)
{
    m_content = content;
    m_layout->addWidget(content);
    content->setVisible(isExpanded());
}

QWidget* CollapsibleSection::takeContent()
{
    QWidget* content = m_content;
    if (content)
        m_layout->removeWidget(content);
    m_content = nullptr;
    return content;
}

bool CollapsibleSection::isExpanded() const
{
    return m_header->isChecked();
}

void CollapsibleSection::setExpanded(bool expanded)
{
    m_header->setChecked(expanded);
    m_header->setIcon(Icons::get(expanded ? u"chevron-down"_s : u"chevron-right"_s));
    m_header->setAccessibleDescription(expanded ? tr("Expanded") : tr("Collapsed"));
    if (m_content)
        m_content->setVisible(expanded);
}

} // namespace mycloud
