#include "DoeService.h"

#include "Tokens.h"
#include "doe/package/DoePackageWriter.h"
#include "files/FileStore.h"
#include "mail/MailTemplates.h"
#include "mail/Mailer.h"
#include "repository/AccountRepository.h"
#include "repository/CatalogRepository.h"
#include "repository/SqlValues.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDoe, "mycloud.server.doe")

namespace mycloud::server {

namespace {

constexpr int kPage = 500;

// Every page of a list, or nullopt on a database error.
template <class T, class Fetch> std::optional<QList<T>> everyPage(Fetch fetch)
{
    QList<T> all;
    CatalogRepository::PageRequest page{kPage, {}, {}};
    for (;;) {
        const auto got = fetch(page);
        if (!got)
            return std::nullopt;
        all += got->items;
        if (!got->next)
            return all;
        page.cursor = *got->next;
    }
}

} // namespace

DoeService::DoeService(Stores stores, Mailer& mailer, QString scratchDir)
    : m_stores(stores)
    , m_mailer(mailer)
    , m_scratchDir(std::move(scratchDir))
{ }

DoeService::~DoeService()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear(); // unfinished exports stay "preparing" and are built at the next start
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void DoeService::start(const QString& publicUrl)
{
    m_publicUrl = publicUrl;
    {
        std::lock_guard lock(m_mutex);
        for (const DoeRepository::Job& job : m_stores.exports.preparing())
            m_queue.push_back({job, Language::French});
    }
    m_thread = std::thread([this] { run(); });
}

void DoeService::waitIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && !m_building; });
}

std::optional<QList<Document>> DoeService::selectDocuments(const QUuid& customer, const QUuid& affairId,
                                                           const DoeRequest& request, Refusal* refusal) const
{
    CatalogRepository& catalog = m_stores.catalog;
    const auto products = everyPage<Product>([&](const CatalogRepository::PageRequest& page) {
        return catalog.products(customer, affairId, page);
    });
    if (!products) {
        *refusal = Refusal::Database;
        return std::nullopt;
    }
    QSet<QUuid> chosen;
    QSet<QUuid> inAffair;
    for (const Product& p : *products)
        inAffair.insert(p.id);
    if (request.productIds) {
        for (const QUuid& id : *request.productIds) {
            if (!inAffair.contains(id)) {
                *refusal = Refusal::UnknownProducts;
                return std::nullopt;
            }
            chosen.insert(id);
        }
    } else {
        chosen = inAffair;
    }
    const QSet<DocumentKind> kinds(request.kinds.begin(), request.kinds.end());
    QList<Document> selected;
    for (const Product& product : *products) {
        if (!chosen.contains(product.id))
            continue;
        const auto documents = everyPage<Document>([&](const CatalogRepository::PageRequest& page) {
            return catalog.documents(customer, product.id, std::nullopt, page);
        });
        if (!documents) {
            *refusal = Refusal::Database;
            return std::nullopt;
        }
        qint64 latestValid = -1;
        for (const Document& d : *documents)
            if (d.kind == DocumentKind::Schematic && d.valid)
                latestValid = std::max(latestValid, d.revision);
        for (const Document& d : *documents) {
            if (!kinds.contains(d.kind))
                continue;
            if (d.kind == DocumentKind::Schematic && request.latestValidOnly
                && !(d.valid && d.revision == latestValid))
                continue;
            selected.append(d);
        }
    }
    if (selected.isEmpty()) {
        *refusal = Refusal::NothingSelected;
        return std::nullopt;
    }
    return selected;
}

