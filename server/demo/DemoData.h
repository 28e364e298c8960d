#pragma once

#include "domain/Account.h"
#include "domain/Document.h"
#include "domain/Product.h"

#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace mycloud::server {

class AccountRepository;
class CatalogRepository;
class Database;
class FileStore;
class MaintenanceRepository;

// The demo data: two customers with affairs, products, real documents (multi-page PDF schematics
// in several revisions, quality sheets, bills of materials, JPEG photos), tasks and maintenance
// notes, a few locked affairs and some with remote consultation off, so that a new user sees a
// working MyCloud at once. Deterministic: the same ids, tokens, names and files every time (dates
// are relative to the day it is created). Only seeds an empty database.
class DemoData final
{
public:
    // The two customers (docs, tests and other tools rely on these).
    static constexpr const char* kEmail = "demo@mycloud.test";
    static constexpr const char* kPassword = "demo1234";
    static constexpr const char* kOtherEmail = "other@mycloud.test";
    static constexpr const char* kOtherPassword = "other1234";
    // The password of the demo's locked affairs.
    static constexpr const char* kLockPassword = "Verrou-2026";

    enum class Size {
        Small, // demo: 12 affairs, 80 products; other: 2 affairs, 6 products
        Large, // demo: 2,000 affairs, 100,000 products, about 600,000 documents (files shared)
    };

    struct Stores
    {
        Database& database;
        AccountRepository& accounts;
        CatalogRepository& catalog;
        MaintenanceRepository& maintenance;
        FileStore& files;
    };
    DemoData(Stores stores, QString scratchDir);

    // Returns an error message on failure; does nothing if the demo customer exists.
    std::optional<QString> seed(Size size);

private:
    struct StoredFile
    {
        QString sha256;
        qint64 size = 0;
    };
    std::optional<QString> store(const QByteArray& bytes, StoredFile* stored);
    std::optional<QString> addCustomer(const Account& account, const QString& password);
    std::optional<QString> addRichAffair(const QUuid& customer, int index, int firstProduct);
    std::optional<QString> addProductDocuments(const QUuid& customer, const Product& product, int number);
    std::optional<QString> addMaintenance(const QUuid& customer, const Product& product, int number);
    std::optional<QString> addBulkAffairs(const QUuid& customer, int affairs, int products);
    std::optional<QString> addDocument(const QUuid& customer, Document document, const StoredFile& file);

    QUuid nextId();
    QString nextQrToken();
    Product makeProduct(const QUuid& affairId, const QString& affairReference, int index, int number);

    Stores m_stores;
    QString m_scratchDir;
    QRandomGenerator m_random;
    QDateTime m_now;
};

} // namespace mycloud::server
