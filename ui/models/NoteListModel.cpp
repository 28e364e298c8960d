#include "NoteListModel.h"

#include "Cells.h"
#include "store/Store.h"

namespace mycloud {

NoteListModel::NoteListModel(const Store& store, QObject* parent)
    : DomainListModel(store,
                      {tr("Requested"), tr("Performed"), tr("Requester"), tr("Performer"), tr("Task"),
                       tr("Work done"), tr("Comment")},
                      parent)
{ }

void NoteListModel::setProduct(const QUuid& productId)
{
    reloadIfChanged(m_product, productId);
}

NoteListModel::Query NoteListModel::query() const
{
    return [product = m_product](const Store& store) { return store.notes(product); };
}

QVariant NoteListModel::cell(const MaintenanceNote& note, int column, int role) const
{
    switch (column) {
    case Requested: return Cells::dateTime(note.requestedAt.value_or(QDateTime()), role);
    case Performed: return Cells::date(note.performedAt, role);
    case Requester: return Cells::text(Cells::person(note.requester), role);
    case Performer: return Cells::text(Cells::person(note.performer), role);
    case TaskDescription: return Cells::text(note.taskDescription, role);
    case WorkDone: return Cells::text(note.workDone, role);
    case Comment: return Cells::text(note.comment, role);
    default: return {};
    }
}

} // namespace mycloud
