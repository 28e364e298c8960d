#include "ChangeFeed.h"

#include "repository/AccountRepository.h"
#include "repository/CatalogRepository.h"
#include "repository/ChangeLog.h"
#include "repository/MaintenanceRepository.h"

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace { } // namespace

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

QHash<QUuid, Change::Data> ChangeFeed::load(const QUuid& customer, const QString& entity,
                                            const QList<QUuid>& ids) const
{
    QHash<QUuid, Change::Data> found;
    auto keep = [&found](const auto& entities) {
        for (const auto& e : entities)
            found.insert(e.id, Change::Data(e));
    };
    if (entity == u"account") {
        if (ids.contains(customer))
            if (const auto account = m_accounts.account(customer))
                found.insert(customer, *account);
    } else if (entity == u"affair") {
        keep(m_catalog.affairs(customer, ids));
    } else if (entity == u"product") {
        keep(m_catalog.products(customer, ids));
    } else if (entity == u"document") {
        keep(m_catalog.documents(customer, ids));
    } else if (entity == u"task") {
        keep(m_maintenance.tasks(customer, ids));
    } else if (entity == u"note") {
        keep(m_maintenance.notes(customer, ids));
    }
    return found;
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
    // The page's entities, one query per kind rather than one per row.
    QHash<QString, QList<QUuid>> wanted;
    for (const ChangeLog::Row& row : *rows)
        if (row.op == ChangeLog::Op::Upsert)
            wanted[row.entity].append(row.id);
    QHash<QString, QHash<QUuid, Change::Data>> loaded;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        loaded.insert(it.key(), load(customer, it.key(), it.value()));

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
            const auto& ofKind = loaded[row.entity];
            const auto entity = ofKind.constFind(row.id);
            // Deleted between the two reads: its delete row follows, later in the feed.
            if (entity == ofKind.cend()) {
                page.cursor = cursorFor(row.seq);
                continue;
            }
            change.data = *entity;
        }
        page.items.append(std::move(change));
        page.cursor = cursorFor(row.seq);
    }
    if (qsizetype(rows->size()) > limit)
        page.next = page.cursor;
    return page;
}

} // namespace mycloud::server
