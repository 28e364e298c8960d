#include "CatalogRepository.h"

#include "ByIds.h"
#include "ChangeLog.h"
#include "Database.h"
#include "PageCursor.h"
#include "PageQuery.h"
#include "SqlValues.h"
#include "WriteTransaction.h"
#include "domain/SearchText.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

using Key = PageCursor::Key;

const QString kAffairColumns
    = u"a.id, a.reference, a.name, a.client, a.site, a.contact_name, a.contact_phone, "
      u"a.contact_email, a.remote_consultation, a.lock_hash IS NOT NULL, a.created_at, "
      u"a.updated_at, a.version, "
      u"(SELECT COUNT(*) FROM products p WHERE p.affair_id = a.id)"_s;
const QString kProductColumns
    = u"id, affair_id, reference, name, serial_number, description, manufactured_on, "
      u"qr_token, remote_consultation, lock_hash IS NOT NULL, created_at, updated_at, "
      u"version"_s;
const QString kDocumentColumns
    = u"id, product_id, kind, title, file_name, mime_type, size, sha256, revision, "
      u"valid, created_at, version"_s;

// A LIKE pattern matching the folded search text anywhere; %, _ and \ typed by the user are literal.
QString likePattern(const QString& search)
{
    QString escaped = SearchText::fold(search);
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s + escaped + u"%"_s;
}

} // namespace

CatalogRepository::CatalogRepository(Database& db)
    : m_db(db)
{ }

