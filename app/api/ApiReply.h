#pragma once

#include "ApiError.h"
#include "ApiRequest.h"
#include "domain/JsonCodec.h"
#include "domain/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkReply;

namespace mycloud {

// One API call in flight (a job): sent, retried on transient failures when it is safe, and
// finished once, with either the answer or an ApiError. Owned by the caller (deleteLater it);
// deleting it before it finished cancels the call.
class ApiReply final : public QObject
{
    Q_OBJECT

public:
    ~ApiReply() override;

    bool isFinished() const { return m_finished; }
    const std::optional<ApiError>& error() const { return m_error; }
    int status() const { return m_status; }
    const QByteArray& body() const { return m_body; }
    QByteArray header(const QByteArray& lowerCaseName) const { return m_headers.value(lowerCaseName); }
    const ApiRequest& request() const { return m_request; }
    int attempts() const { return m_attempts; }

    // The body decoded as T by the shared codec; an answer that does not decode is BadAnswer.
    template <class T> Result<T, ApiError> decoded() const
    {
        if (m_error)
            return *m_error;
        auto value = JsonCodec::decode<T>(m_body);
        if (!value)
            return ApiError(ApiError::Kind::BadAnswer, value.error().message());
        return std::move(value).value();
    }

    void abort();

signals:
    void finished();

private:
    friend class ApiClient;
    explicit ApiReply(ApiRequest request, QObject* parent);

    ApiRequest m_request;
    QPointer<QNetworkReply> m_network;
    int m_attempts = 0;
    bool m_aborted = false;
    bool m_finished = false;
    std::optional<ApiError> m_error;
    std::optional<CertificateDetails> m_certificate; // from the last handshake's sslErrors
    int m_status = 0;
    QByteArray m_body;
    QHash<QByteArray, QByteArray> m_headers;
};

} // namespace mycloud
