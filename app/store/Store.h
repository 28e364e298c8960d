#pragma once

#include "domain/Account.h"
#include "domain/Affair.h"
#include "domain/Change.h"
#include "domain/ChangePage.h"
#include "domain/Company.h"
#include "domain/Document.h"
#include "domain/MaintenanceNote.h"
#include "domain/Product.h"
#include "domain/Result.h"
#include "domain/Task.h"

#include <QList>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace mycloud {

class StoreStatements;

// The offline mirror of the customer's account (SQLite, WAL, in the profile): affairs, products,
// documents' metadata, tasks, notes, account and company, with an accent- and case-folding search
// that matches prefixes as the user types. Usable from any thread: each thread gets its own
// connection, so a sync can write big batches off the UI thread while the UI reads.
class Store final
{
public:
    explicit Store(QString path);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    struct Opened
    {
        bool rebuilt = false; // the old file was not a usable database: moved aside, a full sync is due
        QString movedAsideTo;
    };
    // Opens (creating or migrating); a file that is not a sane database is moved aside and replaced.
    Result<Opened, QString> open();
    const QString& path() const { return m_path; }

    QString meta(const QString& key) const;
    bool setMeta(const QString& key, const QString& value);
    static constexpr const char* kCursor = "changes.cursor";
    static constexpr const char* kLastSync = "sync.last";

    // Pages of the changes feed, and the cursor after the last, in one transaction: fewer, larger
    // commits write each touched index page to the WAL once instead of once per page.
    Result<int, QString> apply(const QList<ChangePage>& pages);
    // Local writes (the outbox sends them) and what the server answered them.
    bool upsert(const Change::Data& entity);
    bool remove(Change::Entity entity, const QUuid& id);
    bool setCompany(const Company& company);
    // Forgets the mirror and the cursor (the server no longer knows the cursor: full resync).
    bool clearMirror();

    std::optional<Account> account() const;
    std::optional<Company> company() const;
    QList<Affair> affairs(const QString& search = {}) const; // most recently updated first
    QList<Product> products(const QUuid& affairId, const QString& search = {}) const; // by reference
    QList<Product> searchProducts(const QString& search, int limit = 200) const; // in every affair
    QList<Document> documents(const QUuid& productId) const; // by kind, newest revision first
    QList<Task> tasks(const QUuid& productId) const; // priority first, then newest
    QList<MaintenanceNote> notes(const QUuid& productId) const; // newest execution first
    std::optional<Affair> affair(const QUuid& id) const;
    std::optional<Product> product(const QUuid& id) const;
    std::optional<Product> productByQrToken(const QString& token) const;
    std::optional<Document> document(const QUuid& id) const;
    std::optional<Task> task(const QUuid& id) const;
    std::optional<MaintenanceNote> note(const QUuid& id) const;

    // This thread's connection to the store (opened on first use).
    QSqlDatabase connection() const;
    // Runs `work` in one write transaction on this thread's connection; commits if it returns true.
    bool transaction(const std::function<bool(QSqlDatabase&)>& work);
    // The writes of upsert() and remove(), inside a caller's transaction.
    static bool upsertIn(QSqlDatabase& db, const Change::Data& entity);
    static bool removeIn(QSqlDatabase& db, Change::Entity entity, const QUuid& id);

    // An FTS5 query matching every word of `text` as a prefix, folded like the index.
    static QString matchQuery(const QString& text);

    // Where big writes run (a sync's pages): one long-lived thread, so one connection, opened once.
    QThreadPool& writers() { return m_writers; }

private:
    static bool upsertWith(StoreStatements& statements, const Change::Data& entity);
    static bool removeWith(StoreStatements& statements, Change::Entity entity, const QUuid& id);
    template <class T> QList<T> list(const QString& sql, const QVariantList& binds) const;
    template <class T> std::optional<T> one(const QString& table, const QUuid& id) const;

    QString m_path;
    QString m_prefix;
    QThreadPool m_writers;
};

} // namespace mycloud
