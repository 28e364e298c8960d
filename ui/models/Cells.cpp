#include "Cells.h"

#include "StoreListModel.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace mycloud {

QVariant Cells::text(const QString& text, int role)
{
    return role == Qt::DisplayRole || role == StoreListModel::SortRole ? QVariant(text) : QVariant();
}

QVariant Cells::number(qint64 value, int role)
{
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return role == Qt::DisplayRole || role == StoreListModel::SortRole ? QVariant(value) : QVariant();
}

QVariant Cells::dateTime(const QDateTime& value, int role)
{
    if (!value.isValid())
        return {}; // ListSortProxy puts missing dates first
    if (role == StoreListModel::SortRole)
        return value;
    return role == Qt::DisplayRole ? QLocale().toString(value.toLocalTime(), QLocale::ShortFormat)
                                   : QVariant();
}

QVariant Cells::date(const QDate& value, int role)
{
    if (!value.isValid())
        return {};
    if (role == StoreListModel::SortRole)
        return value;
    return role == Qt::DisplayRole ? QLocale().toString(value, QLocale::ShortFormat) : QVariant();
}

QString Cells::person(const Person& person)
{
    const QString name = QStringList{person.lastName.toUpper(), person.firstName}.join(u' ').trimmed();
    if (person.company.isEmpty() || name.isEmpty())
        return person.company + name;
    return person.company + u" — "_s + name;
}

} // namespace mycloud
