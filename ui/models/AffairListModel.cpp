#include "AffairListModel.h"

#include "Cells.h"
#include "store/Store.h"

namespace mycloud {

AffairListModel::AffairListModel(const Store& store, QObject* parent)
    : DomainListModel(store,
                      {tr("Reference"), tr("Name"), tr("Client"), tr("Site"), tr("B2EI contact"),
                       tr("Products"), tr("Remote consultation"), tr("Lock"), tr("Updated")},
                      parent)
{
    reload();
}

void AffairListModel::setSearch(const QString& search)
{
    reloadIfChanged(m_search, search);
}

AffairListModel::Query AffairListModel::query() const
{
    return [search = m_search](const Store& store) { return store.affairs(search); };
}

QVariant AffairListModel::cell(const Affair& affair, int column, int role) const
{
    switch (column) {
    case Reference: return Cells::text(affair.reference, role);
    case Name: return Cells::text(affair.name, role);
    case Client: return Cells::text(affair.client, role);
    case Site: return Cells::text(affair.site, role);
    case B2eiContact: return Cells::text(affair.contact.name, role);
    case Products: return Cells::number(affair.productCount, role);
    case RemoteConsultation: return m_flags.remoteConsultation(affair.remoteConsultation, role);
    case Lock: return m_flags.lock(affair.locked, role);
    case Updated: return Cells::dateTime(affair.updatedAt, role);
    default: return {};
    }
}

} // namespace mycloud
