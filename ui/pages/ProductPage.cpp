#include "ProductPage.h"

#include "core/ClientSession.h"
#include "domain/Product.h"
#include "product/DocumentsTab.h"
#include "product/InfoTab.h"
#include "product/MaintenanceTab.h"
#include "product/TasksTab.h"
#include "store/Store.h"
#include "style/Icons.h"
#include "widgets/CollapsibleSection.h"

#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mycloud {

ProductPage::ProductPage(ClientSession& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_info(new InfoTab(session, this))
    , m_schematics(new DocumentsTab(session, DocumentKind::Schematic, this))
    , m_quality(new DocumentsTab(session, DocumentKind::Quality, this))
    , m_misc(new DocumentsTab(session, DocumentKind::Misc, this))
    , m_tasks(new TasksTab(session, this))
    , m_maintenance(new MaintenanceTab(session, this))
{
    setObjectName(u"ProductPage"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    insertTabs(Information);
    m_tabs->setDocumentMode(true);
    // The tabs' own minimum width must not hold the window wide: below kCompactWidth the sheet
    // becomes sections, whose minimum is small.
    m_tabs->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* sections = new QWidget(m_scroll);
    auto* sectionsLayout = new QVBoxLayout(sections);
    const QString titles[]
        = {tr("Product information"), tr("Photos"),      tr("Schematics"), tr("Quality documents"),
           tr("Misc files"),          tr("Tasks to do"), tr("Maintenance")};
    for (const QString& title : titles) {
        auto* section = new CollapsibleSection(title, sections);
        m_sections << section;
        sectionsLayout->addWidget(section);
    }
    sectionsLayout->addStretch();
    m_scroll->setWidget(sections);
    m_scroll->setWidgetResizable(true);
    m_scroll->hide();

    for (DocumentsTab* tab : {m_schematics, m_quality, m_misc})
        connect(tab, &DocumentsTab::exportRequested, this, &ProductPage::exportRequested);
    connect(m_info, &InfoTab::exportRequested, this, &ProductPage::exportRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_scroll, 1);
}

DocumentsTab* ProductPage::documents(DocumentKind kind) const
{
    switch (kind) {
    case DocumentKind::Schematic: return m_schematics;
    case DocumentKind::Quality: return m_quality;
    case DocumentKind::Misc: return m_misc;
    case DocumentKind::Photo: break;
    }
    return nullptr;
}

void ProductPage::setProduct(const QUuid& productId)
{
    m_productId = productId;
    m_info->setProduct(productId);
    for (DocumentsTab* tab : {m_schematics, m_quality, m_misc})
        tab->setProduct(productId);
    m_tasks->setProduct(productId);
    m_maintenance->setProduct(productId);
    reload();
}

void ProductPage::reload()
{
    const auto product = m_session.store().product(m_productId);
    m_title->setText(product ? u"%1 — %2"_s.arg(product->reference, product->name)
                             : tr("This product no longer exists."));
    m_info->reload();
    for (DocumentsTab* tab : {m_schematics, m_quality, m_misc})
        tab->reload();
    m_tasks->reload();
    m_maintenance->reload();
}

void ProductPage::insertTabs(int from)
{
    const std::tuple<QWidget*, QString, QString> tabs[] = {
        {m_info, u"info"_s, tr("&Information")},
        {m_schematics, u"schematic"_s, tr("&Schematics")},
        {m_quality, u"quality"_s, tr("&Quality documents")},
        {m_misc, u"misc-file"_s, tr("Misc &files")},
        {m_tasks, u"task"_s, tr("&Tasks to do")},
        {m_maintenance, u"maintenance"_s, tr("&Maintenance")},
    };
    for (int i = from; i < int(std::size(tabs)); ++i) {
        const auto& [widget, icon, title] = tabs[i];
        m_tabs->insertTab(i, widget, Icons::get(icon), title);
    }
}

void ProductPage::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    QWidget* const parts[] = {
        m_info->detailsPart(), m_info->photosPart(), m_schematics, m_quality, m_misc, m_tasks, m_maintenance};
    if (compact) {
        const int currentTab = m_tabs->currentIndex();
        for (int i = Maintenance; i >= Schematics; --i)
            m_tabs->removeTab(i);
        for (qsizetype i = 0; i < m_sections.size(); ++i)
            m_sections.at(i)->setContent(parts[i]);
        // The part the user was looking at stays open.
        m_sections.at(currentTab == Information ? 0 : currentTab + 1)->setExpanded(true);
    } else {
        for (CollapsibleSection* section : std::as_const(m_sections))
            section->takeContent();
        m_info->restoreParts();
        insertTabs(Schematics);
    }
    for (DocumentsTab* tab : {m_schematics, m_quality, m_misc})
        tab->setCompact(compact);
    m_tabs->setVisible(!compact);
    m_scroll->setVisible(compact);
}

void ProductPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    setCompact(event->size().width() < kCompactWidth);
}

} // namespace mycloud
