#pragma once

#include <QString>

class QWidget;

namespace mycloud {

// Asks before something that cannot be undone (delete a task or a note, unlock). The button names
// the action ("Delete the task") and Cancel is the default, so Enter never destroys anything.
// True when the user chose the action.
bool confirmDestructive(QWidget* parent, const QString& title, const QString& text, const QString& action);

} // namespace mycloud
