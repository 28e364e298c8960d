#pragma once

#include "OutboxReplayer.h"
#include "api/ApiError.h"
#include "domain/ChangePage.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace mycloud {

class ApiClient;
class Store;

// One synchronisation: the outbox first (the user's writes reach the server before the server's
// state is pulled over them), then the changes feed since the stored cursor — from the start on a
// first sync — page by page, each page decoded and written off the UI thread. An unchanged account
// costs one request. A cursor the server no longer knows means a full resync.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    SyncEngine(ApiClient& client, Store& store, QObject* parent = nullptr);

    enum class Status { Ok, Offline, SignedOut, Failed };
    struct Report
    {
        Status status = Status::Ok;
        std::optional<ApiError> error;
        QString message; // translated, for the status bar
        int requests = 0;
        qint64 changes = 0; // entities received
        int sent = 0; // outbox entries that reached the server
        int conflicts = 0;
    };

    void start();
    bool isRunning() const { return m_running; }
    const Report& report() const { return m_report; }

signals:
    void progress(qint64 changesReceived);
    void finished();

private:
    void pull(const QString& since);
    void requestMore();
    void applyNext();
    void fetchCompany();
    void done(Status status, const std::optional<ApiError>& error = std::nullopt);

    ApiClient& m_client;
    Store& m_store;
    OutboxReplayer m_replayer;
    Report m_report;
    QList<ChangePage> m_pages; // decoded, waiting to be written in order
    QString m_nextCursor;
    bool m_lastPageReceived = false;
    bool m_requesting = false;
    bool m_applying = false;
    int m_generation = 0;
    bool m_running = false;
    bool m_restarted = false;
};

} // namespace mycloud
