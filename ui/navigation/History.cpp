#include "History.h"

namespace mycloud {

namespace {

constexpr qsizetype kMaxEntries = 100;

} // namespace

History::History(QObject* parent)
    : QObject(parent)
{ }

void History::go(const Location& location)
{
    if (location == current())
        return;
    m_entries.resize(m_index + 1);
    m_entries.append(location);
    if (m_entries.size() > kMaxEntries)
        m_entries.removeFirst();
    moveTo(m_entries.size() - 1);
}

void History::back()
{
    if (canGoBack())
        moveTo(m_index - 1);
}

void History::forward()
{
    if (canGoForward())
        moveTo(m_index + 1);
}

void History::forget(const QUuid& id)
{
    const Location before = current();
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        const Location& entry = m_entries.at(i);
        if (entry.affairId == id || entry.productId == id) {
            m_entries.removeAt(i);
            if (m_index >= i && m_index > 0)
                --m_index;
        }
    }
    if (m_entries.isEmpty())
        m_entries.append(Location::affairs());
    // Consecutive duplicates left by the removal would make "back" seem to do nothing.
    for (qsizetype i = m_entries.size() - 1; i > 0; --i) {
        if (m_entries.at(i) == m_entries.at(i - 1)) {
            m_entries.removeAt(i);
            if (m_index >= i)
                --m_index;
        }
    }
    m_index = std::clamp<qsizetype>(m_index, 0, m_entries.size() - 1);
    if (!(current() == before))
        emit currentChanged(current());
}

void History::moveTo(qsizetype index)
{
    m_index = index;
    emit currentChanged(current());
}

} // namespace mycloud
