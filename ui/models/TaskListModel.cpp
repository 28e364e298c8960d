#include "TaskListModel.h"

#include "Cells.h"
#include "store/Store.h"
#include "style/Icons.h"

using namespace Qt::StringLiterals;

namespace mycloud {

TaskListModel::TaskListModel(const Store& store, QObject* parent)
    : DomainListModel(store, {tr("Priority"), tr("Created"), tr("Requester"), tr("Description")}, parent)
    // The orange of a priority whatever the theme: it has to catch the eye.
    , m_priority(Icons::tinted(u"priority"_s, QColor(0xE6, 0x7E, 0x22)))
{ }

void TaskListModel::setProduct(const QUuid& productId)
{
    reloadIfChanged(m_product, productId);
}

TaskListModel::Query TaskListModel::query() const
{
    return [product = m_product](const Store& store) { return store.tasks(product); };
}

QVariant TaskListModel::cell(const Task& task, int column, int role) const
{
    switch (column) {
    case Priority: return priorityCell(task.priority, role);
    case Created: return Cells::dateTime(task.createdAt, role);
    case Requester: return Cells::text(Cells::person(task.requester), role);
    case Description: return Cells::text(task.description, role);
    default: return {};
    }
}

QVariant TaskListModel::priorityCell(bool priority, int role) const
{
    if (role == SortRole)
        return priority;
    if (!priority)
        return {};
    switch (role) {
    case Qt::DecorationRole: return m_priority;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: return tr("Priority");
    default: return {};
    }
}

} // namespace mycloud
