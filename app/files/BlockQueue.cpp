#include "BlockQueue.h"

namespace mycloud {

BlockQueue::BlockQueue(int count, qsizetype capacity)
    : m_capacity(capacity)
    , m_blocks(size_t(count))
{
    for (Block& block : m_blocks) {
        m_storage.emplace_back(
            static_cast<char*>(::operator new[](size_t(capacity), std::align_val_t(kAlignment))));
        block.data = m_storage.back().get();
        m_empty.push_back(&block);
    }
}

BlockQueue::~BlockQueue() = default;

BlockQueue::Block* BlockQueue::takeEmpty()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_aborted || !m_empty.empty(); });
    if (m_aborted)
        return nullptr;
    Block* block = m_empty.front();
    m_empty.pop_front();
    block->size = 0;
    return block;
}

void BlockQueue::pushFilled(Block* block)
{
    {
        const std::lock_guard lock(m_mutex);
        m_filled.push_back(block);
    }
    m_changed.notify_all();
}

void BlockQueue::close()
{
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_changed.notify_all();
}

BlockQueue::Block* BlockQueue::takeFilled()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_aborted || m_closed || !m_filled.empty(); });
    if (m_aborted || m_filled.empty())
        return nullptr;
    Block* block = m_filled.front();
    m_filled.pop_front();
    return block;
}

void BlockQueue::giveBack(Block* block)
{
    {
        const std::lock_guard lock(m_mutex);
        m_empty.push_back(block);
    }
    m_changed.notify_all();
}

void BlockQueue::abort()
{
    {
        const std::lock_guard lock(m_mutex);
        m_aborted = true;
    }
    m_changed.notify_all();
}

} // namespace mycloud
