#include "Store.h"

#include "StoreSchema.h"
#include "domain/JsonCodec.h"
#include "domain/JsonFormat.h"
#include "domain/SearchText.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <unordered_map>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "mycloud.store")

namespace mycloud {

// The statements of one batch of writes, each prepared once: a page of the changes feed repeats
// the same few statements hundreds of times, and compiling them anew each time cost half its time.
class StoreStatements final
{
public:
    explicit StoreStatements(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    QSqlQuery* exec(const QString& sql, const QVariantList& binds)
    {
        auto it = m_cache.find(sql);
        if (it == m_cache.end()) {
            QSqlQuery prepared(m_db);
            if (!prepared.prepare(sql)) {
                qCWarning(lcStore) << sql.left(60) << prepared.lastError().text();
                return nullptr;
            }
            it = m_cache.emplace(sql, std::move(prepared)).first;
        }
        QSqlQuery& q = it->second;
        for (qsizetype i = 0; i < binds.size(); ++i)
            q.bindValue(int(i), binds.at(i));
        if (!q.exec()) {
            qCWarning(lcStore) << sql.left(60) << q.lastError().text();
            return nullptr;
        }
        return &q;
    }
    bool run(const QString& sql, const QVariantList& binds) { return exec(sql, binds) != nullptr; }

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, QSqlQuery> m_cache;
};

namespace {

QString id(const QUuid& uuid)
{
    return JsonFormat::formatUuid(uuid);
}

QString text(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds)
{
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (q.exec())
        return true;
    qCWarning(lcStore) << sql.left(60) << q.lastError().text();
    return false;
}

// Search rows: one per affair (affair_search) and per product (product_search), sharing the entity
// row's rowid, so that replacing or removing one is a rowid lookup: FTS5 cannot index the id
// column, and a scan per write made a first sync quadratic.
std::optional<qint64> rowidOf(StoreStatements& st, const QString& table, const QUuid& entityId)
{
    QSqlQuery* q = st.exec(u"SELECT rowid FROM "_s + table + u" WHERE id = ?"_s, {id(entityId)});
    if (!q || !q->next())
        return std::nullopt;
    const qint64 rowid = q->value(0).toLongLong();
    q->finish();
    return rowid;
}

QString searchTableOf(const QString& table)
{
    return table == u"products" ? u"product_search"_s : u"affair_search"_s;
}

// A product's affair as one search token ("a" and its 32 hex digits), for "within this affair".
QString affairToken(const QUuid& affairId)
{
    return u"a"_s + affairId.toString(QUuid::Id128);
}

bool index(StoreStatements& q, const QString& table, const QUuid& entityId, const QUuid& affairId,
           const QStringList& fields)
{
    const auto rowid = rowidOf(q, table, entityId);
    if (!rowid)
        return false;
    const QString search = searchTableOf(table);
    if (!q.run(u"DELETE FROM "_s + search + u" WHERE rowid = ?"_s, {*rowid}))
        return false;
    if (table == u"products")
        return q.run(u"INSERT INTO product_search (rowid, affair, text) VALUES (?, ?, ?)"_s,
                     {*rowid, affairToken(affairId), SearchText::fold(fields)});
    return q.run(u"INSERT INTO affair_search (rowid, text) VALUES (?, ?)"_s,
                 {*rowid, SearchText::fold(fields)});
}

bool unindex(StoreStatements& q, const QString& table, const QUuid& entityId)
{
    const auto rowid = rowidOf(q, table, entityId);
    return !rowid || q.run(u"DELETE FROM "_s + searchTableOf(table) + u" WHERE rowid = ?"_s, {*rowid});
}

class Transaction final
{
public:
    explicit Transaction(QSqlDatabase& db)
        : m_query(db)
    {
        m_active = m_query.exec(u"BEGIN IMMEDIATE"_s);
    }
    ~Transaction()
    {
        if (m_active)
            m_query.exec(u"ROLLBACK"_s);
    }
    bool isActive() const { return m_active; }
    bool commit()
    {
        m_active = false;
        return m_query.exec(u"COMMIT"_s) || (m_query.exec(u"ROLLBACK"_s), false);
    }

private:
    QSqlQuery m_query;
    bool m_active = false;
};

} // namespace

Store::Store(QString path)
    : m_path(std::move(path))
    , m_prefix(u"mycloud-store-"_s + QUuid::createUuid().toString(QUuid::Id128))
{
    // Threads that live as long as the store: their connections are opened once, not per task.
    m_writers.setMaxThreadCount(1);
    m_writers.setExpiryTimeout(-1);
}

Store::~Store()
{
    m_writers.waitForDone();
    // Connections of worker threads are only removed (not touched) from here; no handle remains.
    for (const QString& name : QSqlDatabase::connectionNames())
        if (name.startsWith(m_prefix))
            QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Store::connection() const
{
    // Named per thread *instance*: pool threads come and go and the system reuses their ids, and Qt
    // refuses a connection to any thread but the one that opened it.
    static thread_local const QString threadTag = QUuid::createUuid().toString(QUuid::Id128);
    const QString name = m_prefix + u'-' + threadTag;
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(u"PRAGMA journal_mode=WAL"_s);
        q.exec(u"PRAGMA synchronous=NORMAL"_s);
        // A checkpoint (and its fsync) every 32 MB of WAL rather than every 4 MB: a first sync writes
        // half a gigabyte.
        q.exec(u"PRAGMA wal_autocheckpoint=8192"_s);
    }
    return db;
}

Result<Store::Opened, QString> Store::open()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    Opened opened;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlDatabase db = connection();
        QSqlQuery q(db);
        // A file that is not a database, or whose schema cannot be read, fails here.
        const bool sane = db.isOpen() && q.exec(u"SELECT count(*) FROM sqlite_master"_s) && q.next();
        if (sane) {
            q.finish(); // an open read of the schema would lock the tables a migration drops
            if (const auto error = StoreSchema::migrate(db))
                return *error;
            return opened;
        }
        if (attempt == 1)
            return u"cannot create the offline store %1: %2"_s.arg(m_path, db.lastError().text());
        // Corrupt: keep the file for inspection, start empty; the next sync fills it again.
        const QString name = db.connectionName();
        db.close();
        q = QSqlQuery();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        opened.rebuilt = true;
        opened.movedAsideTo
            = m_path + u".corrupt-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
        qCWarning(lcStore) << "the offline store is damaged; moved aside to" << opened.movedAsideTo;
        QFile::remove(m_path + u"-wal"_s);
        QFile::remove(m_path + u"-shm"_s);
        if (!QFile::rename(m_path, opened.movedAsideTo))
            return u"the offline store %1 is damaged and cannot be moved aside"_s.arg(m_path);
    }
    return u"unreachable"_s;
}

