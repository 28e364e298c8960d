#include "DoeRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

const QString kColumns
    = u"id, affair_id, status, delivery, file_count, size, created_at, expires_at, customer_id, document_ids, zip_sha256"_s;

DoeRepository::Job jobFromRow(const QSqlQuery& q)
{
    DoeRepository::Job job;
    DoeExport& e = job.exported;
    e.id = SqlValues::uuid(q.value(0));
    e.affairId = SqlValues::uuid(q.value(1));
    e.status = DoeExport::statusFromString(q.value(2).toString()).value_or(DoeExport::Status::Failed);
    e.delivery = DoeExport::deliveryFromString(q.value(3).toString()).value_or(DoeExport::Delivery::Download);
    e.fileCount = q.value(4).toLongLong();
    e.size = q.value(5).toLongLong();
    e.createdAt = SqlValues::time(q.value(6));
    e.expiresAt = SqlValues::time(q.value(7));
    job.customerId = SqlValues::uuid(q.value(8));
    for (const QString& id : q.value(9).toString().split(u' ', Qt::SkipEmptyParts))
        job.documentIds.append(QUuid::fromString(id));
    job.zipSha256 = q.value(10).toString();
    return job;
}

} // namespace

DoeRepository::DoeRepository(Database& db)
    : m_db(db)
{ }

bool DoeRepository::insert(const QUuid& customer, const DoeExport& e, const QList<QUuid>& documentIds)
{
    QStringList ids;
    ids.reserve(documentIds.size());
    for (const QUuid& id : documentIds)
        ids.append(SqlValues::uuid(id));
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO doe_exports ("_s + kColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)"_s);
    SqlValues::bind(q,
                    {SqlValues::uuid(e.id), SqlValues::uuid(e.affairId), DoeExport::statusToString(e.status),
                     DoeExport::deliveryToString(e.delivery), e.fileCount, e.size,
                     SqlValues::time(e.createdAt), SqlValues::time(e.expiresAt), SqlValues::uuid(customer),
                     ids.join(u' ')});
    return q.exec();
}

std::optional<DoeRepository::Job> DoeRepository::get(const QUuid& customer, const QUuid& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + kColumns + u" FROM doe_exports WHERE customer_id = ? AND id = ?"_s);
    SqlValues::bind(q, {SqlValues::uuid(customer), SqlValues::uuid(id)});
    if (!q.exec() || !q.next())
        return std::nullopt;
    return jobFromRow(q);
}

QList<DoeRepository::Job> DoeRepository::preparing() const
{
    QSqlQuery q(m_db.connection());
    QList<Job> jobs;
    if (!q.exec(u"SELECT "_s + kColumns
                + u" FROM doe_exports WHERE status = 'preparing' ORDER BY created_at"_s))
        return jobs;
    while (q.next())
        jobs.append(jobFromRow(q));
    return jobs;
}

bool DoeRepository::finish(const QUuid& id, DoeExport::Status status, const QString& zipSha256,
                           const QString& linkTokenHash)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE doe_exports SET status = ?, zip_sha256 = ?, link_token_hash = ? WHERE id = ?"_s);
    SqlValues::bind(
        q,
        {DoeExport::statusToString(status),
         zipSha256.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(zipSha256),
         linkTokenHash.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(linkTokenHash),
         SqlValues::uuid(id)});
    return q.exec();
}

std::optional<DoeRepository::Job> DoeRepository::byLinkTokenHash(const QString& hash) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + kColumns + u" FROM doe_exports WHERE link_token_hash = ?"_s);
    q.addBindValue(hash);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return jobFromRow(q);
}

} // namespace mycloud::server
