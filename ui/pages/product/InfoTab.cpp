#include "InfoTab.h"

#include "PhotoThumbnailModel.h"
#include "PhotoViewerDialog.h"
#include "core/ClientSession.h"
#include "dialogs/ContactRow.h"
#include "domain/Affair.h"
#include "domain/Product.h"
#include "store/Store.h"
#include "style/Icons.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

enum Field {
    AffairName,
    AffairReference,
    ProductName,
    ProductReference,
    SerialNumber,
    Manufactured,
    Description,
    Site,
    ContactName,
    FieldCount
};

} // namespace

InfoTab::InfoTab(ClientSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_details(new QWidget(this))
    , m_photosPart(new QGroupBox(tr("Photos"), this))
    , m_contactRows(new QVBoxLayout)
    , m_remote(new QCheckBox(tr("&Remote consultation through the QR code"), this))
    , m_photos(new PhotoThumbnailModel(session.files(), this))
    , m_gallery(new QListView(this))
    , m_download(new QPushButton(Icons::get(u"cloud-download"_s), tr("&Download the photos…"), this))
{
    const QString labels[FieldCount]
        = {tr("Affair:"),           tr("Affair reference:"), tr("Product:"),     tr("Reference:"),
           tr("Serial number:"),    tr("Manufactured on:"),  tr("Description:"), tr("Site:"),
           tr("Your B2EI contact:")};
    auto* form = new QFormLayout;
    for (const QString& label : labels) {
        auto* value = new QLabel(m_details);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        m_values << value;
        form->addRow(label, value);
    }
    form->addRow(QString(), m_contactRows);
    m_remote->setToolTip(tr("When off, the product's QR code opens no page, whatever the affair's switch."));
    connect(m_remote, &QCheckBox::clicked, this,
            [this](bool on) { m_session.setRemoteConsultation(Actions::Level::Product, m_productId, on); });
    auto* detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->addLayout(form);
    detailsLayout->addWidget(m_remote);
    detailsLayout->addStretch();

    m_gallery->setModel(m_photos);
    m_gallery->setViewMode(QListView::IconMode);
    m_gallery->setIconSize(QSize(PhotoThumbnailModel::kThumbnailSize, PhotoThumbnailModel::kThumbnailSize));
    m_gallery->setResizeMode(QListView::Adjust);
    m_gallery->setMovement(QListView::Static);
    m_gallery->setUniformItemSizes(true);
    m_gallery->setWordWrap(true);
    m_gallery->setAccessibleName(tr("Photos of the product"));
    connect(m_gallery, &QListView::activated, this, [this](const QModelIndex& index) {
        PhotoViewerDialog viewer(m_photos, index.row(), this);
        viewer.exec();
    });
    connect(m_download, &QPushButton::clicked, this,
            [this] { emit exportRequested(m_photos->photos(), m_download->text()); });
    auto* photosLayout = new QVBoxLayout(m_photosPart);
    photosLayout->addWidget(m_gallery);
    photosLayout->addWidget(m_download, 0, Qt::AlignRight);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    restoreParts();
    m_splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

void InfoTab::restoreParts()
{
    m_splitter->insertWidget(0, m_details);
    m_splitter->insertWidget(1, m_photosPart);
    m_details->show();
    m_photosPart->show();
}

void InfoTab::setField(int row, const QString& value)
{
    m_values.at(row)->setText(value.isEmpty() ? tr("—") : value);
}

void InfoTab::setProduct(const QUuid& productId)
{
    m_productId = productId;
    reload();
}

void InfoTab::reload()
{
    const auto product = m_session.store().product(m_productId);
    if (!product)
        return;
    const auto affair = m_session.store().affair(product->affairId);
    setField(AffairName, affair ? affair->name : QString());
    setField(AffairReference, affair ? affair->reference : QString());
    setField(ProductName, product->name);
    setField(ProductReference, product->reference);
    setField(SerialNumber, product->serialNumber);
    setField(Manufactured,
             product->manufacturedOn ? QLocale().toString(*product->manufacturedOn, QLocale::LongFormat)
                                     : QString());
    setField(Description, product->description);
    setField(Site, affair ? affair->site : QString());
    setField(ContactName, affair ? affair->contact.name : QString());
    while (QLayoutItem* item = m_contactRows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (affair) {
        m_contactRows->addWidget(new ContactRow(ContactRow::Kind::Phone, affair->contact.phone, m_details));
        m_contactRows->addWidget(new ContactRow(ContactRow::Kind::Email, affair->contact.email, m_details));
    }
    m_remote->setChecked(product->remoteConsultation);

    QList<Document> photos;
    for (const Document& document : m_session.store().documents(m_productId))
        if (document.kind == DocumentKind::Photo)
            photos << document;
    std::sort(photos.begin(), photos.end(),
              [](const Document& a, const Document& b) { return a.createdAt > b.createdAt; });
    if (photos != m_photos->photos())
        m_photos->setPhotos(photos);
    m_download->setEnabled(!photos.isEmpty());
}

} // namespace mycloud
