#include "ProductListModel.h"

#include "Cells.h"
#include "store/Store.h"

namespace mycloud {

ProductListModel::ProductListModel(const Store& store, QObject* parent)
    : DomainListModel(store,
                      {tr("Reference"), tr("Name"), tr("Serial number"), tr("Manufactured"),
                       tr("Remote consultation"), tr("Lock")},
                      parent)
{ }

void ProductListModel::setAffair(const QUuid& affairId)
{
    reloadIfChanged(m_affair, affairId);
}

void ProductListModel::setSearch(const QString& search)
{
    reloadIfChanged(m_search, search);
}

ProductListModel::Query ProductListModel::query() const
{
    return [affair = m_affair, search = m_search](const Store& store) {
        // An empty search across every affair lists nothing: the store answers it with no rows.
        return affair.isNull() ? store.searchProducts(search, kSearchLimit) : store.products(affair, search);
    };
}

QVariant ProductListModel::cell(const Product& product, int column, int role) const
{
    switch (column) {
    case Reference: return Cells::text(product.reference, role);
    case Name: return Cells::text(product.name, role);
    case SerialNumber: return Cells::text(product.serialNumber, role);
    case Manufactured: return Cells::date(product.manufacturedOn.value_or(QDate()), role);
    case RemoteConsultation: return m_flags.remoteConsultation(product.remoteConsultation, role);
    case Lock: return m_flags.lock(product.locked, role);
    default: return {};
    }
}

} // namespace mycloud
