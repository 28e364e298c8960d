#include "AffairsPage.h"

#include "QrAccess.h"
#include "core/ClientSession.h"
#include "doe/OfflineAffairs.h"
#include "domain/Affair.h"
#include "models/AffairListModel.h"
#include "style/Icons.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace mycloud {

AffairsPage::AffairsPage(ClientSession& session, QWidget* parent)
    : ListPage(parent)
    , m_session(session)
    , m_model(new AffairListModel(session.store(), this))
    , m_access(new QrAccess(session, this))
    , m_consult(new QAction(Icons::get(u"eye"_s), tr("Consult"), this))
    , m_doe(new QAction(Icons::get(u"cloud-download"_s), tr("Download your DOE…"), this))
    , m_keepOffline(new QAction(Icons::get(u"pin"_s), tr("Available offline"), this))
{
    setObjectName(u"AffairsPage"_s);
    setTitle(tr("Your affairs"));
    searchField()->setPlaceholderText(tr("Search an affair: name, reference, client, site…"));
    setEmptyText(tr("No affair to show yet. They appear here after the first synchronisation."));
    m_consult->setToolTip(tr("See the products of this affair (Enter)"));
    m_doe->setToolTip(tr("Download the as-built package (DOE) of this affair"));
    m_keepOffline->setObjectName(u"keepOffline"_s);
    m_keepOffline->setCheckable(true);
    m_keepOffline->setToolTip(
        tr("Keep every document of this affair on this computer, to open them with no network"));
    for (QAction* action : {m_consult, m_access->remoteAction(), m_doe, m_keepOffline, m_access->lockAction(),
                            m_access->contactAction()}) {
        toolBar()->addAction(action);
        contextMenu()->addAction(action);
    }
    connect(m_consult, &QAction::triggered, this, [this] {
        if (const auto affair = current())
            emit openAffair(affair->id);
    });
    connect(m_doe, &QAction::triggered, this, [this] {
        if (const auto affair = current())
            emit doeRequested(affair->id);
    });
    connect(m_keepOffline, &QAction::triggered, this, &AffairsPage::setKeptOffline);
    connect(&session.offline(), &OfflineAffairs::changed, this, &AffairsPage::currentChanged);
    setModel(m_model);
    view()->setAccessibleName(tr("Your affairs"));
}

void AffairsPage::reload()
{
    m_model->reload();
}

void AffairsPage::searchChanged(const QString& text)
{
    setEmptyText(text.isEmpty()
                     ? tr("No affair to show yet. They appear here after the first synchronisation.")
                     : tr("No affair matches “%1”.").arg(text));
    m_model->setSearch(text);
}

std::optional<Affair> AffairsPage::current() const
{
    const int row = currentSourceRow();
    if (row < 0)
        return std::nullopt;
    return m_model->index(row, 0).data(AffairListModel::AffairRole).value<Affair>();
}

void AffairsPage::currentChanged()
{
    const auto affair = current();
    m_consult->setEnabled(affair.has_value());
    m_doe->setEnabled(affair.has_value());
    m_keepOffline->setEnabled(affair.has_value());
    m_keepOffline->setChecked(affair && m_session.offline().isPinned(affair->id));
    if (!affair) {
        m_access->setTarget(std::nullopt);
        return;
    }
    m_access->setTarget(QrAccess::Target{Actions::Level::Affair, affair->id, affair->reference,
                                         affair->remoteConsultation, affair->locked, affair->contact});
}

void AffairsPage::setKeptOffline(bool keep)
{
    const auto affair = current();
    if (!affair)
        return;
    OfflineAffairs& offline = m_session.offline();
    const auto error = keep ? offline.pin(affair->id) : offline.unpin(affair->id);
    if (error) {
        QMessageBox::warning(this, tr("Available offline"), error->message());
        currentChanged(); // the action shows what the cache really holds
    }
}

void AffairsPage::activated(int sourceRow)
{
    const auto affair = m_model->index(sourceRow, 0).data(AffairListModel::AffairRole).value<Affair>();
    emit openAffair(affair.id);
}

} // namespace mycloud
