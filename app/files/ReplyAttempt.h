#pragma once

#include "TransferAttempt.h"
#include "api/ApiError.h"
#include "api/HttpStream.h"

#include <QPointer>

#include <optional>

class QNetworkReply;

namespace mycloud {

class ApiClient;

// A TransferAttempt through QNetworkAccessManager, on the owner's thread: for small files, where
// the connections it keeps alive between requests save more than threads of their own would gain
// (a new TLS connection costs two round trips before the first byte: across the internet, about
// as long as a small document takes to arrive). Redirects are followed here, as HttpStream does:
// QNetworkAccessManager would send the token to any host.
class ReplyAttempt final : public TransferAttempt
{
    Q_OBJECT

public:
    ReplyAttempt(ApiClient& client, HttpStream::Request request, QObject* parent = nullptr);
    ~ReplyAttempt() override;

    void start() override;
    void streamInto(PartFile* part, qint64 total, Observer observer) override;
    void readProblem(qint64 maxBytes) override;
    void cancel() override;

private:
    enum class Mode { Wait, Body, Problem };

    void send(const QUrl& url, bool authorized);
    bool followRedirect();
    void onReadyRead();
    void onFinished();
    void sendHead();
    void drain();
    void finish();

    ApiClient& m_client;
    const HttpStream::Request m_request;
    QPointer<QNetworkReply> m_reply;
    bool m_authorized = true; // false after a redirect to another origin
    int m_redirects = 0;
    std::optional<CertificateDetails> m_certificate;
    bool m_headSent = false;
    Mode m_mode = Mode::Wait;
    PartFile* m_part = nullptr;
    qint64 m_total = 0;
    Observer m_observer;
    qint64 m_maxProblemBytes = 0;
    Outcome m_outcome;
};

} // namespace mycloud
