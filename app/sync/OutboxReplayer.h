#pragma once

#include "LockPasswords.h"
#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "store/Outbox.h"

#include <QObject>

#include <optional>

namespace mycloud {

class ApiClient;
class ApiReply;
class Store;

// Sends the outbox to the server in order, one entry at a time. A repeated replay never
// duplicates (creates carry client ids); an unreachable server stops the replay with the entry
// kept; a lost update or an object deleted on the server becomes a visible conflict.
class OutboxReplayer final : public QObject
{
    Q_OBJECT

public:
    OutboxReplayer(ApiClient& client, Store& store, QObject* parent = nullptr);

    enum class Outcome { Done, Unreachable, SignedOut, Failed };
    void start();
    int sent() const { return m_sent; }
    int conflicts() const { return m_conflicts; }
    int requests() const { return m_requests; } // every request sent, look-ups included
    const std::optional<ApiError>& error() const { return m_error; }

signals:
    void finished(mycloud::OutboxReplayer::Outcome outcome);

private:
    void next();
    void send(const Outbox::Entry& entry, const std::optional<ApiRequest>& request);
    void handle(const Outbox::Entry& entry, ApiReply* reply);
    bool settle(const Outbox::Entry& entry, const ApiReply& reply);
    void lookUp(const Outbox::Entry& entry, const ApiError& original);

    ApiClient& m_client;
    Store& m_store;
    Outbox m_outbox;
    LockPasswords m_passwords;
    QList<Outbox::Entry> m_queue;
    int m_sent = 0;
    int m_conflicts = 0;
    int m_requests = 0;
    std::optional<ApiError> m_error;
};

} // namespace mycloud
