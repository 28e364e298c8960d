#include "ScanListModel.h"

#include "style/Icons.h"

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

QString iconName(const std::optional<QrResolver::Resolution>& resolution)
{
    if (!resolution)
        return u"sync"_s;
    switch (resolution->outcome) {
    case QrResolver::Outcome::Found: return u"qr-code"_s;
    case QrResolver::Outcome::NotOurs: return u"warning"_s;
    case QrResolver::Outcome::NotALabel: return u"info"_s;
    case QrResolver::Outcome::Unreachable: return u"offline"_s;
    case QrResolver::Outcome::Failed: return u"error"_s;
    }
    return {};
}

} // namespace

int ScanListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ScanListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& item = m_items.at(index.row());
    const bool found = item.resolution && item.resolution->outcome == QrResolver::Outcome::Found;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return item.resolution ? item.resolution->message() : tr("Looking up %1…").arg(item.text.left(200));
    case Qt::ToolTipRole:
    case TextRole: return item.text;
    case Qt::DecorationRole: return Icons::get(iconName(item.resolution));
    case ProductIdRole: return found ? item.resolution->product.id : QUuid();
    case AffairIdRole: return found ? item.resolution->affair.id : QUuid();
    case PendingRole: return !item.resolution.has_value();
    default: return {};
    }
}

bool ScanListModel::add(const QString& text)
{
    const qsizetype row = rowOf(text);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_items.prepend({text, std::nullopt});
        endInsertRows();
        return true;
    }
    if (row > 0) {
        beginMoveRows({}, int(row), int(row), {}, 0);
        m_items.move(row, 0);
        endMoveRows();
    }
    return false;
}

void ScanListModel::setResolution(const QString& text, const QrResolver::Resolution& resolution)
{
    const qsizetype row = rowOf(text);
    if (row < 0)
        return; // cleared while it was being looked up
    m_items[row].resolution = resolution;
    const QModelIndex changed = index(int(row));
    emit dataChanged(changed, changed);
}

std::optional<QrResolver::Resolution> ScanListModel::resolution(const QString& text) const
{
    const qsizetype row = rowOf(text);
    return row < 0 ? std::nullopt : m_items.at(row).resolution;
}

void ScanListModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
}

qsizetype ScanListModel::rowOf(const QString& text) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).text == text)
            return row;
    }
    return -1;
}

} // namespace mycloud