Affair CatalogRepository::affairFromRow(const QSqlQuery& q)
{
    Affair a;
    a.id = SqlValues::uuid(q.value(0));
    a.reference = q.value(1).toString();
    a.name = q.value(2).toString();
    a.client = q.value(3).toString();
    a.site = q.value(4).toString();
    a.contact = {q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
    a.remoteConsultation = q.value(8).toBool();
    a.locked = q.value(9).toBool();
    a.createdAt = SqlValues::time(q.value(10));
    a.updatedAt = SqlValues::time(q.value(11));
    a.version = q.value(12).toLongLong();
    a.productCount = q.value(13).toLongLong();
    return a;
}

Product CatalogRepository::productFromRow(const QSqlQuery& q)
{
    Product p;
    p.id = SqlValues::uuid(q.value(0));
    p.affairId = SqlValues::uuid(q.value(1));
    p.reference = q.value(2).toString();
    p.name = q.value(3).toString();
    p.serialNumber = q.value(4).toString();
    p.description = q.value(5).toString();
    if (!q.value(6).isNull())
        p.manufacturedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    p.qrToken = q.value(7).toString();
    p.remoteConsultation = q.value(8).toBool();
    p.locked = q.value(9).toBool();
    p.createdAt = SqlValues::time(q.value(10));
    p.updatedAt = SqlValues::time(q.value(11));
    p.version = q.value(12).toLongLong();
    return p;
}

Document CatalogRepository::documentFromRow(const QSqlQuery& q)
{
    Document d;
    d.id = SqlValues::uuid(q.value(0));
    d.productId = SqlValues::uuid(q.value(1));
    d.kind = documentKindFromString(q.value(2).toString()).value_or(DocumentKind::Misc);
    d.title = q.value(3).toString();
    d.fileName = q.value(4).toString();
    d.mimeType = q.value(5).toString();
    d.size = q.value(6).toLongLong();
    d.sha256 = q.value(7).toString();
    d.revision = q.value(8).toLongLong();
    d.valid = q.value(9).toBool();
    d.createdAt = SqlValues::time(q.value(10));
    d.version = q.value(11).toLongLong();
    return d;
}

std::optional<Page<Affair>> CatalogRepository::affairs(const QUuid& customer, const PageRequest& page) const
{
    // Most recently updated first; ties broken by id.
    const QString scope = u"affairs?q="_s + page.search;
    QString sql = u"SELECT "_s + kAffairColumns + u" FROM affairs a WHERE a.customer_id = ?"_s;
    QVariantList binds{SqlValues::uuid(customer)};
    if (!page.search.isEmpty()) {
        sql += u" AND a.search_text LIKE ? ESCAPE '\\'"_s;
        binds << likePattern(page.search);
    }
    if (!page.cursor.isEmpty()) {
        const auto keys = PageCursor::decode(page.cursor, scope, {Key::Time, Key::Uuid});
        if (!keys)
            return std::nullopt;
        sql += u" AND (a.updated_at < ? OR (a.updated_at = ? AND a.id < ?))"_s;
        binds << keys->at(0) << keys->at(0) << keys->at(1);
    }
    sql += u" ORDER BY a.updated_at DESC, a.id DESC LIMIT ?"_s;
    binds << page.limit + 1;
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    SqlValues::bind(q, binds);
    return PageQuery::run<Affair>(q, scope, page.limit, &affairFromRow, [](const Affair& a) {
        return QStringList{SqlValues::time(a.updatedAt), SqlValues::uuid(a.id)};
    });
}

std::optional<Page<Product>> CatalogRepository::products(const QUuid& customer, const QUuid& affairId,
                                                         const PageRequest& page) const
{
    const QString scope = u"products/"_s + SqlValues::uuid(affairId) + u"?q="_s + page.search;
    QString sql
        = u"SELECT "_s + kProductColumns + u" FROM products WHERE customer_id = ? AND affair_id = ?"_s;
    QVariantList binds{SqlValues::uuid(customer), SqlValues::uuid(affairId)};
    if (!page.search.isEmpty()) {
        sql += u" AND search_text LIKE ? ESCAPE '\\'"_s;
        binds << likePattern(page.search);
    }
    if (!page.cursor.isEmpty()) {
        const auto keys = PageCursor::decode(page.cursor, scope, {Key::Text, Key::Uuid});
        if (!keys)
            return std::nullopt;
        sql += u" AND (reference > ? OR (reference = ? AND id > ?))"_s;
        binds << keys->at(0) << keys->at(0) << keys->at(1);
    }
    sql += u" ORDER BY reference, id LIMIT ?"_s;
    binds << page.limit + 1;
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    SqlValues::bind(q, binds);
    return PageQuery::run<Product>(q, scope, page.limit, &productFromRow, [](const Product& p) {
        return QStringList{p.reference, SqlValues::uuid(p.id)};
    });
}

std::optional<Page<Document>> CatalogRepository::documents(const QUuid& customer, const QUuid& productId,
                                                           std::optional<DocumentKind> kind,
                                                           const PageRequest& page) const
{
    // By kind, newest revision first, then newest upload.
    const QString scope = u"documents/"_s + SqlValues::uuid(productId) + u"?kind="_s
        + (kind ? documentKindToString(*kind) : QString());
    QString sql
        = u"SELECT "_s + kDocumentColumns + u" FROM documents WHERE customer_id = ? AND product_id = ?"_s;
    QVariantList binds{SqlValues::uuid(customer), SqlValues::uuid(productId)};
    if (kind) {
        sql += u" AND kind = ?"_s;
        binds << documentKindToString(*kind);
    }
    if (!page.cursor.isEmpty()) {
        const auto keys = PageCursor::decode(page.cursor, scope, {Key::Text, Key::Integer, Key::Uuid});
        if (!keys)
            return std::nullopt;
        const qlonglong revision = keys->at(1).toLongLong();
        sql += u" AND (kind > ? OR (kind = ? AND (revision < ? OR (revision = ? AND id > ?))))"_s;
        binds << keys->at(0) << keys->at(0) << revision << revision << keys->at(2);
    }
    sql += u" ORDER BY kind, revision DESC, id LIMIT ?"_s;
    binds << page.limit + 1;
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    SqlValues::bind(q, binds);
    return PageQuery::run<Document>(q, scope, page.limit, &documentFromRow, [](const Document& d) {
        return QStringList{documentKindToString(d.kind), QString::number(d.revision), SqlValues::uuid(d.id)};
    });
}

std::optional<Affair> CatalogRepository::affair(const QUuid& customer, const QUuid& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + kAffairColumns + u" FROM affairs a WHERE a.customer_id = ? AND a.id = ?"_s);
    SqlValues::bind(q, {SqlValues::uuid(customer), SqlValues::uuid(id)});
    if (!q.exec() || !q.next())
        return std::nullopt;
    return affairFromRow(q);
}

std::optional<Product> CatalogRepository::product(const QUuid& customer, const QUuid& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + kProductColumns + u" FROM products WHERE customer_id = ? AND id = ?"_s);
    SqlValues::bind(q, {SqlValues::uuid(customer), SqlValues::uuid(id)});
    if (!q.exec() || !q.next())
        return std::nullopt;
    return productFromRow(q);
}

