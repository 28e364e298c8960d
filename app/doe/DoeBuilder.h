#pragma once

#include "doe/DoeHistory.h"
#include "doe/DoeSelection.h"
#include "doe/package/DoePackageWriter.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace mycloud {

class DownloadJob;
class FileCache;
class Store;

// « Télécharger votre DOE », built on this computer: the selected documents come through the file
// cache (what it holds is not downloaded again, a cut download resumes from its part, every file is
// sha256-verified), then the zip is written off the UI thread into `<target>.part` and renamed into
// place. Works with no network when the cache holds everything (an affair available offline).
// The package's index says what changed since the affair's previous package (DoeHistory).
class DoeBuilder final : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Selecting, Fetching, Writing, Done };
    static constexpr int kParallelFetches = 2;

    DoeBuilder(const Store& store, FileCache& cache, QUuid affairId, DoeRequest request, QString targetPath,
               QString historyDirectory, QObject* parent = nullptr);
    ~DoeBuilder() override;

    void setLanguage(DoePackageWriter::Language language) { m_language = language; }

    void start();
    // Stops at once and finishes as cancelled; what was downloaded stays in the cache.
    void cancel();

    Stage stage() const { return m_stage; }
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }
    bool hasError() const { return !m_error.isEmpty(); }
    const QString& errorMessage() const { return m_error; } // translated; empty when none
    const QString& targetPath() const { return m_target; }

    int fileCount() const { return int(m_selection.items.size()); }
    qint64 bytes() const { return m_selection.bytes(); }
    // What this run had to download (not in the cache when it started), for the user and the tests.
    qint64 downloadedBytes() const { return m_fetchTotal; }
    // Since the affair's previous package; nullopt for its first.
    const std::optional<DoePackageChanges>& changes() const { return m_changes; }
    // "3 added, 1 revised, 2 removed since the package of 12/11/2026", or "No change since …".
    QString changesText() const;

signals:
    void progress(mycloud::DoeBuilder::Stage stage, qint64 done, qint64 total);
    void finished();

private:
    void onSelected(std::optional<DoeSelection> selection, std::optional<DoeHistory::Record> previous);
    void fetchMore();
    void onFetched(DownloadJob* job);
    void write();
    void onWritten(const QString& error);
    void fail(const QString& message);
    void finish();
    QString pinOwner() const;

    const Store& m_store;
    FileCache& m_cache;
    QUuid m_affairId;
    DoeRequest m_request;
    QString m_target;
    DoeHistory m_history;
    DoePackageWriter::Language m_language = DoePackageWriter::Language::French;

    Stage m_stage = Stage::Selecting;
    DoeSelection m_selection;
    std::optional<DoePackageChanges> m_changes;
    std::optional<DoeHistory::Record> m_previous;
    QList<Document> m_queue;
    QHash<DownloadJob*, qint64> m_jobs; // → the document's size
    qint64 m_fetchTotal = 0; // the documents the cache lacked when the build started
    qint64 m_fetchDone = 0;
    // Shared with the writer thread, which may outlive a cancelled builder for a moment.
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic<qint64>> m_written = std::make_shared<std::atomic<qint64>>(0);
    QFuture<QString> m_writing; // the writer itself, not its continuation: waited for on destruction
    QTimer m_tick; // reports the writer's progress
    bool m_finished = false;
    bool m_cancelled = false;
    QString m_error;
};

} // namespace mycloud
