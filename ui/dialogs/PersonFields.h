#pragma once

#include "domain/Person.h"

#include <QGroupBox>

#include <optional>

class QLineEdit;

namespace mycloud {

// Company, last name and first name of a requester or performer: the one widget every dialog
// that asks for a person uses.
class PersonFields final : public QGroupBox
{
    Q_OBJECT

public:
    explicit PersonFields(const QString& title, QWidget* parent = nullptr);

    // A performer must be identifiable; a requester may stay anonymous (the API allows it).
    void setNamesRequired(bool required);

    Person person() const; // trimmed
    void setPerson(const Person& person);
    // Why the fields cannot be accepted yet, or nullopt.
    std::optional<QString> problem() const;

signals:
    void changed();

private:
    QLineEdit* addField(const QString& label, const QString& objectName);

    QLineEdit* m_company;
    QLineEdit* m_lastName;
    QLineEdit* m_firstName;
    bool m_required = false;
};

} // namespace mycloud
