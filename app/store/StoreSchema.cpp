#include "StoreSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

const char* const kMigrations[] = {
    // 1: the mirror, the search index, the outbox and conflicts.
    R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE account (id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE company (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL);
CREATE TABLE affairs (
    id TEXT PRIMARY KEY, updated_at TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE products (
    id TEXT PRIMARY KEY, affair_id TEXT NOT NULL, reference TEXT NOT NULL, qr_token TEXT NOT NULL,
    json TEXT NOT NULL);
CREATE INDEX products_affair ON products (affair_id, reference);
CREATE INDEX products_qr_token ON products (qr_token);
CREATE TABLE documents (
    id TEXT PRIMARY KEY, product_id TEXT NOT NULL, kind TEXT NOT NULL, revision INTEGER NOT NULL,
    created_at TEXT NOT NULL, json TEXT NOT NULL);
CREATE INDEX documents_product ON documents (product_id, kind, revision);
CREATE TABLE tasks (
    id TEXT PRIMARY KEY, product_id TEXT NOT NULL, priority INTEGER NOT NULL, created_at TEXT NOT NULL,
    json TEXT NOT NULL);
CREATE INDEX tasks_product ON tasks (product_id);
CREATE TABLE notes (
    id TEXT PRIMARY KEY, product_id TEXT NOT NULL, performed_at TEXT NOT NULL, created_at TEXT NOT NULL,
    json TEXT NOT NULL);
CREATE INDEX notes_product ON notes (product_id);
CREATE VIRTUAL TABLE search USING fts5(
    entity UNINDEXED, id UNINDEXED, affair_id UNINDEXED, text,
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, target TEXT NOT NULL,
    payload TEXT NOT NULL, created_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '');
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, target TEXT NOT NULL,
    local TEXT NOT NULL, server TEXT NOT NULL, message TEXT NOT NULL, created_at TEXT NOT NULL);
)SQL",
    // 2: one search index per entity, so that an affair search never reads the product matches
    // (100,000 of them for "a"), and products carry their affair as a token to search within it. The
    // cursor goes: the next sync is a full one, which fills the new indexes.
    R"SQL(
DROP TABLE search;
CREATE VIRTUAL TABLE affair_search USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE product_search USING fts5(affair, text, tokenize = 'unicode61 remove_diacritics 2');
DELETE FROM meta WHERE key = 'changes.cursor';
)SQL",
};

} // namespace

int StoreSchema::latestVersion()
{
    return int(std::size(kMigrations));
}

std::optional<QString> StoreSchema::migrate(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return q.lastError().text();
    const int current = q.value(0).toInt();
    if (current > latestVersion())
        return u"the offline store (version %1) is newer than this application (%2)"_s.arg(current).arg(
            latestVersion());
    for (int version = current + 1; version <= latestVersion(); ++version) {
        if (!q.exec(u"BEGIN IMMEDIATE"_s))
            return q.lastError().text();
        for (const QString& statement :
             QString::fromUtf8(kMigrations[version - 1]).split(u';', Qt::SkipEmptyParts)) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!q.exec(statement)) {
                const QString error
                    = u"store migration %1 failed: %2"_s.arg(version).arg(q.lastError().text());
                q.exec(u"ROLLBACK"_s);
                return error;
            }
        }
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(version)) || !q.exec(u"COMMIT"_s)) {
            const QString error = q.lastError().text();
            q.exec(u"ROLLBACK"_s);
            return error;
        }
    }
    return std::nullopt;
}

} // namespace mycloud
