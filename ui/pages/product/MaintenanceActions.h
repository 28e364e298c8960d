#pragma once

#include <QUuid>

class QWidget;

namespace mycloud {

class ClientSession;

// "Ajouter une tâche" and "Ajouter une note" ask the same things from the products list and from
// the product sheet: the dialog, then the change queued through the session.
bool askAndAddTask(ClientSession& session, const QUuid& productId, QWidget* parent);
bool askAndAddNote(ClientSession& session, const QUuid& productId, QWidget* parent);

} // namespace mycloud
