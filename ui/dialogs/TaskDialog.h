#pragma once

#include "domain/Task.h"

#include <QDialog>

#include <optional>

class QCheckBox;

namespace mycloud {

class MultiLineEdit;
class PersonFields;

// « Ajouter une tâche » / « Modifier la tâche »: requester, description and priority.
class TaskDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TaskDialog(QWidget* parent = nullptr); // adds a task
    void setTask(const Task& task); // edits it instead

    // The task with the values entered; an edited task keeps its id, product and version.
    Task task() const;

private:
    std::optional<QString> problem() const;

    Task m_task;
    PersonFields* m_requester;
    MultiLineEdit* m_description;
    QCheckBox* m_priority;
};

} // namespace mycloud