std::variant<DoeExport, DoeService::Refusal> DoeService::create(const QUuid& customer, const QUuid& affairId,
                                                                const DoeRequest& request, Language language)
{
    if (!m_stores.catalog.affair(customer, affairId))
        return Refusal::NoSuchAffair;
    Refusal refusal = Refusal::Database;
    const auto documents = selectDocuments(customer, affairId, request, &refusal);
    if (!documents)
        return refusal;

    DoeExport exported;
    exported.id = QUuid::createUuid();
    exported.affairId = affairId;
    exported.status = DoeExport::Status::Preparing;
    exported.fileCount = documents->size();
    for (const Document& d : *documents)
        exported.size += d.size;
    exported.delivery = exported.size <= DoeExport::kDownloadLimit ? DoeExport::Delivery::Download
                                                                   : DoeExport::Delivery::Email;
    exported.createdAt = SqlValues::now();
    exported.expiresAt = exported.createdAt.addDays(DoeExport::kValidDays);
    QList<QUuid> ids;
    for (const Document& d : *documents)
        ids.append(d.id);
    if (!m_stores.exports.insert(customer, exported, ids))
        return Refusal::Database;
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({{customer, exported, ids, {}}, language});
    }
    m_wake.notify_one();
    return exported;
}

void DoeService::run()
{
    for (;;) {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_stopping)
            return;
        const Job job = m_queue.front();
        m_queue.pop_front();
        m_building = true;
        lock.unlock();
        build(job);
        lock.lock();
        m_building = false;
        if (m_queue.empty())
            m_idle.notify_all();
    }
}

void DoeService::build(const Job& job)
{
    const DoeRepository::Job& e = job.export_;
    const QUuid& customer = e.customerId;
    const auto affair = m_stores.catalog.affair(customer, e.exported.affairId);
    QDir().mkpath(m_scratchDir);
    const QString zipPath = m_scratchDir + u"/doe-"_s + e.exported.id.toString(QUuid::Id128) + u".zip"_s;
    auto fail = [&](const QString& why) {
        qCWarning(lcDoe) << "export" << e.exported.id << "failed:" << why;
        QFile::remove(zipPath);
        m_stores.exports.finish(e.exported.id, DoeExport::Status::Failed);
    };
    if (!affair)
        return fail(u"the affair is gone"_s);

    QHash<QUuid, Product> products;
    QList<DoePackageItem> items;
    for (const QUuid& id : e.documentIds) {
        const auto document = m_stores.catalog.document(customer, id);
        if (!document)
            continue; // deleted since the selection: the package holds what still exists
        if (!products.contains(document->productId)) {
            const auto product = m_stores.catalog.product(customer, document->productId);
            if (!product)
                continue;
            products.insert(product->id, *product);
        }
        items.append(
            {products.value(document->productId), *document, m_stores.files.pathFor(document->sha256)});
    }
    // French: the packages the server builds have always had French folders, and the manifest the
    // maintenance systems import is French whatever the language.
    const DoePackageWriter::Info info{*affair, e.exported.createdAt, DoePackageWriter::Language::French, {}};
    if (const auto error = DoePackageWriter::write(zipPath, info, items))
        return fail(*error);

    QString error;
    const auto stored = m_stores.files.put(zipPath, &error);
    QFile::remove(zipPath);
    if (!stored)
        return fail(error);

    if (e.exported.delivery == DoeExport::Delivery::Download) {
        m_stores.exports.finish(e.exported.id, DoeExport::Status::Ready, stored->sha256);
        qCInfo(lcDoe) << "export" << e.exported.id << "ready:" << stored->size << "bytes";
        return;
    }
    const auto account = m_stores.accounts.account(customer);
    const QString link = Tokens::random(32);
    if (!account
        || !m_stores.exports.finish(e.exported.id, DoeExport::Status::Emailed, stored->sha256,
                                    Tokens::hash(link)))
        return fail(u"cannot record the e-mailed link"_s);
    MailMessage message = MailTemplates::doeLink(job.language, account->email, affair->name,
                                                 m_publicUrl + u"/d/"_s + link, e.exported.expiresAt);
    message.from = m_mailer.from();
    m_mailer.post(std::move(message));
    qCInfo(lcDoe) << "export" << e.exported.id << "e-mailed:" << stored->size << "bytes";
}

} // namespace mycloud::server
