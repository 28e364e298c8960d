#pragma once

#include "StoreListModel.h"

#include <QList>
#include <QVariant>

namespace mycloud {

// The rows of one domain type (Affair, Product, …) for StoreListModel: IdRole and ValueRole come
// from the row itself; the concrete model says what to ask the store and how each cell looks.
template <class Row> class DomainListModel : public StoreListModel
{
public:
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row& row = m_rows.at(index.row());
        if (role == IdRole)
            return row.id;
        if (role == ValueRole)
            return QVariant::fromValue(row);
        return cell(row, index.column(), role);
    }

protected:
    using StoreListModel::StoreListModel;

    // The store call for the current parameters; it runs on the worker, so capture them by value.
    using Query = std::function<QList<Row>(const Store&)>;
    virtual Query query() const = 0;
    virtual QVariant cell(const Row& row, int column, int role) const = 0;
    // After new rows came in, for a model that derives something from all of them.
    virtual void rowsReplaced() { }

    const QList<Row>& rows() const { return m_rows; }

private:
    Work work() final
    {
        return [query = query(), this](const Store& store) -> Apply {
            // Only the answer touches the model, and only on its own thread.
            return [this, rows = query(store)]() mutable {
                m_rows = std::move(rows);
                rowsReplaced();
            };
        };
    }
    int heldRows() const final { return int(m_rows.size()); }

    QList<Row> m_rows;
};

} // namespace mycloud
