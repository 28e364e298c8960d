#pragma once

#include "DomainListModel.h"
#include "domain/MaintenanceNote.h"

#include <QUuid>

namespace mycloud {

// A product's maintenance log (« suivi de maintenance »), the latest work first (the store's order).
class NoteListModel final : public DomainListModel<MaintenanceNote>
{
    Q_OBJECT

public:
    enum Column { Requested, Performed, Requester, Performer, TaskDescription, WorkDone, Comment };
    enum : int { NoteRole = ValueRole };

    explicit NoteListModel(const Store& store, QObject* parent = nullptr);

    const QUuid& product() const { return m_product; }
    void setProduct(const QUuid& productId);

protected:
    Query query() const override;
    QVariant cell(const MaintenanceNote& note, int column, int role) const override;

private:
    QUuid m_product;
};

} // namespace mycloud
