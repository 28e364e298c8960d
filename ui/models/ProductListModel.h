#pragma once

#include "DomainListModel.h"
#include "FlagCells.h"
#include "domain/Product.h"

#include <QUuid>

namespace mycloud {

// « Liste des produits »: the products of one affair by reference, filtered as the user types.
// Without an affair, a search lists the matches across every affair (at most kSearchLimit).
class ProductListModel final : public DomainListModel<Product>
{
    Q_OBJECT

public:
    enum Column { Reference, Name, SerialNumber, Manufactured, RemoteConsultation, Lock };
    enum : int { ProductRole = ValueRole };
    static constexpr int kSearchLimit = 500;

    explicit ProductListModel(const Store& store, QObject* parent = nullptr);

    const QUuid& affair() const { return m_affair; }
    void setAffair(const QUuid& affairId);
    const QString& search() const { return m_search; }
    void setSearch(const QString& search);

protected:
    Query query() const override;
    QVariant cell(const Product& product, int column, int role) const override;

private:
    QUuid m_affair;
    QString m_search;
    FlagCells m_flags;
};

} // namespace mycloud
