#pragma once

#include "domain/Person.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace mycloud {

// How the lists show the common kinds of values: what a view displays, and the raw value that
// ListSortProxy sorts by (StoreListModel::SortRole), so that dates and counts sort as such.
class Cells final
{
public:
    static QVariant text(const QString& text, int role);
    static QVariant number(qint64 value, int role); // right-aligned
    // Shown in local time. A null date has no value, not even to sort by.
    static QVariant dateTime(const QDateTime& value, int role);
    static QVariant date(const QDate& value, int role);
    // "Company — LAST First", as B2EI writes requesters and performers.
    static QString person(const Person& person);
};

} // namespace mycloud
