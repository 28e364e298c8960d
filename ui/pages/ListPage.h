#pragma once

#include "Page.h"

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QToolBar;

namespace mycloud {

class ListSortProxy;

// What the affairs and products pages share: a title, a search field (as you type), a toolbar of
// actions on the current row, and a sortable table with a context menu. Enter or a double-click
// opens the row.
class ListPage : public Page
{
    Q_OBJECT

public:
    explicit ListPage(QWidget* parent = nullptr);

    void focusSearch() override;
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }

protected:
    void setTitle(const QString& title);
    void setModel(QAbstractItemModel* model);
    QToolBar* toolBar() const { return m_toolBar; }
    QMenu* contextMenu() const { return m_menu; }
    // The source row under the cursor, or -1.
    int currentSourceRow() const;
    void setEmptyText(const QString& text);
    void updateEmptyState(int rows);

    virtual void searchChanged(const QString& text) = 0;
    virtual void currentChanged() = 0;
    virtual void activated(int sourceRow) = 0;

private:
    QLabel* m_title = nullptr;
    QLineEdit* m_search = nullptr;
    QToolBar* m_toolBar = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QMenu* m_menu = nullptr;
    ListSortProxy* m_proxy = nullptr;
};

} // namespace mycloud
