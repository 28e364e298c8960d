#include "TasksTab.h"

#include "MaintenanceActions.h"
#include "core/ClientSession.h"
#include "dialogs/ConfirmDestructive.h"
#include "dialogs/TaskDialog.h"
#include "dialogs/ValidateTaskDialog.h"
#include "domain/Task.h"
#include "models/ListSortProxy.h"
#include "models/TaskListModel.h"
#include "style/Icons.h"
#include "widgets/TableSetup.h"

#include <QAction>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mycloud {

TasksTab::TasksTab(ClientSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TaskListModel(session.store(), this))
    , m_proxy(new ListSortProxy(this))
    , m_view(new QTableView(this))
    , m_add(new QAction(Icons::get(u"task"_s), tr("Add a task…"), this))
    , m_validate(new QAction(Icons::get(u"check"_s), tr("Validate…"), this))
    , m_edit(new QAction(Icons::get(u"pencil"_s), tr("Edit…"), this))
    , m_delete(new QAction(Icons::get(u"trash"_s), tr("Delete…"), this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    setUpTable(m_view);
    m_view->setAccessibleName(tr("Tasks to do"));
    m_validate->setToolTip(tr("The task was done: record who did it; it moves to the maintenance log"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto* toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction* action : {m_add, m_validate, m_edit, m_delete}) {
        toolBar->addAction(action);
        addAction(action);
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction* action : {m_validate, m_edit, m_delete})
        m_view->addAction(action);
    connect(m_add, &QAction::triggered, this, &TasksTab::addTask);
    connect(m_validate, &QAction::triggered, this, &TasksTab::validateTask);
    connect(m_edit, &QAction::triggered, this, &TasksTab::editTask);
    connect(m_delete, &QAction::triggered, this, &TasksTab::deleteTask);
    connect(m_view, &QTableView::activated, this, &TasksTab::editTask);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TasksTab::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TasksTab::updateActions);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addWidget(m_view);
    updateActions();
}

void TasksTab::setProduct(const QUuid& productId)
{
    m_productId = productId;
    m_model->setProduct(productId);
    m_model->reload();
}

void TasksTab::reload()
{
    m_model->reload();
}

std::optional<Task> TasksTab::current() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_proxy->mapToSource(index).data(TaskListModel::TaskRole).value<Task>();
}

void TasksTab::updateActions()
{
    const bool any = current().has_value();
    for (QAction* action : {m_validate, m_edit, m_delete})
        action->setEnabled(any);
}

void TasksTab::addTask()
{
    askAndAddTask(m_session, m_productId, this);
}

void TasksTab::validateTask()
{
    const auto task = current();
    if (!task)
        return;
    ValidateTaskDialog dialog(*task, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PerformedWork work = dialog.work();
    m_session.validateTask(task->id, work.performer, work.performedAt, work.workDone, work.comment);
}

void TasksTab::editTask()
{
    const auto task = current();
    if (!task)
        return;
    TaskDialog dialog(this);
    dialog.setTask(*task);
    if (dialog.exec() == QDialog::Accepted)
        m_session.editTask(dialog.task());
}

void TasksTab::deleteTask()
{
    const auto task = current();
    if (!task)
        return;
    if (confirmDestructive(
            this, tr("Delete the task"),
            tr("Delete the task “%1”? It is removed for everyone.").arg(task->description.left(80)),
            tr("Delete the task")))
        m_session.deleteTask(task->id);
}

} // namespace mycloud
