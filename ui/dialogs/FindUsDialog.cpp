#include "FindUsDialog.h"

#include "dialogs/ContactRow.h"
#include "dialogs/OfflineMap.h"
#include "dialogs/SelectableLabel.h"
#include "style/Icons.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

// Only a web address becomes a link: the value comes from the server and is not trusted.
QLabel* websiteLabel(const QString& website, QWidget* parent)
{
    const QUrl url(website.trimmed(), QUrl::StrictMode);
    const bool web = url.isValid() && (url.scheme() == "https"_L1 || url.scheme() == "http"_L1);
    if (!web)
        return new SelectableLabel(website, u"website"_s, parent);
    auto* label = new QLabel(u"<a href=\"%1\">%2</a>"_s.arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                            website.trimmed().toHtmlEscaped()),
                             parent);
    label->setObjectName(u"website"_s);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

QString coordinate(double value)
{
    // Shortest exact form, never an exponent: 48.0794, not 48.079400 or 4.8e+01.
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

FindUsDialog::FindUsDialog(const Company& company, QWidget* parent)
    : QDialog(parent)
    , m_mapUrl(openStreetMapUrl(company.latitude, company.longitude))
{
    setWindowTitle(tr("Find us"));
    setModal(true);

    auto* name = new SelectableLabel(company.name, u"name"_s, this);
    name->setBold(true);
    auto* phone = new ContactRow(ContactRow::Kind::Phone, company.phone, this);
    phone->setObjectName(u"phone"_s);
    auto* email = new ContactRow(ContactRow::Kind::Email, company.email, this);
    email->setObjectName(u"email"_s);

    auto* info = new QFormLayout;
    info->addRow(name);
    info->addRow(tr("Address:"), new SelectableLabel(company.address, u"address"_s, this));
    info->addRow(tr("Phone:"), phone);
    info->addRow(tr("E-mail:"), email);
    info->addRow(tr("Website:"), websiteLabel(company.website, this));

    auto* map = new OfflineMap(u":/images/b2ei-map.png"_s, company.address, this);
    map->setObjectName(u"map"_s);
    auto* openMap = new QPushButton(Icons::get(u"open-external"_s), tr("&Open in a map service"), this);
    openMap->setObjectName(u"openMap"_s);
    openMap->setAutoDefault(false);
    connect(openMap, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_mapUrl); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(info);
    layout->addWidget(map, 1);
    layout->addWidget(openMap, 0, Qt::AlignRight);
    layout->addWidget(buttons);
}

QUrl FindUsDialog::openStreetMapUrl(double latitude, double longitude)
{
    const QString lat = coordinate(latitude);
    const QString lon = coordinate(longitude);
    QUrl url(u"https://www.openstreetmap.org/"_s);
    url.setQuery(QUrlQuery{{u"mlat"_s, lat}, {u"mlon"_s, lon}});
    url.setFragment(u"map=16/%1/%2"_s.arg(lat, lon));
    return url;
}

} // namespace mycloud
