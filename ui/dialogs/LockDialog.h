#pragma once

#include <QDialog>

namespace mycloud {

class PasswordFields;

// « Verrouiller »: the password that QR access to an affair's or a product's documents will ask.
class LockDialog final : public QDialog
{
    Q_OBJECT

public:
    // name: the affair's name or the product's reference, as the user knows it.
    explicit LockDialog(const QString& name, QWidget* parent = nullptr);

    QString password() const;

private:
    PasswordFields* m_fields;
};

} // namespace mycloud
