#include "SyncStatus.h"

#include "core/ClientSession.h"
#include "style/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace mycloud {

SyncStatus::SyncStatus(ClientSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_connection(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_conflicts(new QToolButton(this))
    , m_syncNow(new QToolButton(this))
{
    m_conflicts->setIcon(Icons::get(u"warning"_s));
    m_conflicts->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_conflicts->setAutoRaise(true);
    m_conflicts->setToolTip(
        tr("Changes the server could not take as they were: choose which version to keep"));
    m_syncNow->setIcon(Icons::get(u"sync"_s));
    m_syncNow->setAutoRaise(true);
    m_syncNow->setToolTip(tr("Synchronise now (F5)"));
    m_syncNow->setAccessibleName(tr("Synchronise now"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_conflicts, m_pending, m_lastSync, m_connection, m_syncNow})
        layout->addWidget(widget);

    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatus::conflictsRequested);
    connect(m_syncNow, &QToolButton::clicked, &m_session, &ClientSession::sync);
    connect(&m_session, &ClientSession::statusChanged, this, &SyncStatus::refresh);
    connect(&m_session, &ClientSession::stateChanged, this, &SyncStatus::refresh);
    connect(&m_session, &ClientSession::syncStarted, this, &SyncStatus::refresh);
    connect(&m_session, &ClientSession::syncProgress, this, [this](qint64 changes) {
        m_lastSync->setText(tr("Synchronising… %1 changes received").arg(QLocale().toString(changes)));
    });
    refresh();
}

void SyncStatus::refresh()
{
    const bool signedIn = m_session.state() == ClientSession::State::SignedIn;
    const bool online = signedIn && m_session.isOnline();
    m_connection->setText(!signedIn ? tr("Signed out") : online ? tr("Online") : tr("Offline"));
    m_connection->setToolTip(online ? tr("Connected to %1").arg(m_session.profile().server().host())
                                    : tr("Working from this computer's copy: your changes are kept and sent "
                                         "when the server can be reached."));
    const QDateTime last = m_session.lastSync();
    if (m_session.isSyncing())
        m_lastSync->setText(tr("Synchronising…"));
    else
        m_lastSync->setText(
            last.isValid()
                ? tr("Last synchronised %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
                : tr("Never synchronised"));
    const int pending = m_session.pendingChanges();
    m_pending->setText(tr("%n change(s) waiting to be sent", nullptr, pending));
    m_pending->setVisible(pending > 0);
    const int conflicts = m_session.conflictCount();
    m_conflicts->setText(tr("%n conflict(s)", nullptr, conflicts));
    m_conflicts->setVisible(conflicts > 0);
    m_syncNow->setEnabled(signedIn && !m_session.isSyncing());
}

QString SyncStatus::summary() const
{
    QStringList parts;
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_conflicts, m_pending, m_lastSync, m_connection}) {
        if (widget->isVisibleTo(this)) {
            if (auto* label = qobject_cast<QLabel*>(widget))
                parts << label->text();
            else if (auto* button = qobject_cast<QToolButton*>(widget))
                parts << button->text();
        }
    }
    return parts.join(u" · "_s);
}

} // namespace mycloud
