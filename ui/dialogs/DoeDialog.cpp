#include "DoeDialog.h"

#include "dialogs/DoeProductModel.h"
#include "doe/DoeBuilder.h"
#include "doe/DoePackageDownload.h"
#include "doe/DoeSelection.h"
#include "domain/Account.h"
#include "domain/Affair.h"
#include "domain/SafeFileName.h"
#include "files/FileCache.h"
#include "store/Store.h"
#include "style/Icons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mycloud {

struct DoeDialog::Loaded
{
    QList<Product> products;
    std::optional<Affair> affair;
    std::optional<Account> account;
};

namespace {

QCheckBox* kindBox(const QString& text, const QString& name, QWidget* parent)
{
    auto* box = new QCheckBox(text, parent);
    box->setObjectName(name);
    box->setChecked(true);
    return box;
}

QLabel* wrappedLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}

} // namespace

DoeDialog::DoeDialog(ApiClient& client, const Store& store, const QUuid& affairId, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_store(store)
    , m_affairId(affairId)
    , m_products(new DoeProductModel(this))
{
    setWindowTitle(tr("Download your DOE"));
    build();
    // An affair may have thousands of products: read off the UI thread.
    QtConcurrent::run([&store, affairId] {
        return Loaded{store.products(affairId), store.affair(affairId), store.account()};
    }).then(this, [this](const Loaded& loaded) { apply(loaded); });
}

void DoeDialog::build()
{
    m_header = wrappedLabel(u"header"_s, this);
    m_header->setText(tr("Choose the documents of your DOE to download."));
    QLabel* wifi = wrappedLabel(u"wifiAdvice"_s, this);
    wifi->setText(tr("Prefer a Wi-Fi connection to avoid using mobile data."));

    m_selection = new QWidget(this);
    auto* kinds = new QGroupBox(tr("Documents"), m_selection);
    m_photos = kindBox(tr("&Photos"), u"photos"_s, kinds);
    m_schematics = kindBox(tr("&Schematics"), u"schematics"_s, kinds);
    m_latestValidOnly = kindBox(tr("Only the &latest valid schematic"), u"latestValidOnly"_s, kinds);
    m_quality = kindBox(tr("&Quality documents"), u"quality"_s, kinds);
    m_misc = kindBox(tr("&Miscellaneous files"), u"misc"_s, kinds);
    auto* kindsLayout = new QVBoxLayout(kinds);
    kindsLayout->addWidget(m_photos);
    kindsLayout->addWidget(m_schematics);
    auto* latest = new QHBoxLayout;
    latest->addSpacing(style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, this) * 2);
    latest->addWidget(m_latestValidOnly);
    kindsLayout->addLayout(latest);
    kindsLayout->addWidget(m_quality);
    kindsLayout->addWidget(m_misc);
    kindsLayout->addStretch();

    auto* products = new QGroupBox(tr("Products"), m_selection);
    auto* list = new QListView(products);
    list->setObjectName(u"products"_s);
    list->setModel(m_products);
    list->setUniformItemSizes(true);
    list->setMinimumWidth(fontMetrics().averageCharWidth() * 50); // "reference – name" readable
    auto* all = new QPushButton(tr("&All"), products);
    all->setObjectName(u"allProducts"_s);
    auto* none = new QPushButton(tr("&None"), products);
    none->setObjectName(u"noProduct"_s);
    auto* allOrNone = new QHBoxLayout;
    allOrNone->addWidget(all);
    allOrNone->addWidget(none);
    allOrNone->addStretch();
    auto* productsLayout = new QVBoxLayout(products);
    productsLayout->addWidget(list);
    productsLayout->addLayout(allOrNone);

    auto* selectionLayout = new QHBoxLayout(m_selection);
    selectionLayout->setContentsMargins(0, 0, 0, 0);
    selectionLayout->addWidget(kinds);
    selectionLayout->addWidget(products, 1);

    m_estimateLabel = wrappedLabel(u"estimate"_s, this);
    m_emailNotice = wrappedLabel(u"emailNotice"_s, this);
    m_emailNotice->hide();

    m_where = new QGroupBox(tr("Package"), this);
    m_byServer = new QRadioButton(tr("Prepared by the MyCloud &server"), m_where);
    m_byServer->setObjectName(u"byServer"_s);
    m_byServer->setChecked(true);
    m_onThisComputer
        = new QRadioButton(tr("Built on this &computer from its copies (works offline)"), m_where);
    m_onThisComputer->setObjectName(u"onThisComputer"_s);
    m_coverage = wrappedLabel(u"coverage"_s, m_where);
    auto* whereLayout = new QVBoxLayout(m_where);
    whereLayout->addWidget(m_byServer);
    whereLayout->addWidget(m_onThisComputer);
    whereLayout->addWidget(m_coverage);
    m_where->hide();

    m_transfer = new QWidget(this);
    m_status = wrappedLabel(u"status"_s, m_transfer);
    m_progress = new QProgressBar(m_transfer);
    m_progress->setObjectName(u"progress"_s);
    m_stop = new QPushButton(tr("S&top"), m_transfer);
    m_stop->setObjectName(u"stop"_s);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stop);
    auto* transferLayout = new QVBoxLayout(m_transfer);
    transferLayout->setContentsMargins(0, 0, 0, 0);
    transferLayout->addWidget(m_status);
    transferLayout->addLayout(progressRow);
    m_transfer->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_accept = buttons->addButton(tr("&Download"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(u"download"_s);
    m_accept->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(wifi);
    layout->addWidget(m_selection, 1);
    layout->addWidget(m_where);
    layout->addWidget(m_estimateLabel);
    layout->addWidget(m_emailNotice);
    layout->addWidget(m_transfer);
    layout->addWidget(buttons);

    for (QCheckBox* box : {m_photos, m_schematics, m_latestValidOnly, m_quality, m_misc})
        connect(box, &QCheckBox::toggled, this, &DoeDialog::updateEstimate);
    connect(m_schematics, &QCheckBox::toggled, m_latestValidOnly, &QWidget::setEnabled);
    connect(m_products, &DoeProductModel::checkedChanged, this, &DoeDialog::updateEstimate);
    connect(all, &QPushButton::clicked, m_products, [this] { m_products->setAllChecked(true); });
    connect(none, &QPushButton::clicked, m_products, [this] { m_products->setAllChecked(false); });
    connect(m_onThisComputer, &QRadioButton::toggled, this,
            [this] { showEstimate(m_estimate, estimateText()); });
    connect(m_stop, &QPushButton::clicked, this, &DoeDialog::cancelTransfer);
    connect(buttons, &QDialogButtonBox::accepted, this, &DoeDialog::proceed);
    connect(buttons, &QDialogButtonBox::rejected, this, &DoeDialog::reject);
    showEstimate(std::nullopt, tr("Estimating the size…"));
}

void DoeDialog::apply(const Loaded& loaded)
{
    m_loaded = true;
    if (loaded.affair) {
        m_reference = loaded.affair->reference;
        m_header->setText(tr("Choose the documents of the DOE of %1 – %2 to download.")
                              .arg(loaded.affair->reference, loaded.affair->name));
    }
    m_email = loaded.account ? loaded.account->email : QString();
    m_emailNotice->setText(tr("Over %1, the DOE is sent by e-mail to %2, the address you sign in to MyCloud "
                              "with. The download link in the e-mail is valid for %3 days.")
                               .arg(DoeOrder::sizeText(DoeExport::kDownloadLimit), m_email)
                               .arg(DoeExport::kValidDays));
    m_products->setProducts(loaded.products); // estimates the selection
}

void DoeDialog::enableLocalBuild(FileCache& cache, QString historyDirectory)
{
    m_cache = &cache;
    m_historyDirectory = std::move(historyDirectory);
    m_where->show();
    m_onThisComputer->setChecked(true);
    updateEstimate();
}

bool DoeDialog::isLocalBuild() const
{
    return m_cache && m_onThisComputer->isChecked();
}

DoeRequest DoeDialog::request() const
{
    DoeRequest request;
    const std::pair<QCheckBox*, DocumentKind> boxes[] = {{m_photos, DocumentKind::Photo},
                                                         {m_schematics, DocumentKind::Schematic},
                                                         {m_quality, DocumentKind::Quality},
                                                         {m_misc, DocumentKind::Misc}};
    for (const auto& [box, kind] : boxes)
        if (box->isChecked())
            request.kinds.append(kind);
    request.productIds = m_products->checkedIds();
    request.latestValidOnly = m_latestValidOnly->isChecked();
    return request;
}

std::optional<QString> DoeDialog::selectionProblem() const
{
    if (request().kinds.isEmpty())
        return tr("Choose at least one kind of document.");
    if (m_products->rowCount() == 0)
        return tr("This affair has no product.");
    if (m_products->noneChecked())
        return tr("Choose at least one product.");
    return std::nullopt;
}

void DoeDialog::updateEstimate()
{
    if (!m_loaded)
        return;
    const quint64 generation = ++m_generation;
    if (const auto problem = selectionProblem()) {
        showEstimate(std::nullopt, *problem);
        return;
    }
    showEstimate(std::nullopt, tr("Estimating the size…"));
    QtConcurrent::run([&store = m_store, affairId = m_affairId, request = request()] {
        return DoeSelection::select(store, affairId, request);
    }).then(this, [this, generation](const std::optional<DoeSelection>& selection) {
        if (generation != m_generation)
            return;
        const DoeOrder::Estimate estimate = selection
            ? DoeOrder::Estimate{selection->items.size(), selection->bytes()}
            : DoeOrder::Estimate{};
        showEstimate(estimate,
                     estimate.fileCount == 0 ? tr("No document matches this selection.")
                                             : describe(estimate));
        if (m_cache && selection) {
            int cached = 0;
            for (const DoeSelection::Item& item : selection->items)
                cached += m_cache->contains(item.document.sha256) ? 1 : 0;
            showCacheCoverage(cached, int(selection->items.size()));
        }
    });
}

QString DoeDialog::describe(const DoeOrder::Estimate& estimate)
{
    return tr("%n file(s), %1", nullptr, int(estimate.fileCount)).arg(DoeOrder::sizeText(estimate.bytes));
}

void DoeDialog::showEstimate(std::optional<DoeOrder::Estimate> estimate, const QString& text)
{
    m_estimate = estimate;
    m_estimateLabel->setText(text);
    const bool overLimit = isOverLimit();
    m_emailNotice->setVisible(overLimit);
    m_accept->setText(overLimit ? tr("Send by &e-mail") : isLocalBuild() ? tr("&Save") : tr("&Download"));
    m_accept->setIcon(Icons::get(overLimit ? u"mail"_s : u"cloud-download"_s));
    refreshAccept();
}

void DoeDialog::showCacheCoverage(int cached, int files)
{
    if (cached == files)
        m_coverage->setText(tr("Every file is on this computer: no download is needed."));
    else
        m_coverage->setText(
            tr("%1 of %n file(s) on this computer: the others are downloaded first.", nullptr, files)
                .arg(cached));
}

void DoeDialog::refreshAccept()
{
    m_accept->setEnabled(!isBusy() && m_estimate && m_estimate->fileCount > 0);
}

QString DoeDialog::estimateText() const
{
    return m_estimateLabel->text();
}

bool DoeDialog::isOverLimit() const
{
    return !isLocalBuild() && m_estimate && m_estimate->bytes > DoeExport::kDownloadLimit;
}

bool DoeDialog::isBusy() const
{
    return m_order || m_download || m_builder;
}

QString DoeDialog::statusText() const
{
    return m_status->text();
}

void DoeDialog::proceed()
{
    if (isBusy() || !m_estimate)
        return;
    if (isOverLimit()) {
        startDownload({});
        return;
    }
    const QString path = chooseTarget();
    if (path.isEmpty())
        return;
    if (isLocalBuild())
        startBuild(path);
    else
        startDownload(path);
}

QString DoeDialog::chooseTarget()
{
    const QString name = SafeFileName::component(u"DOE %1.zip"_s.arg(m_reference));
    const QDir downloads(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    return QFileDialog::getSaveFileName(this, tr("Save the DOE"), downloads.filePath(name),
                                        tr("Zip archives (*.zip)"));
}

void DoeDialog::startDownload(const QString& path)
{
    if (isBusy())
        return;
    m_selection->setEnabled(false);
    m_transfer->show();
    m_progress->show();
    m_stop->show();
    m_progress->setRange(0, 0); // how long the server takes is unknown
    m_status->setText(tr("The server is preparing the DOE…"));
    m_order = new DoeOrder(m_client, m_affairId, request(), m_email, this);
    connect(m_order, &DoeOrder::finished, this, [this, path] { ordered(path); });
    refreshAccept();
    m_order->start();
}

void DoeDialog::ordered(const QString& path)
{
    DoeOrder* order = m_order;
    m_order = nullptr;
    order->deleteLater();
    if (order->outcome() != DoeOrder::Outcome::Ready) {
        end(order->message());
        return;
    }
    // The store's estimate said e-mail, the server says download: the user has to name the file.
    const QString target = path.isEmpty() ? chooseTarget() : path;
    if (target.isEmpty()) {
        end(tr("The DOE was not saved."));
        return;
    }
    download(order->exported(), target);
}

void DoeDialog::download(const DoeExport& exported, const QString& path)
{
    m_status->setText(tr("Downloading the DOE…"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_download = new DoePackageDownload(m_client, exported, path, this);
    connect(m_download, &DoePackageDownload::progress, this, [this](qint64 received, qint64 total) {
        m_progress->setValue(total > 0 ? int(received * 1000 / total) : 0);
        m_status->setText(
            tr("Downloading the DOE: %1 of %2").arg(DoeOrder::sizeText(received), DoeOrder::sizeText(total)));
    });
    connect(m_download, &DoePackageDownload::finished, this, [this] {
        DoePackageDownload* done = m_download;
        m_download = nullptr;
        done->deleteLater();
        if (!done->error())
            end(tr("The DOE was saved to %1.").arg(QDir::toNativeSeparators(done->targetPath())));
        else
            end(done->error()->isCancelled() ? tr("Download stopped.") : done->errorMessage());
    });
    m_download->start();
}

void DoeDialog::startBuild(const QString& path)
{
    if (isBusy() || !m_cache)
        return;
    m_selection->setEnabled(false);
    m_where->setEnabled(false);
    m_transfer->show();
    m_progress->show();
    m_stop->show();
    m_progress->setRange(0, 0);
    m_status->setText(tr("Choosing the documents…"));
    m_builder = new DoeBuilder(m_store, *m_cache, m_affairId, request(), path, m_historyDirectory, this);
    m_builder->setLanguage(QLocale().language() == QLocale::French ? DoePackageWriter::Language::French
                                                                   : DoePackageWriter::Language::English);
    connect(
        m_builder, &DoeBuilder::progress, this, [this](DoeBuilder::Stage stage, qint64 done, qint64 total) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
            if (stage == DoeBuilder::Stage::Fetching)
                m_status->setText(tr("Downloading the documents missing from this computer: %1 of %2")
                                      .arg(DoeOrder::sizeText(done), DoeOrder::sizeText(total)));
            else if (stage == DoeBuilder::Stage::Writing)
                m_status->setText(
                    tr("Writing the DOE: %1 of %2").arg(DoeOrder::sizeText(done), DoeOrder::sizeText(total)));
        });
    connect(m_builder, &DoeBuilder::finished, this, [this] {
        DoeBuilder* done = m_builder;
        m_builder = nullptr;
        done->deleteLater();
        if (done->hasError()) {
            end(done->errorMessage());
            return;
        }
        QString message = tr("The DOE was saved to %1.").arg(QDir::toNativeSeparators(done->targetPath()));
        if (const QString changes = done->changesText(); !changes.isEmpty())
            message += u' ' + changes;
        end(message);
    });
    refreshAccept();
    m_builder->start();
}

void DoeDialog::cancelTransfer()
{
    if (m_builder)
        m_builder->cancel();
    if (m_order)
        m_order->cancel();
    if (m_download)
        m_download->cancel();
}

void DoeDialog::end(const QString& message)
{
    m_status->setText(message);
    m_progress->hide();
    m_stop->hide();
    m_selection->setEnabled(true);
    m_where->setEnabled(true);
    refreshAccept();
}

void DoeDialog::reject()
{
    cancelTransfer();
    QDialog::reject();
}

} // namespace mycloud
