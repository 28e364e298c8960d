#pragma once

#include "PageCursor.h"
#include "domain/Page.h"

#include <QSqlQuery>

#include <optional>

namespace mycloud::server::PageQuery {

// Runs a page query that selects limit + 1 rows: the extra row only says whether a next page
// exists, and the cursor is the sort keys of the page's last item.
template <class T, class FromRow, class KeysOf>
std::optional<Page<T>> run(QSqlQuery& q, const QString& scope, int limit, FromRow fromRow, KeysOf keysOf)
{
    if (!q.exec())
        return std::nullopt;
    Page<T> page;
    while (q.next()) {
        if (page.items.size() == limit) {
            page.next = PageCursor::encode(scope, keysOf(page.items.last()));
            break;
        }
        page.items.append(fromRow(q));
    }
    return page;
}

} // namespace mycloud::server::PageQuery
