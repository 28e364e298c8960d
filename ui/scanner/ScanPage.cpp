#include "ScanPage.h"

#include "CameraPreview.h"
#include "ScanListModel.h"
#include "core/ClientSession.h"
#include "style/Icons.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMediaDevices>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

QStringList localFiles(const QMimeData* data)
{
    QStringList files;
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

bool canRetry(const std::optional<QrResolver::Resolution>& resolution)
{
    return resolution
        && (resolution->outcome == QrResolver::Outcome::Unreachable
            || resolution->outcome == QrResolver::Outcome::Failed);
}

} // namespace

ScanPage::ScanPage(ClientSession& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_resolver(new QrResolver(session.client(), session.store(), this))
    , m_model(new ScanListModel(this))
    , m_preview(new CameraPreview(this))
    , m_cameras(new QComboBox(this))
    , m_startStop(new QToolButton(this))
    , m_continuous(new QCheckBox(tr("&Continuous"), this))
    , m_cameraMessage(new QLabel(this))
    , m_message(new QLabel(this))
    , m_list(new QListView(this))
{
    setObjectName(u"ScanPage"_s);
    setAcceptDrops(true);

    auto* cameraLabel = new QLabel(tr("C&amera:"), this);
    cameraLabel->setBuddy(m_cameras);
    m_cameras->setAccessibleName(tr("Camera"));
    m_cameras->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_startStop->setAutoRaise(true);
    m_continuous->setToolTip(tr("Collect every code while walking along a row of panels, instead of "
                                "opening the first product found"));
    auto* openImage = new QPushButton(Icons::get(u"photo"_s), tr("Open an &image…"), this);
    auto* clear = new QToolButton(this);
    clear->setIcon(Icons::get(u"trash"_s));
    clear->setAutoRaise(true);
    clear->setToolTip(tr("Clear the list"));
    clear->setAccessibleName(tr("Clear the list"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(cameraLabel);
    bar->addWidget(m_cameras);
    bar->addWidget(m_startStop);
    bar->addSpacing(12);
    bar->addWidget(m_continuous);
    bar->addStretch();
    bar->addWidget(openImage);
    bar->addWidget(clear);

    m_cameraMessage->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Scanned codes"));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    auto* hint = new QLabel(tr("You can also paste an image (Ctrl+V) or drop one on this page."), this);
    hint->setWordWrap(true);

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list);
    listLayout->addWidget(m_message);
    listLayout->addWidget(hint);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_preview);
    splitter->addWidget(listSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_cameraMessage);
    layout->addWidget(splitter, 1);

    auto* pasteShortcut = new QShortcut(QKeySequence::Paste, this);
    pasteShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(pasteShortcut, &QShortcut::activated, this, &ScanPage::paste);
    connect(openImage, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open an image"), {}, tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff)"));
        if (!path.isEmpty())
            this->openImage(path);
    });
    connect(clear, &QToolButton::clicked, m_model, &ScanListModel::clear);
    connect(m_startStop, &QToolButton::clicked, this, &ScanPage::toggleCamera);
    connect(m_cameras, &QComboBox::activated, this, [this] {
        if (m_preview->isStarted())
            toggleCamera(); // off, then on below with the camera just chosen
        toggleCamera();
    });
    connect(m_list, &QListView::activated, this, &ScanPage::open);
    connect(m_resolver, &QrResolver::resolved, this, &ScanPage::onResolved);
    connect(m_preview, &CameraPreview::codesFound, this, &ScanPage::take);
    connect(m_preview, &CameraPreview::activeChanged, this, &ScanPage::updateStartStop);
    connect(m_preview, &CameraPreview::failed, this, [this](const QString& message) {
        m_cameraMessage->setText(message);
        updateStartStop();
    });
    auto* devices = new QMediaDevices(this);
    connect(devices, &QMediaDevices::videoInputsChanged, this, &ScanPage::refreshCameras);
    refreshCameras();
}

void ScanPage::reload()
{
    refreshCameras();
}

void ScanPage::focusSearch()
{
    m_cameras->setFocus(Qt::ShortcutFocusReason);
}

void ScanPage::openImage(const QString& path)
{
    QtConcurrent::run([path] {
        return QrDecoder().decodeFile(path);
    }).then(this, [this](const QrDecoder::Decoded& decoded) { showDecoded(decoded); });
}

void ScanPage::paste()
{
    takeMimeData(QGuiApplication::clipboard()->mimeData());
}

void ScanPage::setContinuous(bool continuous)
{
    m_continuous->setChecked(continuous);
}

bool ScanPage::isContinuous() const
{
    return m_continuous->isChecked();
}

QVideoSink* ScanPage::frameTap() const
{
    return m_preview->frameTap();
}

QString ScanPage::cameraMessage() const
{
    return m_cameraMessage->text();
}

QString ScanPage::message() const
{
    return m_message->text();
}

void ScanPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasImage() || !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ScanPage::dropEvent(QDropEvent* event)
{
    takeMimeData(event->mimeData());
    event->acceptProposedAction();
}

void ScanPage::hideEvent(QHideEvent* event)
{
    // Nobody looks at a hidden scanner: give the camera back (and its light goes off).
    m_preview->stop();
    Page::hideEvent(event);
}

void ScanPage::refreshCameras()
{
    const QByteArray chosen = m_cameras->currentData().toByteArray();
    const QList<QCameraDevice> inputs = QMediaDevices::videoInputs();
    m_cameras->clear();
    for (const QCameraDevice& device : inputs)
        m_cameras->addItem(device.description(), device.id());
    const int kept = m_cameras->findData(chosen);
    const int fallback = m_cameras->findData(QMediaDevices::defaultVideoInput().id());
    m_cameras->setCurrentIndex(kept >= 0 ? kept : qMax(fallback, 0));
    if (inputs.isEmpty()) {
        m_preview->stop();
        m_cameraMessage->setText(tr("No camera was found. Connect one and it will be listed here; meanwhile "
                                    "you can open, paste or drop an image of the label."));
    } else if (!m_preview->isStarted()) {
        m_cameraMessage->clear();
    }
    m_cameras->setEnabled(!inputs.isEmpty());
    updateStartStop();
}

void ScanPage::toggleCamera()
{
    if (m_preview->isStarted()) {
        m_preview->stop();
        return;
    }
    const QByteArray id = m_cameras->currentData().toByteArray();
    for (const QCameraDevice& device : QMediaDevices::videoInputs()) {
        if (device.id() == id) {
            m_cameraMessage->clear();
            m_preview->start(device);
            break;
        }
    }
    updateStartStop();
}

void ScanPage::updateStartStop()
{
    const bool started = m_preview->isStarted();
    const QString what = started ? tr("Stop the camera") : tr("Start the camera");
    m_startStop->setIcon(Icons::get(started ? u"cancel"_s : u"scan"_s));
    m_startStop->setToolTip(what);
    m_startStop->setAccessibleName(what);
    m_startStop->setEnabled(started || m_cameras->count() > 0);
}

void ScanPage::takeMimeData(const QMimeData* mime)
{
    if (!mime)
        return;
    if (mime->hasImage()) {
        decodeImage(qvariant_cast<QImage>(mime->imageData()));
        return;
    }
    const QStringList files = localFiles(mime);
    for (const QString& file : files)
        openImage(file);
    if (files.isEmpty() && mime->hasText())
        take({mime->text()});
}

void ScanPage::decodeImage(const QImage& image)
{
    QtConcurrent::run([image] {
        return QrDecoder().decode(image);
    }).then(this, [this](const QrDecoder::Decoded& decoded) { showDecoded(decoded); });
}

void ScanPage::showDecoded(const QrDecoder::Decoded& decoded)
{
    if (!decoded) {
        m_message->setText(decoded.error().message());
        return;
    }
    QStringList texts;
    for (const QrCode& code : decoded.value())
        texts.append(code.text);
    m_message->setText(texts.isEmpty() ? tr("No QR code was found in this image.") : QString());
    take(texts);
}

void ScanPage::take(const QStringList& texts)
{
    if (texts.isEmpty())
        return;
    m_openedThisScan = false;
    for (const QString& text : texts) {
        const bool queued = m_resolving == text || m_queue.contains(text);
        const std::optional<QrResolver::Resolution> known = m_model->resolution(text);
        if (m_model->add(text) || (canRetry(known) && !queued))
            m_queue.append(text);
        else if (known)
            openIfFound(*known);
    }
    m_list->setCurrentIndex(m_model->index(0));
    m_list->scrollToTop();
    resolveNext();
}

void ScanPage::resolveNext()
{
    if (!m_resolving.isEmpty() || m_queue.isEmpty())
        return;
    m_resolving = m_queue.takeFirst();
    m_resolver->resolve(QrLink::parse(m_resolving, {m_session.profile().server().host()}));
}

void ScanPage::onResolved(const QrResolver::Resolution& resolution)
{
    m_model->setResolution(std::exchange(m_resolving, QString()), resolution);
    openIfFound(resolution);
    resolveNext();
}

void ScanPage::openIfFound(const QrResolver::Resolution& resolution)
{
    if (isContinuous() || m_openedThisScan || resolution.outcome != QrResolver::Outcome::Found)
        return;
    m_openedThisScan = true;
    emit openProduct(resolution.affair.id, resolution.product.id);
}

void ScanPage::open(const QModelIndex& index)
{
    // Only the customer's own products open: text and foreign links are shown, never followed.
    const QUuid product = index.data(ScanListModel::ProductIdRole).toUuid();
    if (!product.isNull())
        emit openProduct(index.data(ScanListModel::AffairIdRole).toUuid(), product);
}

} // namespace mycloud
