#pragma once

#include <QUuid>
#include <QWidget>

class QAction;
class QTableView;

namespace mycloud {

class ClientSession;
class ListSortProxy;
class TaskListModel;
struct Task;

// "Tâches à réaliser" (seed §5 V): priority tasks first with the orange "!", then add, validate
// (the task becomes a maintenance note), edit (priority included) and delete with confirmation.
class TasksTab final : public QWidget
{
    Q_OBJECT

public:
    TasksTab(ClientSession& session, QWidget* parent = nullptr);

    void setProduct(const QUuid& productId);
    void reload();
    TaskListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    void addTask();
    void validateTask();
    void editTask();
    void deleteTask();

private:
    std::optional<Task> current() const;
    void updateActions();

    ClientSession& m_session;
    QUuid m_productId;
    TaskListModel* m_model = nullptr;
    ListSortProxy* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QAction* m_add = nullptr;
    QAction* m_validate = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
};

} // namespace mycloud
