#include "OfflineProgress.h"

#include "doe/DoeOrder.h"
#include "doe/OfflineAffairs.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mycloud {

OfflineProgress::OfflineProgress(OfflineAffairs& offline, QStatusBar* statusBar)
    : QWidget(statusBar)
    , m_offline(offline)
    , m_statusBar(statusBar)
    , m_label(new QLabel(tr("Keeping affairs offline"), this))
    , m_bar(new QProgressBar(this))
{
    setObjectName(u"offlineProgress"_s);
    m_bar->setRange(0, 1000);
    m_bar->setMaximumWidth(140);
    m_bar->setTextVisible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    hide();
    connect(&m_offline, &OfflineAffairs::progress, this, &OfflineProgress::showProgress);
    connect(&m_offline, &OfflineAffairs::idle, this, &OfflineProgress::finish);
}

void OfflineProgress::showProgress(qint64 received, qint64 total)
{
    if (total <= 0)
        return;
    m_bar->setValue(int(std::min(received, total) * 1000 / total));
    const QString text = tr("Keeping affairs offline: %1 of %2")
                             .arg(DoeOrder::sizeText(received), DoeOrder::sizeText(total));
    m_bar->setToolTip(text);
    m_label->setToolTip(text);
    show();
}

void OfflineProgress::finish()
{
    const bool wasShown = isVisible();
    hide();
    // Said once per refresh that fetched something, not at every sync of an unreachable server.
    if (const auto& error = m_offline.lastError(); wasShown && error && !error->isCancelled())
        m_statusBar->showMessage(tr("Some documents could not be kept offline: %1").arg(error->message()),
                                 10000);
}

} // namespace mycloud
