#pragma once

#include "domain/MaintenanceNote.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDateEdit;

namespace mycloud {

class MultiLineEdit;
class PersonFields;
class WorkFields;

// « Ajouter une note de maintenance »: a note written directly, without a task before it.
class NoteDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NoteDialog(QWidget* parent = nullptr);

    // The note entered; id, product, creation time and version are for the caller to set.
    MaintenanceNote note() const;

private:
    std::optional<QDate> requestDate() const;
    std::optional<QString> problem() const;

    QCheckBox* m_requestKnown;
    QDateEdit* m_requestDate;
    PersonFields* m_requester;
    MultiLineEdit* m_taskDescription;
    WorkFields* m_work;
};

} // namespace mycloud
