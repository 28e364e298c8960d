#pragma once

#include <QWidget>

namespace mycloud {

// A screen of the main window. The window asks it to show fresh data when the store changed and
// to focus its search for Ctrl+F.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void reload() = 0;
    virtual void focusSearch() { }
};

} // namespace mycloud
