#include "ProductsPage.h"

#include "QrAccess.h"
#include "core/ClientSession.h"
#include "domain/Affair.h"
#include "domain/DocumentKind.h"
#include "domain/Product.h"
#include "models/ProductListModel.h"
#include "store/Store.h"
#include "style/Icons.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace mycloud {

ProductsPage::ProductsPage(ClientSession& session, QWidget* parent)
    : ListPage(parent)
    , m_session(session)
    , m_model(new ProductListModel(session.store(), this))
    , m_access(new QrAccess(session, this))
    , m_consult(new QAction(Icons::get(u"eye"_s), tr("Consult"), this))
    , m_addNote(new QAction(Icons::get(u"note"_s), tr("Add a note…"), this))
    , m_addTask(new QAction(Icons::get(u"task"_s), tr("Add a task…"), this))
    , m_options(new QAction(Icons::get(u"menu-dots"_s), tr("Download"), this))
    , m_labels(new QAction(Icons::get(u"qr-code"_s), tr("Print QR labels…"), this))
{
    setObjectName(u"ProductsPage"_s);
    searchField()->setPlaceholderText(tr("Search a product: name, reference, serial number…"));
    setEmptyText(tr("This affair has no product."));
    m_consult->setToolTip(tr("Open the product sheet (Enter)"));
    m_addNote->setToolTip(tr("Add a maintenance note to this product"));
    m_addTask->setToolTip(tr("Add a task to do on this product"));
    m_options->setToolTip(tr("Download this product's files into a folder"));
    auto* downloads = new QMenu(this);
    const std::pair<DocumentKind, QString> kinds[] = {
        {DocumentKind::Photo, tr("All &photos…")},
        {DocumentKind::Schematic, tr("All &schematics…")},
        {DocumentKind::Quality, tr("All &quality documents…")},
        {DocumentKind::Misc, tr("All &miscellaneous files…")},
    };
    for (const auto& [kind, text] : kinds) {
        connect(downloads->addAction(Icons::get(u"cloud-download"_s), text), &QAction::triggered, this,
                [this, kind = kind] {
                    if (const auto product = current())
                        emit downloadRequested(product->id, kind);
                });
    }
    m_options->setMenu(downloads);
    for (QAction* action : {m_consult, m_addNote, m_addTask, m_options, m_access->remoteAction(),
                            m_access->lockAction(), m_access->contactAction()}) {
        toolBar()->addAction(action);
        contextMenu()->addAction(action);
    }
    m_labels->setToolTip(tr("Print or save as PDF the QR labels of this affair's products"));
    toolBar()->addAction(m_labels);
    connect(m_labels, &QAction::triggered, this, [this] { emit labelsRequested(m_affairId); });
    if (auto* button = qobject_cast<QToolButton*>(toolBar()->widgetForAction(m_options)))
        button->setPopupMode(QToolButton::InstantPopup);
    connect(m_consult, &QAction::triggered, this, [this] {
        if (const auto product = current())
            emit openProduct(m_affairId, product->id);
    });
    connect(m_addNote, &QAction::triggered, this, [this] {
        if (const auto product = current())
            emit addNoteRequested(product->id);
    });
    connect(m_addTask, &QAction::triggered, this, [this] {
        if (const auto product = current())
            emit addTaskRequested(product->id);
    });
    setModel(m_model);
    view()->setAccessibleName(tr("Products"));
}

void ProductsPage::setAffair(const QUuid& affairId)
{
    if (affairId != m_affairId) {
        m_affairId = affairId;
        searchField()->clear();
    }
    reload();
}

void ProductsPage::reload()
{
    const auto affair = m_session.store().affair(m_affairId);
    setTitle(affair ? tr("Products of %1 — %2").arg(affair->reference, affair->name) : tr("Products"));
    m_model->setAffair(m_affairId);
    m_model->reload();
}

void ProductsPage::searchChanged(const QString& text)
{
    setEmptyText(text.isEmpty() ? tr("This affair has no product.")
                                : tr("No product matches “%1”.").arg(text));
    m_model->setSearch(text);
}

std::optional<Product> ProductsPage::current() const
{
    const int row = currentSourceRow();
    if (row < 0)
        return std::nullopt;
    return m_model->index(row, 0).data(ProductListModel::ProductRole).value<Product>();
}

void ProductsPage::currentChanged()
{
    const auto product = current();
    for (QAction* action : {m_consult, m_addNote, m_addTask, m_options})
        action->setEnabled(product.has_value());
    const auto affair = m_session.store().affair(m_affairId);
    if (!product || !affair) {
        m_access->setTarget(std::nullopt);
        return;
    }
    m_access->setTarget(QrAccess::Target{Actions::Level::Product, product->id, product->reference,
                                         product->remoteConsultation, product->locked, affair->contact});
}

void ProductsPage::activated(int sourceRow)
{
    const auto product = m_model->index(sourceRow, 0).data(ProductListModel::ProductRole).value<Product>();
    emit openProduct(m_affairId, product.id);
}

} // namespace mycloud
