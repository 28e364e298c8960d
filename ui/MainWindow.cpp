#include "MainWindow.h"

#include "core/Identity.h"

#include <QApplication>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>

namespace mycloud {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    resize(1100, 720);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About MyCloud Desktop"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MyCloud Desktop"),
                       tr("<h3>%1 %2</h3><p>Your B2EI affairs, products, schematics and maintenance log, "
                          "online or offline.</p><p>Built with Qt %3.</p>")
                           .arg(QString::fromLatin1(identity::kName), QString::fromLatin1(identity::kVersion),
                                QString::fromLatin1(qVersion())));
}

} // namespace mycloud
