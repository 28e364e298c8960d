#pragma once

#include "dialogs/PerformedWork.h"
#include "domain/Task.h"

#include <QDialog>

namespace mycloud {

class WorkFields;

// « Valider la tâche »: who carried out the task, when and how; the caller turns it into a note.
class ValidateTaskDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ValidateTaskDialog(const Task& task, QWidget* parent = nullptr);

    PerformedWork work() const;

private:
    WorkFields* m_work = nullptr;
};

} // namespace mycloud
