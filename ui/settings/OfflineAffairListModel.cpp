#include "OfflineAffairListModel.h"

#include "domain/Affair.h"
#include "store/Store.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace mycloud {

OfflineAffairListModel::OfflineAffairListModel(const Store& store, OfflineAffairs& offline, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_offline(offline)
{
    connect(&m_offline, &OfflineAffairs::changed, this, &OfflineAffairListModel::reload);
    reload();
}

void OfflineAffairListModel::reload()
{
    QList<Row> rows;
    // A handful of affairs, each one indexed lookup: cheap enough for the UI thread.
    for (const QUuid& id : m_offline.pinned()) {
        const auto affair = m_store.affair(id);
        rows.append({id,
                     affair ? affair->reference + u" – "_s + affair->name : id.toString(QUuid::WithoutBraces),
                     m_offline.usage(id)});
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.label < b.label; });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int OfflineAffairListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OfflineAffairListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfflineAffairListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == AffairIdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole && index.column() != Affair)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Affair: return row.label;
    case Files:
        if (row.usage.isComplete())
            return QString::number(row.usage.files);
        return tr("%1 of %2").arg(row.usage.cached).arg(row.usage.files);
    case Size: return QLocale().formattedDataSize(row.usage.cachedBytes);
    default: return {};
    }
}

QVariant OfflineAffairListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Affair: return tr("Affair");
    case Files: return tr("Documents");
    case Size: return tr("Space used");
    default: return {};
    }
}

} // namespace mycloud
