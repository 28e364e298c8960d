#include "ThreadedAttempt.h"

#include "BlockQueue.h"
#include "PartFile.h"

#include <QElapsedTimer>
#include <QScopeGuard>

#include <atomic>
#include <condition_variable>
#include <cstring>
#include <mutex>

#ifdef Q_OS_LINUX
#include <pthread.h>
#endif

namespace mycloud {

namespace {

// Four blocks of 1 MiB: the network thread fills one while the disk thread writes another, and
// neither waits on the other's hiccups; 1 MiB writes reach the disk's full speed.
constexpr int kBlocks = 4;
constexpr qsizetype kBlockBytes = 1 << 20;
constexpr qsizetype kPartialBlockBytes = 256 << 10;
constexpr qint64 kPartialBlockMs = 100;

// For perf and top: which of a download's threads is busy.
void nameThisThread([[maybe_unused]] const char* name)
{
#ifdef Q_OS_LINUX
    pthread_setname_np(pthread_self(), name);
#endif
}

} // namespace

struct ThreadedAttempt::Shared
{
    enum class Next { Wait, Body, Problem, Stop };

    std::mutex mutex;
    std::condition_variable decided;
    Next next = Next::Wait;
    std::atomic_bool stopping = false;
    ThreadedAttempt* owner = nullptr; // cleared by cancel(): nothing reaches it after
    HttpStream* stream = nullptr; // while the network thread runs one
    PartFile* part = nullptr;
    qint64 total = 0;
    Observer observer;
    qint64 maxProblemBytes = 0;

    // Runs `call(owner)` on the owner's thread, unless it cancelled meanwhile.
    template <class Call> static void post(const std::shared_ptr<Shared>& shared, Call call)
    {
        const std::lock_guard lock(shared->mutex);
        if (!shared->owner)
            return;
        QMetaObject::invokeMethod(
            shared->owner,
            [shared, call = std::move(call)] {
                if (shared->owner) // read and written on the owner's thread only
                    call(*shared->owner);
            },
            Qt::QueuedConnection);
    }
};

ThreadedAttempt::ThreadedAttempt(HttpStream::Request request, QObject* parent)
    : TransferAttempt(parent)
    , m_request(std::move(request))
{ }

ThreadedAttempt::~ThreadedAttempt()
{
    cancel();
}

void ThreadedAttempt::start()
{
    m_shared = std::make_shared<Shared>();
    m_shared->owner = this;
    m_thread = std::thread(&ThreadedAttempt::run, m_shared, m_request);
}

void ThreadedAttempt::streamInto(PartFile* part, qint64 total, Observer observer)
{
    decide([&](Shared& shared) {
        shared.part = part;
        shared.total = total;
        shared.observer = std::move(observer);
        shared.next = Shared::Next::Body;
    });
}

void ThreadedAttempt::readProblem(qint64 maxBytes)
{
    decide([&](Shared& shared) {
        shared.maxProblemBytes = maxBytes;
        shared.next = Shared::Next::Problem;
    });
}

void ThreadedAttempt::decide(const std::function<void(Shared&)>& decision)
{
    if (!m_shared)
        return;
    {
        const std::lock_guard lock(m_shared->mutex);
        if (m_shared->next != Shared::Next::Wait)
            return;
        decision(*m_shared);
    }
    m_shared->decided.notify_all();
}

void ThreadedAttempt::cancel()
{
    if (!m_shared)
        return;
    bool holdsPart = false;
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->owner = nullptr;
        holdsPart = m_shared->next == Shared::Next::Body;
        m_shared->next = Shared::Next::Stop;
        m_shared->stopping = true;
        if (m_shared->stream)
            m_shared->stream->interrupt();
    }
    m_shared->decided.notify_all();
    m_shared.reset();
    if (!m_thread.joinable())
        return;
    // The part must be ours again before we return; a thread still connecting ends by itself.
    if (holdsPart)
        m_thread.join();
    else
        m_thread.detach();
}

