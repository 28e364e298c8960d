#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "core/ClientSession.h"
#include "dialogs/CertificateDialog.h"
#include "dialogs/ChangePasswordDialog.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/ContactDialog.h"
#include "dialogs/DoeDialog.h"
#include "dialogs/FindUsDialog.h"
#include "dialogs/LockDialog.h"
#include "dialogs/NoteDialog.h"
#include "dialogs/TaskDialog.h"
#include "dialogs/ValidateTaskDialog.h"
#include "domain/Affair.h"
#include "domain/Company.h"
#include "domain/Product.h"
#include "labels/LabelDialog.h"
#include "navigation/History.h"
#include "pages/AffairsPage.h"
#include "pages/ProductPage.h"
#include "pages/product/DocumentsTab.h"
#include "pdf/PdfViewer.h"
#include "settings/PreferencesDialog.h"
#include "signin/SignInDialog.h"
#include "store/Store.h"
#include "widgets/CollapsibleSection.h"

#include <QApplication>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTour, "mycloud.ui.tour")

namespace mycloud {

namespace {

constexpr int kSettleMs = 700; // models load and PDFs render on workers: let them land

// The affair and product the tour shows: the first affair with a schematic under a product.
std::pair<Affair, Product> showcase(Store& store)
{
    for (const Affair& affair : store.affairs()) {
        for (const Product& product : store.products(affair.id)) {
            for (const Document& document : store.documents(product.id))
                if (document.kind == DocumentKind::Schematic)
                    return {affair, product};
        }
    }
    return {};
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow& window, ClientSession& session, const QString& outputDirectory,
                               QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_output(outputDirectory)
{ }

void ScreenshotTour::add(const QString& name, Step prepare, std::function<QWidget*()> target)
{
    m_steps.append({name, [this, name, prepare = std::move(prepare), target = std::move(target)] {
                        prepare();
                        QTimer::singleShot(kSettleMs, this, [this, name, target] {
                            save(name, target ? target() : &m_window);
                            next();
                        });
                    }});
}

void ScreenshotTour::dialog(const QString& name, QWidget* dialog)
{
    m_steps.append({name, [this, name, dialog] {
                        dialog->show();
                        QTimer::singleShot(kSettleMs, this, [this, name, dialog] {
                            save(name, dialog);
                            dialog->deleteLater();
                            next();
                        });
                    }});
}

void ScreenshotTour::start()
{
    m_output.mkpath(u"."_s);
    Store& store = m_session.store();
    const auto [affair, product] = showcase(store);
    const auto go
        = [this](const Location& location) { return [this, location] { m_window.history().go(location); }; };
    const auto wide = [this] { m_window.resize(1280, 800); };
    const auto compact = [this] { m_window.resize(560, 900); };

    add(u"affairs"_s, [=] {
        wide();
        go(Location::affairs())();
    });
    add(u"affairs-search"_s, [this] { m_window.affairsPage()->searchField()->setText(u"sele"_s); });
    add(u"products"_s, [=, this] {
        m_window.affairsPage()->searchField()->clear();
        go(Location::products(affair.id))();
    });
    const QString tabNames[]
        = {u"information"_s, u"schematics"_s, u"quality"_s, u"misc"_s, u"tasks"_s, u"maintenance"_s};
    for (int tab = 0; tab < int(std::size(tabNames)); ++tab) {
        add(u"product-"_s + tabNames[tab], [=, this] {
            go(Location::product(affair.id, product.id))();
            m_window.productPage()->tabs()->setCurrentIndex(tab);
            if (tab == ProductPage::Schematics) {
                DocumentsTab* schematics = m_window.productPage()->documents(DocumentKind::Schematic);
                schematics->view()->setCurrentIndex(schematics->view()->model()->index(0, 0));
                schematics->consult(0);
            }
        });
    }
    add(u"pdf-search"_s, [this] {
        m_window.productPage()->tabs()->setCurrentIndex(ProductPage::Schematics);
        m_window.productPage()->documents(DocumentKind::Schematic)->viewer()->search(u"X1"_s);
    });
    add(u"product-compact"_s, [this, compact] {
        compact();
        for (CollapsibleSection* section : m_window.productPage()->sections())
            section->setExpanded(section == m_window.productPage()->sections().first()
                                 || section == m_window.productPage()->sections().at(5));
    });
    add(u"scan"_s, [=] {
        wide();
        go(Location::scan())();
    });
    add(u"account"_s, [=] {
        wide();
        go(Location::account())();
    });

    dialog(u"dialog-sign-in"_s, new SignInDialog(m_session, &m_window));
    dialog(u"dialog-add-task"_s, new TaskDialog(&m_window));
    const QList<Task> tasks = store.tasks(product.id);
    if (!tasks.isEmpty())
        dialog(u"dialog-validate-task"_s, new ValidateTaskDialog(tasks.first(), &m_window));
    dialog(u"dialog-add-note"_s, new NoteDialog(&m_window));
    dialog(u"dialog-lock"_s, new LockDialog(affair.reference, &m_window));
    auto* doe = new DoeDialog(m_session.client(), store, affair.id, &m_window);
    doe->enableLocalBuild(m_session.files(), m_session.profile().doeHistoryDirectory());
    dialog(u"dialog-doe"_s, doe);
    dialog(u"dialog-conflicts"_s, new ConflictDialog(m_session, &m_window));
    QList<std::pair<Product, Affair>> labels;
    for (const Product& labelled : store.products(affair.id))
        labels.append({labelled, affair});
    dialog(u"dialog-labels"_s, new LabelDialog(m_session.profile().server(), labels, &m_window));
    dialog(u"dialog-contact"_s, new ContactDialog(affair.contact, &m_window));
    dialog(u"dialog-change-password"_s, new ChangePasswordDialog(&m_window));
    dialog(u"dialog-preferences"_s, new PreferencesDialog(m_session, &m_window));
    if (const auto company = store.company())
        dialog(u"dialog-find-us"_s, new FindUsDialog(*company, &m_window));
    const QList<QSslCertificate> ca = m_session.profile().trustedCertificates();
    if (!ca.isEmpty()) {
        CertificateDetails details;
        details.subject = ca.first().subjectDisplayName();
        details.issuer = ca.first().issuerDisplayName();
        details.notBefore = ca.first().effectiveDate();
        details.notAfter = ca.first().expiryDate();
        details.sha256Fingerprint
            = QString::fromLatin1(ca.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        details.errors = {tr("The issuer certificate of a locally looked up certificate could not be found")};
        dialog(u"dialog-certificate"_s,
               new CertificateDialog(details, m_session.profile().server().host(), &m_window));
    }
    m_index = 0;
    next();
}

void ScreenshotTour::next()
{
    if (m_index == m_steps.size()) {
        qCInfo(lcTour) << m_steps.size() << "screenshots in" << m_output.absolutePath();
        QApplication::quit();
        return;
    }
    const Step step = m_steps.at(m_index++).second;
    step();
}

void ScreenshotTour::save(const QString& name, QWidget* widget)
{
    const QString path = m_output.filePath(name + u".png"_s);
    if (!widget->grab().save(path))
        qCWarning(lcTour) << "cannot write" << path;
}

} // namespace mycloud
