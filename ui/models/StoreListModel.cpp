#include "StoreListModel.h"

#include "store/Store.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace mycloud {

namespace {

// One long-lived thread runs every model's queries. The Store names its connections after the
// thread's id: a pooled thread that expired could hand its id to a new thread, and Qt refuses a
// connection to any thread but the one that made it. One thread also answers in request order.
QThreadPool* worker()
{
    struct Worker
    {
        Worker()
        {
            pool.setMaxThreadCount(1);
            pool.setExpiryTimeout(-1);
        }
        QThreadPool pool;
    };
    static Worker instance;
    return &instance.pool;
}

} // namespace

StoreListModel::StoreListModel(const Store& store, QStringList headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_headers(std::move(headers))
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{ }

StoreListModel::~StoreListModel()
{
    // The work reads the store, which may go right after its models: let none outlive the model.
    ++*m_generation;
    m_pending.waitForFinished();
}

void StoreListModel::reload()
{
    const quint64 generation = ++*m_generation;
    m_loading = true;
    auto* watcher = new QFutureWatcher<Apply>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation->load())
            applyAnswer(watcher->result());
    });
    const QFuture<Apply> future = QtConcurrent::run(
        worker(), [work = work(), &store = m_store, latest = m_generation, generation]() -> Apply {
            // A newer request is queued behind this one: this answer would be dropped anyway.
            return latest->load() == generation ? work(store) : Apply();
        });
    m_pending = future;
    watcher->setFuture(future);
}

void StoreListModel::applyAnswer(const Apply& swapRows)
{
    change([&] {
        beginResetModel();
        swapRows();
        m_fetched = std::min(kBatchSize, heldRows());
        endResetModel();
    });
    m_loading = false;
    emit loaded();
}

int StoreListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int StoreListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant StoreListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool StoreListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_changing && m_fetched < heldRows();
}

void StoreListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = std::min(kBatchSize, heldRows() - m_fetched);
    change([&] {
        beginInsertRows({}, m_fetched, m_fetched + more - 1);
        m_fetched += more;
        endInsertRows();
    });
}

void StoreListModel::change(const std::function<void()>& makeChange)
{
    // A receiver of the change's signals may ask for more rows (QAbstractItemModelTester does): a
    // nested insertion would reach the receivers after it before the change itself, or tear the
    // change in two. Views ask again once it is over.
    m_changing = true;
    makeChange();
    m_changing = false;
}

} // namespace mycloud
