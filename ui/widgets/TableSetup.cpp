#include "TableSetup.h"

#include "models/StoreListModel.h"

#include <QHeaderView>
#include <QTableView>

#include <memory>

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
    // The row the user was on stays current across a reload (a sync, a change), found by its id;
    // else the first row, so that the toolbar's actions apply to something at once. Columns fit
    // the first rows once: refitting on every keystroke of a search cost more than the paint.
    auto remembered = std::make_shared<QVariant>();
    QObject::connect(view->model(), &QAbstractItemModel::modelAboutToBeReset, view,
                     [view, remembered] { *remembered = view->currentIndex().data(StoreListModel::IdRole); });
    QObject::connect(
        view->model(), &QAbstractItemModel::modelReset, view, [view, remembered, fitted = false]() mutable {
            QAbstractItemModel* model = view->model();
            if (!fitted && model->rowCount() > 0) {
                view->resizeColumnsToContents();
                fitted = true;
            }
            if (model->rowCount() == 0)
                return;
            const QModelIndexList same = remembered->isValid()
                ? model->match(model->index(0, 0), StoreListModel::IdRole, *remembered, 1, Qt::MatchExactly)
                : QModelIndexList();
            view->setCurrentIndex(same.isEmpty() ? model->index(0, 0) : same.first());
        });
}

} // namespace mycloud
