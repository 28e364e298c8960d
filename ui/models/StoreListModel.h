#pragma once

#include <QAbstractTableModel>
#include <QFuture>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace mycloud {

class Store;

// The base of the app's lists over the offline store. A reload queries the store on a worker
// thread and applies the answer here, on the UI thread; only the answer to the newest request is
// applied, so a slow older search never replaces a newer one. Rows reach views in batches
// (canFetchMore/fetchMore), so that a view lays out a list of 100,000 rows 200 at a time.
// DomainListModel<T> holds the rows; each concrete model says what to ask and how to show a row.
class StoreListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the row's QUuid
        SortRole, // the raw value of the cell (QDateTime, number, bool, text), for ListSortProxy
        ValueRole, // the whole domain value; each model names it (AffairRole, ProductRole, …)
        FirstModelRole, // roles of one model start here
    };
    static constexpr int kBatchSize = 200;

    ~StoreListModel() override;

    // Asks the store again (after a sync or a user action); loaded() follows.
    void reload();
    // Between a request and the application of its answer.
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // The answer to the newest request is in the model.
    void loaded();

protected:
    StoreListModel(const Store& store, QStringList headers, QObject* parent);

    // Runs on this thread when the answer is applied: swaps the new rows in.
    using Apply = std::function<void()>;
    // Runs on the worker thread, so it captures the current parameters by value.
    using Work = std::function<Apply(const Store&)>;
    virtual Work work() = 0;
    // How many rows the model holds, fetched or not.
    virtual int heldRows() const = 0;

    // For the setters of what the list shows (search, affair, product, …).
    template <class T> void reloadIfChanged(T& parameter, const T& value)
    {
        if (parameter == value)
            return;
        parameter = value;
        reload();
    }

private:
    void applyAnswer(const Apply& swapRows);
    // Makes a change (a reset, an insertion), refusing to fetch more rows in the middle of it.
    void change(const std::function<void()>& makeChange);

    const Store& m_store;
    const QStringList m_headers;
    // Shared with the queued work, so that work made stale by a newer request is skipped.
    std::shared_ptr<std::atomic<quint64>> m_generation;
    QFuture<void> m_pending;
    int m_fetched = 0;
    bool m_loading = false;
    bool m_changing = false;
};

} // namespace mycloud
