#include "TableSetup.h"

#include <QHeaderView>
#include <QTableView>

namespace mycloud {

void setUpTable(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    view->horizontalHeader()->setMaximumSectionSize(360);
    // Columns fit what the first rows hold (a batch at most: never a scan of 100,000 rows), and
    // the first row is current, so that the toolbar's actions apply to something at once.
    // Once, on the first rows: refitting on every keystroke of a search cost more than the paint.
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, [view, fitted = false]() mutable {
        if (!fitted && view->model()->rowCount() > 0) {
            view->resizeColumnsToContents();
            fitted = true;
        }
        if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
            view->setCurrentIndex(view->model()->index(0, 0));
    });
}

} // namespace mycloud
