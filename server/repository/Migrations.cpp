#include "Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

// Timestamps are stored as fixed-width UTC text (yyyy-MM-ddTHH:mm:ss.zzzZ) so that text order is
// time order in both databases. Booleans are 0/1 integers.
const char* const kMigrations[] = {
    // 1: customers, sessions, B2EI company, affairs, products, documents, tasks, notes, changes feed.
    R"SQL(
CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    name TEXT NOT NULL,
    company TEXT NOT NULL,
    address TEXT NOT NULL,
    phone TEXT NOT NULL,
    remote_consultation INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    version BIGINT NOT NULL
);
CREATE UNIQUE INDEX customers_email ON customers (email);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_customer ON sessions (customer_id);
CREATE TABLE company (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    website TEXT NOT NULL,
    latitude DOUBLE PRECISION NOT NULL,
    longitude DOUBLE PRECISION NOT NULL
);
CREATE TABLE affairs (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    reference TEXT NOT NULL,
    name TEXT NOT NULL,
    client TEXT NOT NULL,
    site TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    contact_phone TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    remote_consultation INTEGER NOT NULL,
    lock_hash TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX affairs_customer ON affairs (customer_id, updated_at, id);
CREATE TABLE products (
    id TEXT PRIMARY KEY,
    affair_id TEXT NOT NULL REFERENCES affairs (id) ON DELETE CASCADE,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    reference TEXT NOT NULL,
    name TEXT NOT NULL,
    serial_number TEXT NOT NULL,
    description TEXT NOT NULL,
    manufactured_on TEXT,
    qr_token TEXT NOT NULL,
    remote_consultation INTEGER NOT NULL,
    lock_hash TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version BIGINT NOT NULL
);
CREATE UNIQUE INDEX products_qr_token ON products (qr_token);
CREATE INDEX products_affair ON products (affair_id, reference, id);
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    product_id TEXT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('photo', 'schematic', 'quality', 'misc')),
    title TEXT NOT NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    revision BIGINT NOT NULL,
    valid INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX documents_product ON documents (product_id, kind, revision);
CREATE TABLE tasks (
    id TEXT PRIMARY KEY,
    product_id TEXT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    priority INTEGER NOT NULL,
    requester_company TEXT NOT NULL,
    requester_last_name TEXT NOT NULL,
    requester_first_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX tasks_product ON tasks (product_id);
CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    product_id TEXT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    task_id TEXT,
    requester_company TEXT NOT NULL,
    requester_last_name TEXT NOT NULL,
    requester_first_name TEXT NOT NULL,
    performer_company TEXT NOT NULL,
    performer_last_name TEXT NOT NULL,
    performer_first_name TEXT NOT NULL,
    requested_at TEXT,
    performed_at TEXT NOT NULL,
    task_description TEXT NOT NULL,
    work_done TEXT NOT NULL,
    comment TEXT NOT NULL,
    created_at TEXT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX notes_product ON notes (product_id, performed_at);
CREATE TABLE changes (
    seq {{SERIAL_PRIMARY_KEY}},
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL
);
CREATE INDEX changes_customer ON changes (customer_id, seq);
CREATE UNIQUE INDEX changes_entity ON changes (customer_id, entity, entity_id);
)SQL",
    // 2: password-reset codes, QR unlock cookies, DOE exports; accent-free search text (filled by
    // the server from SearchText::fold, as SQL cannot fold accents the same way in both databases).
    R"SQL(
CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    expires_at TEXT NOT NULL,
    used INTEGER NOT NULL
);
CREATE INDEX password_resets_customer ON password_resets (customer_id);
CREATE TABLE qr_unlocks (
    cookie_hash TEXT PRIMARY KEY,
    product_id TEXT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    expires_at TEXT NOT NULL
);
CREATE TABLE doe_exports (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    affair_id TEXT NOT NULL REFERENCES affairs (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    delivery TEXT NOT NULL,
    file_count BIGINT NOT NULL,
    size BIGINT NOT NULL,
    document_ids TEXT NOT NULL,
    link_token_hash TEXT,
    zip_sha256 TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX doe_exports_customer ON doe_exports (customer_id);
ALTER TABLE affairs ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
)SQL",
};

QString render(const char* script, Migrations::Dialect dialect)
{
    QString sql = QString::fromUtf8(script);
    sql.replace(u"{{SERIAL_PRIMARY_KEY}}"_s,
                dialect == Migrations::Dialect::Sqlite ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s
                                                       : u"BIGSERIAL PRIMARY KEY"_s);
    return sql;
}

} // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(std::size(kMigrations));
}

std::optional<QString> Migrations::apply(QSqlDatabase& db, Dialect dialect)
{
    QSqlQuery q(db);
    if (!q.exec(
            u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"_s))
        return q.lastError().text();
    if (!q.exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s) || !q.next())
        return q.lastError().text();
    const int current = q.value(0).toInt();
    if (current > latestVersion())
        return QStringLiteral("the database schema (version %1) is newer than this server (%2)")
            .arg(current)
            .arg(latestVersion());

    for (int version = current + 1; version <= latestVersion(); ++version) {
        if (!db.transaction())
            return db.lastError().text();
        const QStringList statements
            = render(kMigrations[version - 1], dialect).split(u';', Qt::SkipEmptyParts);
        for (const QString& statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!q.exec(statement)) {
                const QString error
                    = QStringLiteral("migration %1 failed: %2").arg(version).arg(q.lastError().text());
                db.rollback();
                return error;
            }
        }
        q.prepare(u"INSERT INTO schema_migrations (version, applied_at) VALUES (?, CURRENT_TIMESTAMP)"_s);
        q.addBindValue(version);
        if (!q.exec() || !db.commit()) {
            db.rollback();
            return q.lastError().text();
        }
    }
    return std::nullopt;
}

} // namespace mycloud::server
