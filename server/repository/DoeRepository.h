#pragma once

#include "domain/DoeExport.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace mycloud::server {

class Database;

// DOE exports: the package's metadata and which documents it holds, scoped to the customer.
class DoeRepository final
{
public:
    explicit DoeRepository(Database& db);

    struct Job
    {
        QUuid customerId;
        DoeExport exported;
        QList<QUuid> documentIds;
        QString zipSha256; // the built package in the file store, once built
    };

    bool insert(const QUuid& customer, const DoeExport& exported, const QList<QUuid>& documentIds);
    std::optional<Job> get(const QUuid& customer, const QUuid& id) const;
    // Exports still to build (after a restart too).
    QList<Job> preparing() const;
    bool finish(const QUuid& id, DoeExport::Status status, const QString& zipSha256 = {},
                const QString& linkTokenHash = {});
    // The export behind an e-mailed link.
    std::optional<Job> byLinkTokenHash(const QString& hash) const;

private:
    Database& m_db;
};

} // namespace mycloud::server
