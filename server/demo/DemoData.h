#pragma once

#include "domain/Account.h"

#include <QString>

#include <optional>

namespace mycloud::server {

class AccountRepository;
class CatalogRepository;
class FileStore;

// The demo customer and its affairs, products, photos and PDFs, so that a new user sees a working
// MyCloud at once. Only seeds an empty database.
class DemoData final
{
public:
    // The two customers of the small set (docs and other tools rely on these).
    static constexpr const char* kEmail = "demo@mycloud.test";
    static constexpr const char* kPassword = "demo1234";
    static constexpr const char* kOtherEmail = "other@mycloud.test";
    static constexpr const char* kOtherPassword = "other1234";

    DemoData(AccountRepository& accounts, CatalogRepository& catalog, FileStore& files, QString scratchDir);

    // Returns an error message on failure; does nothing if the demo customer exists.
    std::optional<QString> seed();

    // A small valid one-page PDF showing `lines` (also used by tests as a real PDF).
    static QByteArray pdf(const QStringList& lines);

private:
    std::optional<QString> addCustomer(const Account& account, const QString& password, int firstAffair,
                                       int affairCount);
    std::optional<QString> addFile(const QByteArray& bytes, const QString& name, QString* sha256,
                                   qint64* size);

    AccountRepository& m_accounts;
    CatalogRepository& m_catalog;
    FileStore& m_files;
    QString m_scratchDir;
};

} // namespace mycloud::server
