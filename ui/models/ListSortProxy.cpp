#include "ListSortProxy.h"

#include "StoreListModel.h"

namespace mycloud {

ListSortProxy::ListSortProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(StoreListModel::SortRole);
}

void ListSortProxy::setSourceModel(QAbstractItemModel* source)
{
    disconnect(m_sourceLoaded);
    QSortFilterProxyModel::setSourceModel(source);
    // A new answer (another search, a reload) comes in its first batch only. Fetched once loaded()
    // says every receiver has seen the reset, not while it is being announced.
    if (auto* list = qobject_cast<StoreListModel*>(source))
        m_sourceLoaded = connect(list, &StoreListModel::loaded, this, [this] {
            if (sortColumn() >= 0)
                fetchAll();
        });
}

void ListSortProxy::sort(int column, Qt::SortOrder order)
{
    if (column >= 0)
        fetchAll();
    QSortFilterProxyModel::sort(column, order);
}

void ListSortProxy::fetchAll()
{
    QAbstractItemModel* source = sourceModel();
    while (source && source->canFetchMore({}))
        source->fetchMore({});
}

bool ListSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Missing values (no manufacturing date, no request date) come first, as the smallest.
    if (!a.isValid() || !b.isValid())
        return !a.isValid() && b.isValid();
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace mycloud
