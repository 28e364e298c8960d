#pragma once

#include "domain/ChangePage.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>
#include <variant>

namespace mycloud::server {

class AccountRepository;
class CatalogRepository;
class ChangeLog;
class MaintenanceRepository;

// GET /changes: the customer's change rows after a cursor, each upsert with its entity as it is
// now. Cursors are "c_<seq>"; one past the last sequence this database handed out was not made
// here (a recreated database): the client must resync.
class ChangeFeed final
{
public:
    ChangeFeed(ChangeLog& log, AccountRepository& accounts, CatalogRepository& catalog,
               MaintenanceRepository& maintenance);

    enum class Error { BadCursor, CursorExpired, Database };
    std::variant<ChangePage, Error> page(const QUuid& customer, const QString& since, int limit) const;

    static QString cursorFor(qint64 seq);

private:
    QHash<QUuid, Change::Data> load(const QUuid& customer, const QString& entity,
                                    const QList<QUuid>& ids) const;

    ChangeLog& m_log;
    AccountRepository& m_accounts;
    CatalogRepository& m_catalog;
    MaintenanceRepository& m_maintenance;
};

} // namespace mycloud::server
