#include "RateLimiter.h"

namespace mycloud::server {

namespace {

// Beyond this many keys, forget the idle ones (an attacker cycling addresses cannot grow us).
constexpr qsizetype kPruneAbove = 10000;

} // namespace

RateLimiter::RateLimiter(int maxFailures, qint64 windowSeconds)
    : m_maxFailures(maxFailures)
    , m_windowMs(windowSeconds * 1000)
{ }

void RateLimiter::prune(std::deque<qint64>& failures, qint64 now) const
{
    while (!failures.empty() && failures.front() <= now - m_windowMs)
        failures.pop_front();
}

std::optional<qint64> RateLimiter::retryAfter(const QString& key)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::lock_guard lock(m_mutex);
    const auto it = m_failures.find(key);
    if (it == m_failures.end())
        return std::nullopt;
    prune(*it, now);
    if (qsizetype(it->size()) < m_maxFailures)
        return std::nullopt;
    // Blocked until the oldest failure in the window leaves it.
    return std::max<qint64>(1, (it->front() + m_windowMs - now + 999) / 1000);
}

void RateLimiter::recordFailure(const QString& key)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::lock_guard lock(m_mutex);
    if (m_failures.size() > kPruneAbove) {
        for (auto it = m_failures.begin(); it != m_failures.end();) {
            prune(*it, now);
            it = it->empty() ? m_failures.erase(it) : std::next(it);
        }
    }
    auto& failures = m_failures[key];
    prune(failures, now);
    failures.push_back(now);
}

void RateLimiter::reset(const QString& key)
{
    std::lock_guard lock(m_mutex);
    m_failures.remove(key);
}

} // namespace mycloud::server
