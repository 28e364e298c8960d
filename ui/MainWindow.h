#pragma once

#include <QMainWindow>

namespace mycloud {

// The application frame: navigation, pages and status bar are added by the Desktop app issue.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

private:
    void showAbout();
};

} // namespace mycloud
