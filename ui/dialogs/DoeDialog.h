#pragma once

#include "doe/DoeOrder.h"

#include <QDialog>
#include <QPointer>
#include <QUuid>

#include <optional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace mycloud {

class ApiClient;
class DoeBuilder;
class DoePackageDownload;
class FileCache;
class DoeProductModel;
class Store;

// « Télécharger votre DOE » for one affair: which kinds of documents of which products, the size
// that makes (from the offline store, before asking the server), then the package ordered and
// downloaded into a zip the user names, with progress and cancel. Over 500 MB the server e-mails
// a link instead, valid 45 days, to the account's address: the dialog says so before and after.
// With enableLocalBuild(), the package can also be built on this computer from the file cache
// (DoeBuilder): what the cache holds is not downloaded again, and an affair kept offline needs no
// network at all.
class DoeDialog final : public QDialog
{
    Q_OBJECT

public:
    DoeDialog(ApiClient& client, const Store& store, const QUuid& affairId, QWidget* parent = nullptr);

    // Offers « built on this computer » beside the server's package, and chooses it.
    void enableLocalBuild(FileCache& cache, QString historyDirectory);
    bool isLocalBuild() const;

    DoeRequest request() const;
    QString estimateText() const;
    bool isOverLimit() const; // the estimate says the server will e-mail the package
    bool isBusy() const; // ordering or downloading
    QString statusText() const; // the progress or the outcome of the last order

    // Orders the package and saves it at `path` (what the save dialog answered); the server may
    // e-mail it instead. Without a path, the package is expected to be e-mailed.
    void startDownload(const QString& path);
    // Builds the package on this computer and saves it at `path`.
    void startBuild(const QString& path);

    // "12 files, 3.4 MB"
    static QString describe(const DoeOrder::Estimate& estimate);

    void reject() override; // also stops what is in progress

private:
    struct Loaded;
    void build();
    void apply(const Loaded& loaded);
    void updateEstimate();
    void showEstimate(std::optional<DoeOrder::Estimate> estimate, const QString& text);
    void showCacheCoverage(int cached, int files);
    void refreshAccept();
    void proceed();
    QString chooseTarget();
    void ordered(const QString& path);
    void download(const DoeExport& exported, const QString& path);
    void cancelTransfer();
    void end(const QString& message);
    std::optional<QString> selectionProblem() const;

    ApiClient& m_client;
    FileCache* m_cache = nullptr;
    QString m_historyDirectory;
    const Store& m_store;
    QUuid m_affairId;
    QString m_reference;
    QString m_email;
    bool m_loaded = false;
    quint64 m_generation = 0; // of the newest estimate asked for: older answers are dropped
    std::optional<DoeOrder::Estimate> m_estimate;

    DoeProductModel* m_products;
    QLabel* m_header = nullptr;
    QCheckBox* m_photos = nullptr;
    QCheckBox* m_schematics = nullptr;
    QCheckBox* m_latestValidOnly = nullptr;
    QCheckBox* m_quality = nullptr;
    QCheckBox* m_misc = nullptr;
    QWidget* m_selection = nullptr;
    QLabel* m_estimateLabel = nullptr;
    QLabel* m_emailNotice = nullptr;
    QWidget* m_where = nullptr;
    QRadioButton* m_byServer = nullptr;
    QRadioButton* m_onThisComputer = nullptr;
    QLabel* m_coverage = nullptr;
    QWidget* m_transfer = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_accept = nullptr;
    QPointer<DoeOrder> m_order;
    QPointer<DoePackageDownload> m_download;
    QPointer<DoeBuilder> m_builder;
};

} // namespace mycloud
