#pragma once

#include "Page.h"

class QCheckBox;
class QLabel;
class QPushButton;

namespace mycloud {

class ClientSession;

// "Mon compte" (seed §7): the account's name, company, address, phone and e-mail; the global
// remote consultation switch (all affairs and products); change the password; sign out.
class AccountPage final : public Page
{
    Q_OBJECT

public:
    explicit AccountPage(ClientSession& session, QWidget* parent = nullptr);

    void reload() override;
    QCheckBox* remoteSwitch() const { return m_remote; }
    QString details() const; // the fields as shown, one per line (tests, screen readers)

private:
    void changePassword();

    ClientSession& m_session;
    QList<QLabel*> m_values;
    QCheckBox* m_remote = nullptr;
    QPushButton* m_changePassword = nullptr;
    QPushButton* m_signOut = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace mycloud