void ThreadedAttempt::run(std::shared_ptr<Shared> shared, HttpStream::Request request)
{
    nameThisThread("mycloud-get");
    HttpStream stream;
    {
        const std::lock_guard lock(shared->mutex);
        if (shared->next == Shared::Next::Stop)
            return;
        shared->stream = &stream;
    }
    const auto forget = qScopeGuard([&] {
        const std::lock_guard lock(shared->mutex);
        shared->stream = nullptr;
    });
    const auto finish = [&shared](Outcome outcome) {
        Shared::post(shared, [outcome = std::move(outcome)](ThreadedAttempt& owner) {
            if (owner.m_thread.joinable())
                owner.m_thread.join(); // it is about to return
            owner.m_shared.reset(); // nothing left to cancel
            emit owner.finished(outcome);
        });
    };
    if (auto error = stream.open(std::move(request))) {
        Outcome failed;
        failed.error = std::move(error);
        finish(std::move(failed));
        return;
    }
    bool lengthKnown = false;
    const qint64 length = stream.header("Content-Length").toLongLong(&lengthKnown);
    Shared::post(
        shared,
        [head = Head{.status = stream.status(),
                     .contentRange = stream.header("Content-Range"),
                     .contentLength = lengthKnown ? length : -1,
                     .etag = stream.header("ETag")}](ThreadedAttempt& owner) { emit owner.head(head); });

    Shared::Next next = Shared::Next::Wait;
    {
        std::unique_lock lock(shared->mutex);
        shared->decided.wait(lock, [&] { return shared->next != Shared::Next::Wait; });
        next = shared->next;
    }
    Outcome outcome;
    if (next == Shared::Next::Stop)
        return;
    if (next == Shared::Next::Problem) {
        QByteArray body(shared->maxProblemBytes, Qt::Uninitialized);
        qint64 size = 0;
        for (qint64 got = 0;
             size < body.size() && (got = stream.read(body.data() + size, body.size() - size)) > 0;)
            size += got;
        body.resize(size);
        outcome.problemBody = std::move(body);
    } else {
        outcome = pump(shared, stream);
    }
    outcome.status = stream.status();
    finish(std::move(outcome));
}

ThreadedAttempt::Outcome ThreadedAttempt::pump(const std::shared_ptr<Shared>& shared, HttpStream& stream)
{
    PartFile& part = *shared->part;
    BlockQueue queue(kBlocks, kBlockBytes);
    std::atomic_bool writeFailed = false;
    std::thread disk([&] {
        nameThisThread("mycloud-write");
        while (BlockQueue::Block* block = queue.takeFilled()) {
            if (shared->observer)
                shared->observer(block->bytes());
            if (!part.append(block->bytes())) {
                writeFailed = true;
                queue.abort();
                stream.interrupt();
                return;
            }
            queue.giveBack(block);
            Shared::post(shared, [size = part.size()](ThreadedAttempt& owner) { emit owner.progress(size); });
        }
    });

    Outcome outcome;
    qint64 received = part.size(); // what the disk thread has been given, in the file's terms
    BlockQueue::Block* block = nullptr;
    QElapsedTimer blockAge;
    for (;;) {
        if (!block) {
            if (!(block = queue.takeEmpty()))
                break; // the disk thread failed
            blockAge.start();
        }
        const qint64 got = stream.read(block->data + block->size, queue.capacity() - block->size);
        const bool ended = got <= 0; // the end of the body, or an error
        if (!ended)
            block->size += qsizetype(got);
        if (received + block->size > shared->total) {
            outcome.tooLong = true;
            break;
        }
        // A full block; or, when the network has nothing more for now, a good part of one or one held
        // for a while, so that a slow network still shows progress while a fast one writes 1 MiB at
        // a time (short direct writes cost more than long ones).
        if (!ended && block->size < queue.capacity()
            && (stream.bytesAvailable() > 0
                || (block->size < kPartialBlockBytes && !blockAge.hasExpired(kPartialBlockMs))))
            continue;
        // Up to the last aligned offset of the file, so that the next block starts on one and can go
        // to the disk directly: its few bytes past it start the next block.
        const qint64 end = received + block->size;
        const qsizetype handed
            = ended ? block->size : qsizetype(end - end % BlockQueue::kAlignment - received);
        if (handed <= 0 && !ended)
            continue; // less than a sector so far
        BlockQueue::Block* next = nullptr;
        if (const qsizetype rest = block->size - handed; rest > 0) {
            if (!(next = queue.takeEmpty()))
                break;
            std::memcpy(next->data, block->data + handed, size_t(rest));
            next->size = rest;
            block->size = handed;
        }
        received += handed;
        if (handed > 0)
            queue.pushFilled(block);
        else
            queue.giveBack(block);
        block = next;
        blockAge.start();
        if (ended)
            break;
    }
    if (block)
        queue.giveBack(block);
    if (shared->stopping)
        queue.abort();
    else
        queue.close();
    disk.join();
    outcome.writeFailed = writeFailed;
    if (!writeFailed && stream.error())
        outcome.error = stream.error();
    return outcome;
}

} // namespace mycloud
