#pragma once

#include "api/ApiError.h"
#include "domain/DoeExport.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace mycloud {

class ApiClient;
class ApiReply;
class Store;

// « Télécharger votre DOE », the server's part: the export is created for a selection, polled
// while the server prepares it, and its outcome told: ready to download (DoePackageDownload),
// e-mailed (over 500 MB: a link valid 45 days went to the account's address), or failed.
class DoeOrder final : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Pending, Ready, Emailed, Failed };
    struct Estimate
    {
        qint64 fileCount = 0;
        qint64 bytes = 0;
        bool operator==(const Estimate&) const = default;
    };
    static constexpr int kPollIntervalMs = 1000;
    static constexpr int kMaxPolls = 900; // a package of gigabytes takes minutes to build

    // accountEmail: where the server e-mails a large package, for the message that says so.
    DoeOrder(ApiClient& client, QUuid affairId, DoeRequest request, QString accountEmail,
             QObject* parent = nullptr);
    ~DoeOrder() override;

    void start();
    // Finishes at once as Failed with a Cancelled error (an export already created stays on the server).
    void cancel();

    Outcome outcome() const { return m_outcome; }
    const DoeExport& exported() const { return m_export; } // the server's last answer
    const std::optional<ApiError>& error() const
    {
        return m_error;
    } // when the server was not reached or refused
    bool isCancelled() const { return m_error && m_error->kind() == ApiError::Kind::Cancelled; }
    // Translated: where the e-mail went and until when its link works, or why it failed.
    const QString& message() const { return m_message; }

    // What the server will select for `request` (DoeSelection). Reads the store: call it off the UI
    // thread for a large affair.
    static Estimate estimate(const Store& store, const QUuid& affairId, const DoeRequest& request);
    // Sizes as the help page counts them: the limit, 500 × 1024² bytes, reads "500 MB" (« 500 Mo »).
    static QString sizeText(qint64 bytes);

signals:
    void finished();

private:
    void send(ApiReply* reply);
    void onAnswer();
    void finish(Outcome outcome, std::optional<ApiError> error, QString message);
    void dropReply();

    ApiClient& m_client;
    QUuid m_affairId;
    DoeRequest m_request;
    QString m_accountEmail;
    QPointer<ApiReply> m_reply;
    QTimer m_poll;
    int m_polls = 0;
    Outcome m_outcome = Outcome::Pending;
    DoeExport m_export;
    std::optional<ApiError> m_error;
    QString m_message;
};

} // namespace mycloud
