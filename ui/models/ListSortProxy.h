#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace mycloud {

// Header-click sorting for every list: by StoreListModel::SortRole, so that dates and counts sort
// as values, and text in the user's language with numbers in numeric order ("P2" before "P10").
// Sorting a lazily populated model first fetches all of its rows: an order that covered only the
// first batch would be wrong.
class ListSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ListSortProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* source) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void fetchAll();

    QCollator m_collator;
    QMetaObject::Connection m_sourceLoaded;
};

} // namespace mycloud
