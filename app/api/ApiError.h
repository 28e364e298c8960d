#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace mycloud {

// The server's certificate when it does not verify: what the user needs to decide whether to
// trust it (never accepted silently).
struct CertificateDetails final
{
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256Fingerprint; // "AB:CD:…"
    QStringList errors; // translated, one per verification failure
    // The authority at the top of the chain the server presented (the certificate itself when it
    // came alone), so that "trust it" can store it.
    QByteArray pem;

    bool operator==(const CertificateDetails&) const = default;
};

// Why a request failed, as a value: the sync engine decides on kind (queue, sign out, retry,
// report) and the UI shows message().
class ApiError final
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        Offline, // no route to the server: refused, unknown host, network down
        Timeout, // no progress within the request's timeout
        Tls, // the handshake failed: see certificate()
        Http, // the server answered an error status: see status(), code(), detail()
        BadAnswer, // the answer is not what the API promises (malformed JSON, wrong types)
        Cancelled, // the caller aborted
    };

    ApiError(Kind kind, QString detail = {});
    static ApiError http(int status, QString code, QString detail);
    static ApiError tls(CertificateDetails certificate, QString detail);

    Kind kind() const { return m_kind; }
    int status() const { return m_status; }
    const QString& code() const { return m_code; } // the problem+json code, e.g. "precondition_failed"
    const QString& detail() const { return m_detail; } // technical detail (server's or Qt's), for logs
    const std::optional<CertificateDetails>& certificate() const { return m_certificate; }

    // Reaching the server failed: a write should be queued and retried later.
    bool isUnreachable() const { return m_kind == Kind::Offline || m_kind == Kind::Timeout; }
    // Worth trying again automatically (idempotent requests only).
    bool isTransient() const;

    // A translated sentence for the user.
    QString message() const;

    bool operator==(const ApiError&) const = default;

private:
    Kind m_kind;
    int m_status = 0;
    QString m_code;
    QString m_detail;
    std::optional<CertificateDetails> m_certificate;
};

} // namespace mycloud
