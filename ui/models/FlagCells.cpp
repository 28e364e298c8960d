#include "FlagCells.h"

#include "StoreListModel.h"
#include "style/Icons.h"

using namespace Qt::StringLiterals;

namespace mycloud {

FlagCells::FlagCells()
    : m_remoteOn(Icons::get(u"remote-on"_s))
    , m_remoteOff(Icons::get(u"remote-off"_s))
    , m_lock(Icons::get(u"lock"_s))
{ }

QVariant FlagCells::remoteConsultation(bool enabled, int role) const
{
    switch (role) {
    case Qt::DisplayRole: return enabled ? tr("On") : tr("Off");
    case Qt::DecorationRole: return enabled ? m_remoteOn : m_remoteOff;
    case StoreListModel::SortRole: return enabled;
    default: return {};
    }
}

QVariant FlagCells::lock(bool locked, int role) const
{
    switch (role) {
    case Qt::DecorationRole: return locked ? QVariant(m_lock) : QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: return locked ? QVariant(tr("Locked")) : QVariant();
    case StoreListModel::SortRole: return locked;
    default: return {};
    }
}

} // namespace mycloud
