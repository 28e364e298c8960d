#pragma once

#include "DomainListModel.h"
#include "domain/Task.h"

#include <QIcon>
#include <QUuid>

namespace mycloud {

// A product's tasks to carry out, priority tasks first, then the newest (the store's order).
class TaskListModel final : public DomainListModel<Task>
{
    Q_OBJECT

public:
    enum Column { Priority, Created, Requester, Description };
    enum : int { TaskRole = ValueRole };

    explicit TaskListModel(const Store& store, QObject* parent = nullptr);

    const QUuid& product() const { return m_product; }
    void setProduct(const QUuid& productId);

protected:
    Query query() const override;
    QVariant cell(const Task& task, int column, int role) const override;

private:
    QVariant priorityCell(bool priority, int role) const;

    QUuid m_product;
    QIcon m_priority;
};

} // namespace mycloud