std::optional<Document> CatalogRepository::document(const QUuid& customer, const QUuid& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + kDocumentColumns + u" FROM documents WHERE customer_id = ? AND id = ?"_s);
    SqlValues::bind(q, {SqlValues::uuid(customer), SqlValues::uuid(id)});
    if (!q.exec() || !q.next())
        return std::nullopt;
    return documentFromRow(q);
}

QList<Affair> CatalogRepository::affairs(const QUuid& customer, const QList<QUuid>& ids) const
{
    return loadByIds<Affair>(m_db.connection(),
                             u"SELECT "_s + kAffairColumns
                                 + u" FROM affairs a WHERE a.customer_id = ? AND a.id"_s,
                             customer, ids, &affairFromRow);
}

QList<Product> CatalogRepository::products(const QUuid& customer, const QList<QUuid>& ids) const
{
    return loadByIds<Product>(
        m_db.connection(), u"SELECT "_s + kProductColumns + u" FROM products WHERE customer_id = ? AND id"_s,
        customer, ids, &productFromRow);
}

QList<Document> CatalogRepository::documents(const QUuid& customer, const QList<QUuid>& ids) const
{
    return loadByIds<Document>(m_db.connection(),
                               u"SELECT "_s + kDocumentColumns
                                   + u" FROM documents WHERE customer_id = ? AND id"_s,
                               customer, ids, &documentFromRow);
}

std::optional<QUuid> CatalogRepository::affairOwner(const QUuid& affairId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT customer_id FROM affairs WHERE id = ?"_s);
    q.addBindValue(SqlValues::uuid(affairId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return SqlValues::uuid(q.value(0));
}

std::optional<QUuid> CatalogRepository::productOwner(const QUuid& productId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT customer_id FROM products WHERE id = ?"_s);
    q.addBindValue(SqlValues::uuid(productId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return SqlValues::uuid(q.value(0));
}

std::optional<Product> CatalogRepository::productByQrToken(const QUuid& customer, const QString& token) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + kProductColumns + u" FROM products WHERE customer_id = ? AND qr_token = ?"_s);
    SqlValues::bind(q, {SqlValues::uuid(customer), token});
    if (!q.exec() || !q.next())
        return std::nullopt;
    return productFromRow(q);
}

std::optional<CatalogRepository::QrAccess> CatalogRepository::qrAccess(const QString& token) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT p.customer_id, p.id, p.affair_id, c.remote_consultation, a.remote_consultation, "
              u"p.remote_consultation, a.lock_hash, p.lock_hash FROM products p "
              u"JOIN affairs a ON a.id = p.affair_id JOIN customers c ON c.id = p.customer_id "
              u"WHERE p.qr_token = ?"_s);
    q.addBindValue(token);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return QrAccess{SqlValues::uuid(q.value(0)), SqlValues::uuid(q.value(1)), SqlValues::uuid(q.value(2)),
                    q.value(3).toBool(),         q.value(4).toBool(),         q.value(5).toBool(),
                    q.value(6).toString(),       q.value(7).toString()};
}

WriteOutcome CatalogRepository::setRemoteConsultation(Level level, const QUuid& customer, const QUuid& id,
                                                      bool enabled, ExpectedVersion expected)
{
    return update(level, customer, id, expected, u"remote_consultation = ?"_s, SqlValues::flag(enabled),
                  [enabled](bool remote, const QString&) { return remote == enabled; });
}

WriteOutcome CatalogRepository::setLock(Level level, const QUuid& customer, const QUuid& id,
                                        const std::optional<QString>& lockHash, ExpectedVersion expected)
{
    // Locking again replaces the password, so only an unlock of an unlocked object is a no-op.
    return update(level, customer, id, expected, u"lock_hash = ?"_s,
                  lockHash ? QVariant(*lockHash) : QVariant(QMetaType::fromType<QString>()),
                  [unlock = !lockHash](bool, const QString& current) { return unlock && current.isEmpty(); });
}

