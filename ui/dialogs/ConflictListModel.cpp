#include "ConflictListModel.h"

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

// The first line of what the user wrote, which names the task or the note.
QString subject(const QJsonObject& local)
{
    for (const QString& key : {u"description"_s, u"workDone"_s, u"taskDescription"_s}) {
        const QString line = local.value(key).toString().section(u'\n', 0, 0).trimmed();
        if (!line.isEmpty())
            return line;
    }
    return {};
}

} // namespace

ConflictListModel::ConflictListModel(Store& store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    reload();
}

void ConflictListModel::reload()
{
    beginResetModel();
    m_conflicts = Outbox(m_store).conflicts();
    endResetModel();
}

int ConflictListModel::rowOf(qint64 conflictId) const
{
    for (int row = 0; row < m_conflicts.size(); ++row)
        if (m_conflicts.at(row).id == conflictId)
            return row;
    return -1;
}

QString ConflictListModel::kindName(Outbox::Kind kind)
{
    switch (kind) {
    case Outbox::Kind::CreateTask: return tr("New task");
    case Outbox::Kind::UpdateTask: return tr("Task edited");
    case Outbox::Kind::DeleteTask: return tr("Task deleted");
    case Outbox::Kind::ValidateTask: return tr("Task validated");
    case Outbox::Kind::CreateNote: return tr("New maintenance note");
    case Outbox::Kind::DeleteNote: return tr("Maintenance note deleted");
    case Outbox::Kind::SetRemoteConsultation: return tr("Remote consultation");
    case Outbox::Kind::Lock: return tr("Lock");
    case Outbox::Kind::Unlock: return tr("Unlock");
    }
    return {};
}

int ConflictListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Outbox::Conflict& c = m_conflicts.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString what = subject(c.local);
        return what.isEmpty() ? kindName(c.kind) : tr("%1: %2").arg(kindName(c.kind), what);
    }
    case Qt::ToolTipRole: return c.message;
    case IdRole: return c.id;
    default: return {};
    }
}

} // namespace mycloud
