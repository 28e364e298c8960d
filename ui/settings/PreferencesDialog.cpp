#include "PreferencesDialog.h"

#include "core/ClientSession.h"
#include "files/FileCache.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
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
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
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
