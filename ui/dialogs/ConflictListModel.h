#pragma once

#include "store/Outbox.h"

#include <QAbstractListModel>
#include <QList>

namespace mycloud {

class Store;

// The open conflicts, oldest first, one line each (what the change was), with the server's reason
// as the tooltip. Read again on reload(): there are a handful at most, so a plain reset will do.
class ConflictListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ConflictListModel(Store& store, QObject* parent = nullptr);

    void reload();
    const Outbox::Conflict& conflict(int row) const { return m_conflicts.at(row); }
    int rowOf(qint64 conflictId) const; // -1 when it is no longer open

    static QString kindName(Outbox::Kind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    Store& m_store;
    QList<Outbox::Conflict> m_conflicts;
};

} // namespace mycloud
