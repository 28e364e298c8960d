#include "ChangeFeed.h"

#include "repository/AccountRepository.h"
#include "repository/CatalogRepository.h"
#include "repository/ChangeLog.h"
#include "repository/MaintenanceRepository.h"

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

template <class T> std::optional<Change::Data> wrap(std::optional<T> entity)
{
    if (!entity)
        return std::nullopt;
    return Change::Data(std::move(*entity));
}

} // namespace

ChangeFeed::ChangeFeed(ChangeLog& log, AccountRepository& accounts, CatalogRepository& catalog,
                       MaintenanceRepository& maintenance)
    : m_log(log)
    , m_accounts(accounts)
    , m_catalog(catalog)
    , m_maintenance(maintenance)
{ }

QString ChangeFeed::cursorFor(qint64 seq)
{
    return u"c_"_s + u"%1"_s.arg(seq, 17, 10, QChar(u'0'));
}

std::optional<Change::Data> ChangeFeed::load(const QUuid& customer, const QString& entity,
                                             const QUuid& id) const
{
    if (entity == u"account")
        return id == customer ? wrap(m_accounts.account(id)) : std::nullopt;
    if (entity == u"affair")
        return wrap(m_catalog.affair(customer, id));
    if (entity == u"product")
        return wrap(m_catalog.product(customer, id));
    if (entity == u"document")
        return wrap(m_catalog.document(customer, id));
    if (entity == u"task")
        return wrap(m_maintenance.task(customer, id));
    if (entity == u"note")
        return wrap(m_maintenance.note(customer, id));
    return std::nullopt;
}

std::variant<ChangePage, ChangeFeed::Error> ChangeFeed::page(const QUuid& customer, const QString& since,
                                                             int limit) const
{
    qint64 after = 0;
    if (!since.isEmpty()) {
        bool ok = since.startsWith(u"c_"_s) && since.size() <= 22;
        after = ok ? since.mid(2).toLongLong(&ok) : 0;
        if (!ok || after < 0)
            return Error::BadCursor;
        const auto last = m_log.lastSeq();
        if (!last)
            return Error::Database;
        if (after > *last)
            return Error::CursorExpired;
    }
    // One row more than the page says whether another page follows.
    const auto rows = m_log.after(customer, after, limit + 1);
    if (!rows)
        return Error::Database;
    ChangePage page;
    page.cursor = cursorFor(after);
    for (const ChangeLog::Row& row : *rows) {
        if (row.seq == rows->back().seq && qsizetype(rows->size()) > limit)
            break; // the look-ahead row
        Change change;
        change.seq = row.seq;
        change.entity = Change::entityFromString(row.entity).value_or(Change::Entity::Affair);
        change.id = row.id;
        change.op = row.op == ChangeLog::Op::Delete ? Change::Op::Delete : Change::Op::Upsert;
        if (change.op == Change::Op::Upsert) {
            change.data = load(customer, row.entity, row.id);
            // Deleted between the two reads: its delete row follows, later in the feed.
            if (!change.data) {
                page.cursor = cursorFor(row.seq);
                continue;
            }
        }
        page.items.append(std::move(change));
        page.cursor = cursorFor(row.seq);
    }
    if (qsizetype(rows->size()) > limit)
        page.next = page.cursor;
    return page;
}

} // namespace mycloud::server
