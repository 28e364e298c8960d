#pragma once

#include "domain/Document.h"
#include "domain/DoeExport.h"
#include "http/Language.h"
#include "repository/DoeRepository.h"

#include <QLoggingCategory>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <variant>

Q_DECLARE_LOGGING_CATEGORY(lcDoe)

namespace mycloud::server {

class AccountRepository;
class CatalogRepository;
class FileStore;
class Mailer;

// DOE packages: the selection is checked and sized at once (the answer tells download or e-mail),
// then the zip is built on a thread of its own by DoePackageWriter (the client's writer too) into
// the file store. Beyond 500 MB the customer gets an e-mailed
// link valid 45 days. Exports left half-built by a stop are built again at the next start.
class DoeService final
{
public:
    struct Stores
    {
        AccountRepository& accounts;
        CatalogRepository& catalog;
        DoeRepository& exports;
        FileStore& files;
    };
    DoeService(Stores stores, Mailer& mailer, QString scratchDir);
    ~DoeService();
    DoeService(const DoeService&) = delete;
    DoeService& operator=(const DoeService&) = delete;

    // Resumes unfinished exports and starts the builder; links in e-mails start with publicUrl.
    void start(const QString& publicUrl);

    enum class Refusal { NoSuchAffair, UnknownProducts, NothingSelected, Database };
    std::variant<DoeExport, Refusal> create(const QUuid& customer, const QUuid& affairId,
                                            const DoeRequest& request, Language language);

    // Blocks until every queued export was built (tests and shutdown).
    void waitIdle();

private:
    struct Job
    {
        DoeRepository::Job export_;
        Language language = Language::French;
    };
    void run();
    void build(const Job& job);
    std::optional<QList<Document>> selectDocuments(const QUuid& customer, const QUuid& affairId,
                                                   const DoeRequest& request, Refusal* refusal) const;

    Stores m_stores;
    Mailer& m_mailer;
    QString m_scratchDir;
    QString m_publicUrl;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Job> m_queue;
    bool m_building = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace mycloud::server
