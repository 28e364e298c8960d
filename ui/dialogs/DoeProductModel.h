#pragma once

#include "domain/Product.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>
#include <QUuid>

#include <optional>

namespace mycloud {

// The products of an affair to put in its DOE, each with a check box; all are checked at first.
class DoeProductModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit DoeProductModel(QObject* parent = nullptr);

    void setProducts(QList<Product> products);
    void setAllChecked(bool checked);
    // nullopt while every product is checked: the request then names none, however large the affair.
    std::optional<QList<QUuid>> checkedIds() const;
    bool noneChecked() const { return m_unchecked.size() == m_products.size(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void checkedChanged();

private:
    QList<Product> m_products;
    QSet<QUuid> m_unchecked;
};

} // namespace mycloud
