#pragma once

#include "WriteOutcome.h"
#include "domain/Affair.h"
#include "domain/Document.h"
#include "domain/Page.h"
#include "domain/Product.h"

#include <functional>
#include <optional>

class QSqlQuery;

namespace mycloud::server {

class Database;

// Affairs, products and documents, always scoped to one customer: an id of another customer's
// object simply is not found.
class CatalogRepository final
{
public:
    explicit CatalogRepository(Database& db);

    struct PageRequest
    {
        int limit = 100;
        QString cursor;
        QString search;
    };
    // Each list returns nullopt when the cursor is not valid.
    std::optional<Page<Affair>> affairs(const QUuid& customer, const PageRequest& page) const;
    std::optional<Page<Product>> products(const QUuid& customer, const QUuid& affairId,
                                          const PageRequest& page) const;
    std::optional<Page<Document>> documents(const QUuid& customer, const QUuid& productId,
                                            std::optional<DocumentKind> kind, const PageRequest& page) const;

    std::optional<Affair> affair(const QUuid& customer, const QUuid& id) const;
    std::optional<Product> product(const QUuid& customer, const QUuid& id) const;
    std::optional<Document> document(const QUuid& customer, const QUuid& id) const;
    // Many at once (the changes feed); unknown ids are left out.
    QList<Affair> affairs(const QUuid& customer, const QList<QUuid>& ids) const;
    QList<Product> products(const QUuid& customer, const QList<QUuid>& ids) const;
    QList<Document> documents(const QUuid& customer, const QList<QUuid>& ids) const;

    // Whose affair or product this is, whoever asks (administration only).
    std::optional<QUuid> affairOwner(const QUuid& affairId) const;
    std::optional<QUuid> productOwner(const QUuid& productId) const;

    // The owner's product behind a QR token (switches and locks do not apply to the owner).
    std::optional<Product> productByQrToken(const QUuid& customer, const QString& token) const;

    // What the public QR page needs to decide: who owns the product, the three switches and the
    // two lock hashes (empty when not locked).
    struct QrAccess
    {
        QUuid customerId;
        QUuid productId;
        QUuid affairId;
        bool accountSwitch = false;
        bool affairSwitch = false;
        bool productSwitch = false;
        QString affairLockHash;
        QString productLockHash;
    };
    std::optional<QrAccess> qrAccess(const QString& token) const;

    enum class Level { Affair, Product };
    // Setting the current value again changes nothing (no new version).
    WriteOutcome setRemoteConsultation(Level level, const QUuid& customer, const QUuid& id, bool enabled,
                                       ExpectedVersion expected);
    // An Argon2id hash locks (replacing any earlier password); nullopt unlocks.
    WriteOutcome setLock(Level level, const QUuid& customer, const QUuid& id,
                         const std::optional<QString>& lockHash, ExpectedVersion expected);

    // Inserts also record the change for the customer's feed.
    bool insertAffair(const QUuid& customer, const Affair& affair);
    bool insertProduct(const QUuid& customer, const Product& product);
    bool insertDocument(const QUuid& customer, const Document& document);

private:
    // One guarded update: NotFound / Stale / no-op checks and the feed record in one transaction.
    // `unchanged(current)` gets the row's remote_consultation and lock_hash and says whether the
    // update would change nothing.
    WriteOutcome update(Level level, const QUuid& customer, const QUuid& id, ExpectedVersion expected,
                        const QString& assignment, const QVariant& value,
                        const std::function<bool(bool remote, const QString& lockHash)>& unchanged);
    bool insertRecorded(const QString& sql, const QVariantList& values, const QUuid& customer,
                        const QString& entity, const QUuid& id);

    static Affair affairFromRow(const QSqlQuery& q);
    static Product productFromRow(const QSqlQuery& q);
    static Document documentFromRow(const QSqlQuery& q);

    Database& m_db;
};

} // namespace mycloud::server
