#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace mycloud {

class ClientSession;

// The status bar's account of the session: online or offline, the last sync, changes waiting to be
// sent, conflicts to resolve (a button that opens them), and "sync now".
class SyncStatus final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatus(ClientSession& session, QWidget* parent = nullptr);

    QString summary() const; // what the labels say, in one line (tests, accessibility)

signals:
    void conflictsRequested();

private:
    void refresh();

    ClientSession& m_session;
    QLabel* m_connection = nullptr;
    QLabel* m_lastSync = nullptr;
    QLabel* m_pending = nullptr;
    QToolButton* m_conflicts = nullptr;
    QToolButton* m_syncNow = nullptr;
};

} // namespace mycloud
