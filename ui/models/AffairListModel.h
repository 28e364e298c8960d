#pragma once

#include "DomainListModel.h"
#include "FlagCells.h"
#include "domain/Affair.h"

namespace mycloud {

// « Liste de vos affaires »: the customer's affairs, most recently updated first, filtered as the
// user types (accent- and case-folding prefix search).
class AffairListModel final : public DomainListModel<Affair>
{
    Q_OBJECT

public:
    enum Column { Reference, Name, Client, Site, B2eiContact, Products, RemoteConsultation, Lock, Updated };
    enum : int { AffairRole = ValueRole };

    // Loads at once.
    explicit AffairListModel(const Store& store, QObject* parent = nullptr);

    const QString& search() const { return m_search; }
    void setSearch(const QString& search);

protected:
    Query query() const override;
    QVariant cell(const Affair& affair, int column, int role) const override;

private:
    QString m_search;
    FlagCells m_flags;
};

} // namespace mycloud
