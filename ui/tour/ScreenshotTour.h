#pragma once

#include <QDir>
#include <QObject>

#include <functional>

class QWidget;

namespace mycloud {

class ClientSession;
class MainWindow;

// Walks through every screen and dialog of the app and saves a PNG of each (scripts/screenshots.sh
// runs it under Xvfb, once per language): the pictures the README and reviews use, made from the
// real widgets on the real demo data. Quits the application when done.
class ScreenshotTour final : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow& window, ClientSession& session, const QString& outputDirectory,
                   QObject* parent = nullptr);

    void start();

private:
    using Step = std::function<void()>;

    void add(const QString& name, Step prepare, std::function<QWidget*()> target = {});
    void next();
    void save(const QString& name, QWidget* widget);
    void dialog(const QString& name, QWidget* dialog);

    MainWindow& m_window;
    ClientSession& m_session;
    QDir m_output;
    QList<std::pair<QString, Step>> m_steps;
    qsizetype m_index = 0;
};

} // namespace mycloud