QString Store::meta(const QString& key) const
{
    QSqlQuery q(connection());
    if (!run(q, u"SELECT value FROM meta WHERE key = ?"_s, {key}) || !q.next())
        return {};
    return q.value(0).toString();
}

bool Store::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(connection());
    return run(
        q,
        u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
        {key, value});
}

bool Store::upsertIn(QSqlDatabase& db, const Change::Data& entity)
{
    StoreStatements q(db);
    return upsertWith(q, entity);
}

bool Store::removeIn(QSqlDatabase& db, Change::Entity entity, const QUuid& entityId)
{
    StoreStatements q(db);
    return removeWith(q, entity, entityId);
}

bool Store::upsertWith(StoreStatements& q, const Change::Data& entity)
{
    return std::visit(
        [&](const auto& e) -> bool {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Account>) {
                return q.run(u"DELETE FROM account"_s, {})
                    && q.run(u"INSERT INTO account (id, json) VALUES (?, ?)"_s, {id(e.id), text(e.toJson())});
            } else if constexpr (std::is_same_v<T, Affair>) {
                // An upsert keeps the row's rowid, and so its search row's.
                return q.run(
                           u"INSERT INTO affairs (id, updated_at, json) VALUES (?, ?, ?) ON CONFLICT (id) DO "
                           u"UPDATE SET updated_at = excluded.updated_at, json = excluded.json"_s,
                           {id(e.id), JsonFormat::formatDateTime(e.updatedAt), text(e.toJson())})
                    && index(q, u"affairs"_s, e.id, e.id, {e.name, e.reference, e.client, e.site});
            } else if constexpr (std::is_same_v<T, Product>) {
                return q.run(u"INSERT INTO products (id, affair_id, reference, qr_token, json) VALUES (?, ?, "
                             u"?, ?, ?) "
                             u"ON CONFLICT (id) DO UPDATE SET affair_id = excluded.affair_id, reference = "
                             u"excluded.reference, qr_token = excluded.qr_token, json = excluded.json"_s,
                             {id(e.id), id(e.affairId), e.reference, e.qrToken, text(e.toJson())})
                    && index(q, u"products"_s, e.id, e.affairId, {e.name, e.reference, e.serialNumber});
            } else if constexpr (std::is_same_v<T, Document>) {
                return q.run(
                    u"INSERT OR REPLACE INTO documents (id, product_id, kind, revision, created_at, json) "
                    u"VALUES (?, ?, ?, ?, ?, ?)"_s,
                    {id(e.id), id(e.productId), documentKindToString(e.kind), e.revision,
                     JsonFormat::formatDateTime(e.createdAt), text(e.toJson())});
            } else if constexpr (std::is_same_v<T, Task>) {
                return q.run(u"INSERT OR REPLACE INTO tasks (id, product_id, priority, created_at, json) "
                             u"VALUES (?, ?, ?, ?, ?)"_s,
                             {id(e.id), id(e.productId), e.priority ? 1 : 0,
                              JsonFormat::formatDateTime(e.createdAt), text(e.toJson())});
            } else {
                return q.run(u"INSERT OR REPLACE INTO notes (id, product_id, performed_at, created_at, json) "
                             u"VALUES (?, ?, ?, ?, ?)"_s,
                             {id(e.id), id(e.productId), JsonFormat::formatDate(e.performedAt),
                              JsonFormat::formatDateTime(e.createdAt), text(e.toJson())});
            }
        },
        entity);
}

