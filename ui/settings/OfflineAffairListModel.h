#pragma once

#include "doe/OfflineAffairs.h"

#include <QAbstractTableModel>
#include <QList>
#include <QUuid>

namespace mycloud {

class Store;

// The affairs kept available offline, for the preferences: which, how much of each is on this
// computer, and the room it takes. Follows OfflineAffairs as files arrive.
class OfflineAffairListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Affair, Files, Size, ColumnCount };
    enum : int { AffairIdRole = Qt::UserRole + 1 };

    OfflineAffairListModel(const Store& store, OfflineAffairs& offline, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    struct Row
    {
        QUuid id;
        QString label; // "reference – name", or the id of an affair no longer in the store
        OfflineAffairs::Usage usage;
    };

    const Store& m_store;
    OfflineAffairs& m_offline;
    QList<Row> m_rows;
};

} // namespace mycloud
