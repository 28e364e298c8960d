#pragma once

#include "domain/Contact.h"

#include <QDialog>
#include <QUrl>

namespace mycloud {

class ContactRow;

// The affair's « interlocuteur B2EI », to call or write to.
class ContactDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ContactDialog(const Contact& contact, QWidget* parent = nullptr);

    QUrl callUrl() const; // empty when no phone number is known
    QUrl mailUrl() const; // empty when no e-mail address is known

private:
    ContactRow* m_phone;
    ContactRow* m_email;
};

} // namespace mycloud
