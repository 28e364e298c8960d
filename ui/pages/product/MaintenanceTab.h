#pragma once

#include <QUuid>
#include <QWidget>

class QAction;
class QTableView;

namespace mycloud {

class ClientSession;
class ListSortProxy;
class NoteListModel;

// "Suivi de maintenance" (seed §5 VI): the notes (from validated tasks or added by hand), newest
// first; add a note, delete one with confirmation.
class MaintenanceTab final : public QWidget
{
    Q_OBJECT

public:
    MaintenanceTab(ClientSession& session, QWidget* parent = nullptr);

    void setProduct(const QUuid& productId);
    void reload();
    NoteListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    void addNote();
    void deleteNote();

private:
    ClientSession& m_session;
    QUuid m_productId;
    NoteListModel* m_model = nullptr;
    ListSortProxy* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QAction* m_add = nullptr;
    QAction* m_delete = nullptr;
};

} // namespace mycloud