bool Store::removeWith(StoreStatements& q, Change::Entity entity, const QUuid& entityId)
{
    switch (entity) {
    case Change::Entity::Account: return q.run(u"DELETE FROM account WHERE id = ?"_s, {id(entityId)});
    case Change::Entity::Affair:
        return unindex(q, u"affairs"_s, entityId)
            && q.run(u"DELETE FROM affairs WHERE id = ?"_s, {id(entityId)});
    case Change::Entity::Product:
        return unindex(q, u"products"_s, entityId)
            && q.run(u"DELETE FROM products WHERE id = ?"_s, {id(entityId)});
    case Change::Entity::Document: return q.run(u"DELETE FROM documents WHERE id = ?"_s, {id(entityId)});
    case Change::Entity::Task: return q.run(u"DELETE FROM tasks WHERE id = ?"_s, {id(entityId)});
    case Change::Entity::Note: return q.run(u"DELETE FROM notes WHERE id = ?"_s, {id(entityId)});
    }
    return false;
}

Result<int, QString> Store::apply(const QList<ChangePage>& pages)
{
    QSqlDatabase db = connection();
    Transaction tx(db);
    if (!tx.isActive())
        return db.lastError().text();
    StoreStatements statements(db);
    int count = 0;
    for (const ChangePage& page : pages) {
        for (const Change& change : page.items) {
            const bool ok = change.op == Change::Op::Upsert && change.data
                ? upsertWith(statements, *change.data)
                : removeWith(statements, change.entity, change.id);
            if (!ok)
                return u"cannot store change %1"_s.arg(change.seq);
        }
        count += int(page.items.size());
    }
    if (pages.isEmpty())
        return count;
    if (!statements.run(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s,
                        {QString::fromLatin1(kCursor), pages.last().cursor})
        || !tx.commit())
        return db.lastError().text();
    return count;
}

bool Store::transaction(const std::function<bool(QSqlDatabase&)>& work)
{
    QSqlDatabase db = connection();
    Transaction tx(db);
    return tx.isActive() && work(db) && tx.commit();
}

bool Store::upsert(const Change::Data& entity)
{
    return transaction([&](QSqlDatabase& db) { return upsertIn(db, entity); });
}

bool Store::remove(Change::Entity entity, const QUuid& entityId)
{
    return transaction([&](QSqlDatabase& db) { return removeIn(db, entity, entityId); });
}

bool Store::setCompany(const Company& company)
{
    QSqlQuery q(connection());
    return run(q, u"INSERT OR REPLACE INTO company (id, json) VALUES (1, ?)"_s, {text(company.toJson())});
}

bool Store::clearMirror()
{
    QSqlDatabase db = connection();
    Transaction tx(db);
    QSqlQuery q(db);
    for (const QString& table : {u"account"_s, u"affairs"_s, u"products"_s, u"documents"_s, u"tasks"_s,
                                 u"notes"_s, u"affair_search"_s, u"product_search"_s}) {
        if (!run(q, u"DELETE FROM "_s + table, {}))
            return false;
    }
    return run(q, u"DELETE FROM meta WHERE key = ?"_s, {QString::fromLatin1(kCursor)}) && tx.commit();
}

template <class T> QList<T> Store::list(const QString& sql, const QVariantList& binds) const
{
    QList<T> items;
    QSqlQuery q(connection());
    if (!run(q, sql, binds))
        return items;
    while (q.next()) {
        auto value = JsonCodec::decode<T>(q.value(0).toString().toUtf8());
        if (value)
            items.append(std::move(value).value());
        else
            qCWarning(lcStore) << "skipping an unreadable row:" << value.error().message();
    }
    return items;
}

