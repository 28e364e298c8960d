#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace mycloud {

class OfflineAffairs;

// In the status bar while the affairs kept offline are being fetched: how far it is. Hidden the
// rest of the time; a fetch that failed is said in the status bar once it ends.
class OfflineProgress final : public QWidget
{
    Q_OBJECT

public:
    OfflineProgress(OfflineAffairs& offline, QStatusBar* statusBar);

private:
    void showProgress(qint64 received, qint64 total);
    void finish();

    OfflineAffairs& m_offline;
    QStatusBar* m_statusBar;
    QLabel* m_label;
    QProgressBar* m_bar;
};

} // namespace mycloud
