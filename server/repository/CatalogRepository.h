#pragma once

#include "domain/Affair.h"
#include "domain/Document.h"
#include "domain/Page.h"
#include "domain/Product.h"

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

    bool insertAffair(const QUuid& customer, const Affair& affair);
    bool insertProduct(const QUuid& customer, const Product& product);
    bool insertDocument(const QUuid& customer, const Document& document);

private:
    static Affair affairFromRow(const QSqlQuery& q);
    static Product productFromRow(const QSqlQuery& q);
    static Document documentFromRow(const QSqlQuery& q);

    Database& m_db;
};

} // namespace mycloud::server
