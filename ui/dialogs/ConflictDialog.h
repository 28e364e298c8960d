#pragma once

#include <QDialog>

class QFormLayout;
class QGroupBox;
class QLabel;
class QListView;
class QPushButton;

namespace mycloud {

class ClientSession;
class ConflictListModel;

// The changes the server could not take as they were (edited or deleted there meanwhile, or
// refused): for the selected one, the user's version and the server's side by side, the reason,
// and "Keep mine" (sent again, so that it wins) or "Keep theirs" (the server's stays).
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(ClientSession& session, QWidget* parent = nullptr);

private:
    void reload(); // the selected conflict stays selected while it is open
    void showSelected();
    void resolve(bool keepMine);
    int selectedRow() const;

    ClientSession& m_session;
    ConflictListModel* m_model;
    QListView* m_list;
    QLabel* m_message;
    QGroupBox* m_mine;
    QGroupBox* m_theirs;
    QFormLayout* m_mineFields;
    QFormLayout* m_theirsFields;
    QLabel* m_error;
    QPushButton* m_keepMine;
    QPushButton* m_keepTheirs;
};

} // namespace mycloud
