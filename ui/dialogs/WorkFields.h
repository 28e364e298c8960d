#pragma once

#include "dialogs/PerformedWork.h"

#include <QWidget>

#include <optional>

class QDateEdit;

namespace mycloud {

class MultiLineEdit;
class PersonFields;

// Who did the work, when, what was done and a comment: shared by task validation and new notes.
class WorkFields final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkFields(QWidget* parent = nullptr);

    PerformedWork work() const;
    std::optional<QString> problem() const;

signals:
    void changed();

private:
    PersonFields* m_performer;
    QDateEdit* m_date;
    MultiLineEdit* m_workDone;
    MultiLineEdit* m_comment;
};

} // namespace mycloud
