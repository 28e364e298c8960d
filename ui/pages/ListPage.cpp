#include "ListPage.h"

#include "models/ListSortProxy.h"
#include "style/Icons.h"
#include "widgets/TableSetup.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

constexpr int kSearchDelayMs = 120; // a query per pause in typing, not per key

} // namespace

ListPage::ListPage(QWidget* parent)
    : Page(parent)
    , m_title(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_toolBar(new QToolBar(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_menu(new QMenu(this))
    , m_proxy(new ListSortProxy(this))
{
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::get(u"search"_s), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search"));
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { searchChanged(m_search->text()); });

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { activated(m_proxy->mapToSource(index).row()); });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        if (m_view->indexAt(at).isValid())
            m_menu->popup(m_view->viewport()->mapToGlobal(at));
    });

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_search, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
}

void ListPage::setTitle(const QString& title)
{
    m_title->setText(title);
}

void ListPage::setModel(QAbstractItemModel* model)
{
    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    setUpTable(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { currentChanged(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this, model] {
        updateEmptyState(model->rowCount());
        currentChanged();
    });
}

int ListPage::currentSourceRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void ListPage::setEmptyText(const QString& text)
{
    m_empty->setText(text);
}

void ListPage::updateEmptyState(int rows)
{
    m_empty->setVisible(rows == 0);
    m_view->setVisible(rows > 0);
}

void ListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace mycloud
