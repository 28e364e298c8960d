#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <deque>
#include <mutex>
#include <optional>

namespace mycloud::server {

// Failed attempts per key (an account, a client address, a QR token) in a sliding window.
// In memory: a restart forgets, which is acceptable for throttling guessing, and costs no write
// per attempt. Thread-safe.
class RateLimiter final
{
public:
    RateLimiter(int maxFailures, qint64 windowSeconds);

    // Seconds until the key may try again, or nullopt when it may try now.
    std::optional<qint64> retryAfter(const QString& key);
    void recordFailure(const QString& key);
    void reset(const QString& key);

private:
    void prune(std::deque<qint64>& failures, qint64 now) const;

    const int m_maxFailures;
    const qint64 m_windowMs;
    std::mutex m_mutex;
    QHash<QString, std::deque<qint64>> m_failures; // epoch milliseconds, oldest first
};

} // namespace mycloud::server
