#include "Breadcrumb.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace mycloud {

Breadcrumb::Breadcrumb(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    setAccessibleName(tr("You are here"));
}

void Breadcrumb::setTrail(const QList<Crumb>& trail)
{
    m_trail = trail;
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (qsizetype i = 0; i < trail.size(); ++i) {
        const Crumb& crumb = trail.at(i);
        if (i > 0) {
            auto* separator = new QLabel(u"›"_s, this);
            separator->setAccessibleName(QString());
            m_layout->addWidget(separator);
        }
        if (i + 1 == trail.size()) {
            auto* here = new QLabel(u"<b>%1</b>"_s.arg(crumb.text.toHtmlEscaped()), this);
            here->setTextFormat(Qt::RichText);
            m_layout->addWidget(here);
            continue;
        }
        auto* link = new QToolButton(this);
        link->setText(crumb.text);
        link->setAutoRaise(true);
        link->setCursor(Qt::PointingHandCursor);
        link->setToolTip(tr("Back to %1").arg(crumb.text));
        const Location target = crumb.location;
        connect(link, &QToolButton::clicked, this, [this, target] { emit activated(target); });
        m_layout->addWidget(link);
    }
    m_layout->addStretch();
}

} // namespace mycloud