template <class T> std::optional<T> Store::one(const QString& table, const QUuid& entityId) const
{
    const QList<T> found = list<T>(u"SELECT json FROM "_s + table + u" WHERE id = ?"_s, {id(entityId)});
    return found.isEmpty() ? std::nullopt : std::optional<T>(found.first());
}

QString Store::matchQuery(const QString& text)
{
    QStringList terms;
    for (const QString& word : SearchText::fold(text).split(u' ', Qt::SkipEmptyParts)) {
        QString quoted = word;
        quoted.replace(u'"', u"\"\""_s);
        terms << u'"' + quoted + u"\"*"_s;
    }
    return terms.join(u' ');
}

std::optional<Account> Store::account() const
{
    const QList<Account> found = list<Account>(u"SELECT json FROM account"_s, {});
    return found.isEmpty() ? std::nullopt : std::optional<Account>(found.first());
}

std::optional<Company> Store::company() const
{
    const QList<Company> found = list<Company>(u"SELECT json FROM company"_s, {});
    return found.isEmpty() ? std::nullopt : std::optional<Company>(found.first());
}

QList<Affair> Store::affairs(const QString& search) const
{
    const QString match = matchQuery(search);
    if (match.isEmpty())
        return list<Affair>(u"SELECT json FROM affairs ORDER BY updated_at DESC, id DESC"_s, {});
    return list<Affair>(u"SELECT a.json FROM affair_search s JOIN affairs a ON a.rowid = s.rowid "
                        u"WHERE affair_search MATCH ? ORDER BY a.updated_at DESC, a.id DESC"_s,
                        {match});
}

QList<Product> Store::products(const QUuid& affairId, const QString& search) const
{
    const QString match = matchQuery(search);
    if (match.isEmpty())
        return list<Product>(u"SELECT json FROM products WHERE affair_id = ? ORDER BY reference, id"_s,
                             {id(affairId)});
    // Both conditions in the index: FTS5 intersects the affair's few rows with the words' matches.
    return list<Product>(u"SELECT p.json FROM product_search s JOIN products p ON p.rowid = s.rowid "
                         u"WHERE product_search MATCH ? ORDER BY p.reference, p.id"_s,
                         {u"affair : \"%1\" AND text : (%2)"_s.arg(affairToken(affairId), match)});
}

QList<Product> Store::searchProducts(const QString& search, int limit) const
{
    const QString match = matchQuery(search);
    if (match.isEmpty())
        return {};
    // The first `limit` matches as the index yields them, sorted here: ranking or sorting every match
    // of a one-letter prefix (100,000 products) would cost a keystroke 80 ms.
    QList<Product> found
        = list<Product>(u"SELECT p.json FROM product_search s JOIN products p ON p.rowid = s.rowid "
                        u"WHERE product_search MATCH ? LIMIT ?"_s,
                        {u"text : (%1)"_s.arg(match), limit});
    std::sort(found.begin(), found.end(),
              [](const Product& a, const Product& b) { return a.reference < b.reference; });
    return found;
}

QList<Document> Store::documents(const QUuid& productId) const
{
    return list<Document>(
        u"SELECT json FROM documents WHERE product_id = ? ORDER BY kind, revision DESC, created_at DESC"_s,
        {id(productId)});
}

QList<Task> Store::tasks(const QUuid& productId) const
{
    return list<Task>(
        u"SELECT json FROM tasks WHERE product_id = ? ORDER BY priority DESC, created_at DESC, id"_s,
        {id(productId)});
}

QList<MaintenanceNote> Store::notes(const QUuid& productId) const
{
    return list<MaintenanceNote>(
        u"SELECT json FROM notes WHERE product_id = ? ORDER BY performed_at DESC, created_at DESC, id"_s,
        {id(productId)});
}

std::optional<Affair> Store::affair(const QUuid& entityId) const
{
    return one<Affair>(u"affairs"_s, entityId);
}

std::optional<Product> Store::product(const QUuid& entityId) const
{
    return one<Product>(u"products"_s, entityId);
}

std::optional<Product> Store::productByQrToken(const QString& token) const
{
    const QList<Product> found = list<Product>(u"SELECT json FROM products WHERE qr_token = ?"_s, {token});
    return found.isEmpty() ? std::nullopt : std::optional<Product>(found.first());
}

std::optional<Document> Store::document(const QUuid& entityId) const
{
    return one<Document>(u"documents"_s, entityId);
}

std::optional<Task> Store::task(const QUuid& entityId) const
{
    return one<Task>(u"tasks"_s, entityId);
}

std::optional<MaintenanceNote> Store::note(const QUuid& entityId) const
{
    return one<MaintenanceNote>(u"notes"_s, entityId);
}

} // namespace mycloud
