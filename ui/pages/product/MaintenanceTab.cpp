#include "MaintenanceTab.h"

#include "MaintenanceActions.h"
#include "core/ClientSession.h"
#include "dialogs/ConfirmDestructive.h"
#include "domain/MaintenanceNote.h"
#include "models/ListSortProxy.h"
#include "models/NoteListModel.h"
#include "style/Icons.h"
#include "widgets/TableSetup.h"

#include <QAction>
#include <QLocale>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mycloud {

MaintenanceTab::MaintenanceTab(ClientSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new NoteListModel(session.store(), this))
    , m_proxy(new ListSortProxy(this))
    , m_view(new QTableView(this))
    , m_add(new QAction(Icons::get(u"note"_s), tr("Add a note…"), this))
    , m_delete(new QAction(Icons::get(u"trash"_s), tr("Delete…"), this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    setUpTable(m_view);
    m_view->setAccessibleName(tr("Maintenance log"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto* toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction* action : {m_add, m_delete}) {
        toolBar->addAction(action);
        addAction(action);
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_delete);
    connect(m_add, &QAction::triggered, this, &MaintenanceTab::addNote);
    connect(m_delete, &QAction::triggered, this, &MaintenanceTab::deleteNote);
    const auto update = [this] { m_delete->setEnabled(m_view->currentIndex().isValid()); };
    connect(m_model, &QAbstractItemModel::modelReset, this, update);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, update);
    update();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addWidget(m_view);
}

void MaintenanceTab::setProduct(const QUuid& productId)
{
    m_productId = productId;
    m_model->setProduct(productId);
    m_model->reload();
}

void MaintenanceTab::reload()
{
    m_model->reload();
}

void MaintenanceTab::addNote()
{
    askAndAddNote(m_session, m_productId, this);
}

void MaintenanceTab::deleteNote()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const auto note = m_proxy->mapToSource(index).data(NoteListModel::NoteRole).value<MaintenanceNote>();
    if (confirmDestructive(this, tr("Delete the note"),
                           tr("Delete the maintenance note of %1? It is removed for everyone.")
                               .arg(QLocale().toString(note.performedAt, QLocale::ShortFormat)),
                           tr("Delete the note")))
        m_session.deleteNote(note.id);
}

} // namespace mycloud
