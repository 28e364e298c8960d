#include "MaintenanceActions.h"

#include "core/ClientSession.h"
#include "dialogs/NoteDialog.h"
#include "dialogs/TaskDialog.h"

namespace mycloud {

bool askAndAddTask(ClientSession& session, const QUuid& productId, QWidget* parent)
{
    TaskDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Task task = dialog.task();
    return session.addTask(productId, task.description, task.priority, task.requester).has_value();
}

bool askAndAddNote(ClientSession& session, const QUuid& productId, QWidget* parent)
{
    NoteDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    MaintenanceNote note = dialog.note();
    note.productId = productId;
    return session.addNote(note).has_value();
}

} // namespace mycloud
