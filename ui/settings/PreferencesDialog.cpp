#include "PreferencesDialog.h"

#include "OfflineAffairListModel.h"
#include "core/ClientSession.h"
#include "doe/OfflineAffairs.h"
#include "files/FileCache.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

constexpr int kMinCacheMiB = 256;
constexpr int kMaxCacheMiB = 512 * 1024;

QString languageSetting()
{
    return QSettings().value(QString::fromLatin1(PreferencesDialog::kLanguageKey)).toString();
}

} // namespace

PreferencesDialog::PreferencesDialog(ClientSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_language(new QComboBox(this))
    , m_cacheMiB(new QSpinBox(this))
    , m_cacheUse(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("The system's language"), QString());
    // Each language named in itself, as people look for their own.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(languageSetting())));
    auto* restart = new QLabel(tr("A new language applies the next time MyCloud starts."), this);
    restart->setWordWrap(true);

    FileCache& files = session.files();
    m_cacheMiB->setRange(kMinCacheMiB, kMaxCacheMiB);
    m_cacheMiB->setSingleStep(256);
    m_cacheMiB->setSuffix(tr(" MiB"));
    m_cacheMiB->setValue(int(files.capacity() >> 20));
    m_cacheUse->setText(tr("In use: %1, of which %2 kept for offline work (never evicted).")
                            .arg(QLocale().formattedDataSize(files.usedBytes()),
                                 QLocale().formattedDataSize(files.pinnedBytes())));
    m_cacheUse->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), restart);
    form->addRow(tr("&Offline files, at most:"), m_cacheMiB);
    form->addRow(QString(), m_cacheUse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QWidget* offline = buildOfflineList();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(offline, 1);
    layout->addWidget(buttons);
}

QWidget* PreferencesDialog::buildOfflineList()
{
    auto* group = new QGroupBox(tr("Affairs available offline"), this);
    auto* model = new OfflineAffairListModel(m_session.store(), m_session.offline(), group);
    auto* sorted = new QSortFilterProxyModel(group);
    sorted->setSourceModel(model);
    m_offlineView = new QTableView(group);
    m_offlineView->setObjectName(u"offlineAffairs"_s);
    m_offlineView->setModel(sorted);
    m_offlineView->setSortingEnabled(true);
    m_offlineView->sortByColumn(OfflineAffairListModel::Affair, Qt::AscendingOrder);
    m_offlineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_offlineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_offlineView->verticalHeader()->hide();
    m_offlineView->horizontalHeader()->setSectionResizeMode(OfflineAffairListModel::Affair,
                                                            QHeaderView::Stretch);
    m_offlineView->setAccessibleName(tr("Affairs available offline"));
    auto* empty = new QLabel(tr("None. Choose “Available offline” on an affair to keep its documents on this "
                                "computer."),
                             group);
    empty->setWordWrap(true);
    auto* unpin = new QPushButton(tr("&Stop keeping offline"), group);
    unpin->setObjectName(u"unpin"_s);
    auto refresh = [this, model, empty, unpin] {
        empty->setVisible(model->rowCount() == 0);
        m_offlineView->setVisible(model->rowCount() > 0);
        unpin->setEnabled(m_offlineView->selectionModel()->hasSelection());
    };
    connect(model, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_offlineView->selectionModel(), &QItemSelectionModel::selectionChanged, this, refresh);
    connect(unpin, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_offlineView->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        // The files stay in the cache until it needs the room: pinning again costs no download.
        m_session.offline().unpin(rows.first().data(OfflineAffairListModel::AffairIdRole).toUuid());
    });
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_offlineView);
    layout->addWidget(empty);
    layout->addWidget(unpin, 0, Qt::AlignRight);
    refresh();
    return group;
}

QLocale PreferencesDialog::chosenLocale()
{
    const QString language = languageSetting();
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

void PreferencesDialog::applyCacheCapacity(ClientSession& session)
{
    const int mib = QSettings().value(QString::fromLatin1(kCacheKey), 0).toInt();
    if (mib >= kMinCacheMiB)
        session.files().setCapacity(qint64(mib) << 20);
}

void PreferencesDialog::accept()
{
    QSettings settings;
    settings.setValue(QString::fromLatin1(kLanguageKey), m_language->currentData().toString());
    settings.setValue(QString::fromLatin1(kCacheKey), m_cacheMiB->value());
    applyCacheCapacity(m_session);
    QDialog::accept();
}

} // namespace mycloud