WriteOutcome CatalogRepository::update(Level level, const QUuid& customer, const QUuid& id,
                                       ExpectedVersion expected, const QString& assignment,
                                       const QVariant& value,
                                       const std::function<bool(bool, const QString&)>& unchanged)
{
    const QString table = level == Level::Affair ? u"affairs"_s : u"products"_s;
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return WriteOutcome::Failed;
    QSqlQuery q(tx.connection());
    q.prepare(u"SELECT version, remote_consultation, lock_hash FROM "_s + table
              + u" WHERE customer_id = ? AND id = ?"_s);
    SqlValues::bind(q, {SqlValues::uuid(customer), SqlValues::uuid(id)});
    if (!q.exec())
        return WriteOutcome::Failed;
    if (!q.next())
        return WriteOutcome::NotFound;
    if (expected && *expected != q.value(0).toLongLong())
        return WriteOutcome::Stale;
    if (unchanged(q.value(1).toBool(), q.value(2).toString()))
        return WriteOutcome::Done;
    q.prepare(u"UPDATE "_s + table + u" SET "_s + assignment
              + u", updated_at = ?, version = version + 1 WHERE id = ?"_s);
    SqlValues::bind(q, {value, SqlValues::time(SqlValues::now()), SqlValues::uuid(id)});
    const QString entity = level == Level::Affair ? u"affair"_s : u"product"_s;
    if (!q.exec() || !ChangeLog::record(tx.connection(), customer, entity, id, ChangeLog::Op::Upsert)) {
        qCWarning(lcDatabase) << "update" << table << q.lastError().text();
        return WriteOutcome::Failed;
    }
    return tx.commit() ? WriteOutcome::Done : WriteOutcome::Failed;
}

bool CatalogRepository::insertRecorded(const QString& sql, const QVariantList& values, const QUuid& customer,
                                       const QString& entity, const QUuid& id)
{
    WriteTransaction tx(m_db);
    QSqlQuery q(tx.connection());
    q.prepare(sql);
    SqlValues::bind(q, values);
    if (!tx.isActive() || !q.exec()) {
        qCWarning(lcDatabase) << "insert" << entity << q.lastError().text();
        return false;
    }
    return ChangeLog::record(tx.connection(), customer, entity, id, ChangeLog::Op::Upsert) && tx.commit();
}

bool CatalogRepository::insertAffair(const QUuid& customer, const Affair& a)
{
    return insertRecorded(
        u"INSERT INTO affairs (id, customer_id, reference, name, client, site, contact_name, contact_phone, "
        u"contact_email, remote_consultation, lock_hash, created_at, updated_at, version, search_text) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)"_s,
        {SqlValues::uuid(a.id), SqlValues::uuid(customer), a.reference, a.name, a.client, a.site,
         a.contact.name, a.contact.phone, a.contact.email, SqlValues::flag(a.remoteConsultation),
         SqlValues::time(a.createdAt), SqlValues::time(a.updatedAt), a.version,
         SearchText::fold({a.name, a.reference, a.client, a.site})},
        customer, u"affair"_s, a.id);
}

bool CatalogRepository::insertProduct(const QUuid& customer, const Product& p)
{
    return insertRecorded(
        u"INSERT INTO products (id, affair_id, customer_id, reference, name, serial_number, description, "
        u"manufactured_on, qr_token, remote_consultation, lock_hash, created_at, updated_at, version, "
        u"search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)"_s,
        {SqlValues::uuid(p.id), SqlValues::uuid(p.affairId), SqlValues::uuid(customer), p.reference, p.name,
         p.serialNumber, p.description, SqlValues::date(p.manufacturedOn), p.qrToken,
         SqlValues::flag(p.remoteConsultation), SqlValues::time(p.createdAt), SqlValues::time(p.updatedAt),
         p.version, SearchText::fold({p.name, p.reference, p.serialNumber})},
        customer, u"product"_s, p.id);
}

bool CatalogRepository::insertDocument(const QUuid& customer, const Document& d)
{
    return insertRecorded(
        u"INSERT INTO documents (id, product_id, customer_id, kind, title, file_name, mime_type, size, "
        u"sha256, revision, valid, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {SqlValues::uuid(d.id), SqlValues::uuid(d.productId), SqlValues::uuid(customer),
         documentKindToString(d.kind), d.title, d.fileName, d.mimeType, d.size, d.sha256, d.revision,
         SqlValues::flag(d.valid), SqlValues::time(d.createdAt), d.version},
        customer, u"document"_s, d.id);
}

} // namespace mycloud::server
