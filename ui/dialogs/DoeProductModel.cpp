#include "DoeProductModel.h"

using namespace Qt::StringLiterals;

namespace mycloud {

DoeProductModel::DoeProductModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void DoeProductModel::setProducts(QList<Product> products)
{
    beginResetModel();
    m_products = std::move(products);
    m_unchecked.clear();
    endResetModel();
    emit checkedChanged();
}

void DoeProductModel::setAllChecked(bool checked)
{
    m_unchecked.clear();
    if (!checked)
        for (const Product& product : std::as_const(m_products))
            m_unchecked.insert(product.id);
    if (!m_products.isEmpty())
        emit dataChanged(index(0), index(int(m_products.size()) - 1), {Qt::CheckStateRole});
    emit checkedChanged();
}

std::optional<QList<QUuid>> DoeProductModel::checkedIds() const
{
    if (m_unchecked.isEmpty())
        return std::nullopt;
    QList<QUuid> ids;
    for (const Product& product : m_products)
        if (!m_unchecked.contains(product.id))
            ids.append(product.id);
    return ids;
}

int DoeProductModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

QVariant DoeProductModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product& product = m_products.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return u"%1 – %2"_s.arg(product.reference, product.name);
    case Qt::CheckStateRole: return m_unchecked.contains(product.id) ? Qt::Unchecked : Qt::Checked;
    default: return {};
    }
}

bool DoeProductModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QUuid& id = m_products.at(index.row()).id;
    if (value.toInt() == Qt::Checked)
        m_unchecked.remove(id);
    else
        m_unchecked.insert(id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags DoeProductModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags flags = QAbstractListModel::flags(index);
    return index.isValid() ? flags | Qt::ItemIsUserCheckable : flags;
}

} // namespace mycloud
