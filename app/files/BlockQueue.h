#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <new>
#include <vector>

namespace mycloud {

// A few fixed buffers passed back and forth between one producer thread (which fills them) and one
// consumer thread (which empties them), so that neither waits for the other unless it is a whole
// queue ahead, and memory stays bounded. The buffers are aligned for direct disk writes.
class BlockQueue final
{
public:
    static constexpr qsizetype kAlignment = 4096;

    struct Block
    {
        char* data = nullptr;
        qsizetype size = 0; // bytes filled
        QByteArrayView bytes() const { return {data, size}; }
    };

    BlockQueue(int count, qsizetype capacity);
    ~BlockQueue();
    BlockQueue(const BlockQueue&) = delete;
    BlockQueue& operator=(const BlockQueue&) = delete;

    qsizetype capacity() const { return m_capacity; }

    // Producer: an empty block, waiting for one; nullptr once aborted.
    Block* takeEmpty();
    void pushFilled(Block* block);
    // Producer: no more blocks; the consumer empties the queue, then gets nullptr.
    void close();

    // Consumer: the next filled block, waiting for one; nullptr once closed and empty, or aborted.
    Block* takeFilled();
    void giveBack(Block* block);

    // Either side: both stop at once.
    void abort();

private:
    struct AlignedDelete
    {
        void operator()(char* data) const { ::operator delete[](data, std::align_val_t(kAlignment)); }
    };

    const qsizetype m_capacity;
    std::vector<std::unique_ptr<char[], AlignedDelete>> m_storage;
    std::vector<Block> m_blocks;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Block*> m_empty;
    std::deque<Block*> m_filled;
    bool m_closed = false;
    bool m_aborted = false;
};

} // namespace mycloud
