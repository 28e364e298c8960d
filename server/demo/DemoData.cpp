#include "DemoData.h"

#include "DemoPdf.h"
#include "files/FileStore.h"
#include "repository/AccountRepository.h"
#include "repository/CatalogRepository.h"
#include "repository/MaintenanceRepository.h"
#include "repository/SqlValues.h"
#include "repository/WriteTransaction.h"
#include "services/PasswordHasher.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

struct AffairSeed
{
    const char* reference;
    const char* name;
    const char* client;
    const char* site;
    int products;
    bool remoteConsultation;
    bool locked;
};

// The demo customer's twelve affairs (80 products), then the other customer's two.
constexpr AffairSeed kAffairs[] = {
    {"AFF-2023-0118", "Rénovation TGBT Bâtiment A", "Hôpital Pasteur", "Colmar", 8, true, false},
    {"AFF-2024-0042", "Extension atelier de production", "Mécanique de l'Est", "Mulhouse", 7, true, false},
    {"AFF-2024-0077", "Armoires de commande station de pompage", "Syndicat des eaux du Ried", "Sélestat", 6,
     false, false},
    {"AFF-2024-0131", "Mise en conformité cuisine centrale", "Lycée Bartholdi", "Colmar", 5, true, false},
    {"AFF-2024-0203", "Éclairage du parking souterrain", "Ville de Strasbourg", "Strasbourg", 6, true, false},
    {"AFF-2025-0011", "Chaufferie biomasse", "Réseau de chaleur de Guebwiller", "Guebwiller", 7, true, true},
    {"AFF-2025-0058", "Tableaux divisionnaires EHPAD Les Tilleuls", "EHPAD Les Tilleuls", "Riquewihr", 6,
     true, false},
    {"AFF-2025-0094", "Ligne d'embouteillage n° 3", "Brasserie d'Obernai", "Obernai", 8, true, false},
    {"AFF-2025-0140", "Salle serveurs et onduleurs", "Banque Populaire d'Alsace", "Strasbourg", 6, true,
     false},
    {"AFF-2025-0187", "Bornes de recharge pour véhicules électriques", "Centre commercial Porte Sud",
     "Wittenheim", 7, true, false},
    {"AFF-2026-0015", "Traitement d'air du bloc opératoire", "Clinique des Lilas", "Mulhouse", 7, true, true},
    {"AFF-2026-0032", "Armoire de comptage photovoltaïque", "Ferme solaire du Sundgau", "Altkirch", 7, true,
     false},
    {"AFF-2025-0220", "Compresseurs d'air comprimé", "Mécanique de l'Est", "Mulhouse", 3, true, false},
    {"AFF-2026-0041", "Pont roulant du hall 2", "Mécanique de l'Est", "Mulhouse", 3, true, false},
};
constexpr int kDemoAffairs = 12;

constexpr const char* kProductNames[]
    = {"Armoire TGBT",         "Tableau divisionnaire", "Armoire de commande", "Coffret d'éclairage",
       "Armoire de puissance", "Coffret de prises",     "Armoire de comptage", "Tableau de distribution"};
constexpr const char* kZones[] = {"niveau 0", "niveau 1",        "niveau 2",   "zone Nord",
                                  "zone Sud", "local technique", "façade Est", "sous-sol"};

struct Contact
{
    const char* name;
    const char* phone;
    const char* email;
};
constexpr Contact kContacts[] = {
    {"Jean Dupont", "+33 3 89 00 00 10", "jean.dupont@b2ei.fr"},
    {"Élodie Schmitt", "+33 3 89 00 00 14", "elodie.schmitt@b2ei.fr"},
    {"Thomas Keller", "+33 3 89 00 00 21", "thomas.keller@b2ei.fr"},
};

constexpr const char* kTasks[] = {
    "Resserrer les borniers du départ D12 et contrôler l'échauffement à la caméra thermique.",
    "Remplacer le voyant défectueux de la porte avant.",
    "Vérifier le réglage du relais thermique du moteur de pompe.",
    "Nettoyer les filtres de ventilation de l'armoire.",
    "Tester les différentiels 30 mA (essai trimestriel).",
    "Mettre à jour le repérage après l'ajout du départ éclairage extérieur.",
};
struct NoteSeed
{
    const char* task;
    const char* workDone;
    const char* comment;
};
constexpr NoteSeed kNotes[] = {
    {"Contrôle annuel de l'armoire.", "Thermographie sans point chaud, serrages vérifiés au couple.",
     "RAS. Prochain contrôle dans un an."},
    {"Remplacement du disjoncteur Q3.",
     "Disjoncteur remplacé à l'identique, essais de déclenchement conformes.",
     "Pièce défectueuse retournée au fabricant."},
    {"Mise en service après travaux.", "Essais fonctionnels réalisés avec l'exploitant.", ""},
};

QImage cabinetPhoto(int seed, bool open)
{
    // A drawn cabinet rather than text (a server has no fonts): colours and layout vary per product.
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((seed * 47) % 360, 25, 225));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(0, 470, 800, 130, QColor(150, 150, 145)); // floor
    const QRect body(250, 60, 300, 440);
    painter.fillRect(body.translated(12, 10), QColor(0, 0, 0, 60)); // shadow
    painter.fillRect(body, QColor(215, 218, 222));
    painter.setPen(QPen(QColor(70, 72, 80), 4));
    painter.drawRect(body);
    if (open) {
        // Rows of modular devices on DIN rails.
        for (int row = 0; row < 5; ++row) {
            const int y = 95 + row * 78;
            painter.fillRect(270, y + 22, 260, 8, QColor(160, 160, 165));
            for (int d = 0; d < 9 - (seed + row) % 3; ++d)
                painter.fillRect(276 + d * 28, y, 24, 52,
                                 d % 4 == 0 ? QColor(40, 90, 160) : QColor(245, 245, 240));
        }
    } else {
        painter.drawLine(400, 60, 400, 500);
        painter.fillRect(372, 260, 12, 60, QColor(60, 60, 60)); // handle
        painter.fillRect(416, 260, 12, 60, QColor(60, 60, 60));
        painter.fillRect(290, 90, 80, 40, QColor(250, 200, 40)); // warning label
    }
    painter.end();
    return image;
}

QByteArray jpeg(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 82);
    return bytes;
}

QByteArray billOfMaterials(const QString& reference, int seed)
{
    QByteArray csv = "repère;désignation;référence fabricant;quantité\n";
    const char* const rows[]
        = {"Q1;Interrupteur-sectionneur 630 A;INS630;1\n", "Q2;Disjoncteur 4P 160 A;NSX160F;2\n",
           "KM1;Contacteur 3P 40 A 230 V;LC1D40;3\n",      "F1;Porte-fusible 10x38;DF101;6\n",
           "X1;Bornier à ressort 4 mm²;ST4;48\n",          "H1;Voyant LED vert 22 mm;XB5AVB3;4\n"};
    for (int i = 0; i < 6; ++i)
        if ((i + seed) % 5 != 4)
            csv += rows[i];
    csv += "# " + reference.toUtf8() + "\n";
    return csv;
}

} // namespace

DemoData::DemoData(Stores stores, QString scratchDir)
    : m_stores(stores)
    , m_scratchDir(std::move(scratchDir))
    , m_random(20261126u) // the same data every time
    , m_now(SqlValues::now())
{ }

QUuid DemoData::nextId()
{
    QByteArray bytes(16, Qt::Uninitialized);
    m_random.fillRange(reinterpret_cast<quint32*>(bytes.data()), 4);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes);
}

QString DemoData::nextQrToken()
{
    // 128 bits: what real labels carry (random, never sequential), reproducible for the demo.
    QByteArray bytes(16, Qt::Uninitialized);
    m_random.fillRange(reinterpret_cast<quint32*>(bytes.data()), 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> DemoData::store(const QByteArray& bytes, StoredFile* stored)
{
    QDir().mkpath(m_scratchDir);
    const QString path = m_scratchDir + u"/demo-file"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return u"cannot write %1: %2"_s.arg(path, file.errorString());
    file.close();
    QString error;
    const auto put = m_stores.files.put(path, &error);
    QFile::remove(path);
    if (!put)
        return error;
    *stored = {put->sha256, put->size};
    return std::nullopt;
}

std::optional<QString> DemoData::seed(Size size)
{
    if (m_stores.accounts.credentialsByEmail(QString::fromLatin1(kEmail)))
        return std::nullopt;

    m_stores.accounts.setCompany({u"B2EI"_s, u"12 rue de l'Industrie\n68000 Colmar\nFrance"_s,
                                  u"+33 3 89 00 00 00"_s, u"contact@b2ei.fr"_s, u"https://www.b2ei.fr"_s,
                                  48.0794, 7.3585});
    const Account demo{nextId(),
                       QString::fromLatin1(kEmail),
                       u"Claire Bernard"_s,
                       u"Électricité Rhénane"_s,
                       u"39 avenue de la Liberté\n68000 Colmar"_s,
                       u"+33 3 89 12 40 00"_s,
                       true,
                       1};
    const Account other{nextId(),
                        QString::fromLatin1(kOtherEmail),
                        u"Marc Weber"_s,
                        u"Mécanique de l'Est"_s,
                        u"5 rue des Forges\n68100 Mulhouse"_s,
                        u"+33 3 89 45 00 00"_s,
                        true,
                        1};
    if (auto error = addCustomer(demo, QString::fromLatin1(kPassword)))
        return error;
    if (auto error = addCustomer(other, QString::fromLatin1(kOtherPassword)))
        return error;

    int product = 0;
    for (int a = 0; a < int(std::size(kAffairs)); ++a) {
        if (auto error = addRichAffair(a < kDemoAffairs ? demo.id : other.id, a, product))
            return error;
        product += kAffairs[a].products;
    }
    if (size == Size::Large)
        return addBulkAffairs(demo.id, 2000 - kDemoAffairs, 100000 - 80);
    return std::nullopt;
}

std::optional<QString> DemoData::addCustomer(const Account& account, const QString& password)
{
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty() || !m_stores.accounts.insert(account, hash))
        return u"cannot create the customer %1"_s.arg(account.email);
    return std::nullopt;
}

Product DemoData::makeProduct(const QUuid& affairId, const QString& affairReference, int index, int number)
{
    Product product;
    product.id = nextId();
    product.affairId = affairId;
    product.reference = affairReference.mid(4) + u"-P%1"_s.arg(index + 1, 2, 10, QLatin1Char('0'));
    product.name = QString::fromUtf8(kProductNames[(number + index) % std::size(kProductNames)]) + u" – "_s
        + QString::fromUtf8(kZones[index % std::size(kZones)]);
    product.serialNumber = u"B2EI-%1"_s.arg(240000 + number * 17);
    product.description = u"Ensemble assemblé, câblé et contrôlé dans les ateliers B2EI de Colmar."_s;
    product.manufacturedOn = m_now.date().addDays(-400 + (number % 380));
    product.qrToken = nextQrToken();
    product.remoteConsultation = true;
    product.createdAt = m_now.addDays(-400 + (number % 380));
    product.updatedAt = product.createdAt;
    product.version = 1;
    return product;
}

std::optional<QString> DemoData::addRichAffair(const QUuid& customer, int index, int firstProduct)
{
    const AffairSeed& seed = kAffairs[index];
    const Contact& contact = kContacts[index % std::size(kContacts)];
    WriteTransaction tx(m_stores.database); // one commit per affair: fast, and all or nothing
    Affair affair;
    affair.id = nextId();
    affair.reference = QString::fromLatin1(seed.reference);
    affair.name = QString::fromUtf8(seed.name);
    affair.client = QString::fromUtf8(seed.client);
    affair.site = QString::fromUtf8(seed.site);
    affair.contact = {QString::fromUtf8(contact.name), QString::fromUtf8(contact.phone),
                      QString::fromUtf8(contact.email)};
    affair.remoteConsultation = seed.remoteConsultation;
    affair.createdAt = m_now.addDays(-420 + index * 30);
    affair.updatedAt = m_now.addDays(-index * 3).addSecs(-index * 3600);
    affair.version = 1;
    if (!m_stores.catalog.insertAffair(customer, affair))
        return u"cannot insert affair %1"_s.arg(affair.reference);

    for (int i = 0; i < seed.products; ++i) {
        const int number = firstProduct + i;
        Product product = makeProduct(affair.id, affair.reference, i, number);
        // One product of the charging-station affair is kept off QR consultation on its own.
        product.remoteConsultation = !(index == 9 && i == 2);
        if (!m_stores.catalog.insertProduct(customer, product))
            return u"cannot insert product %1"_s.arg(product.reference);
        if (auto error = addProductDocuments(customer, product, number))
            return error;
        if (auto error = addMaintenance(customer, product, number))
            return error;
        if (index == 0 && i == 1) { // a product locked on its own
            if (m_stores.catalog.setLock(CatalogRepository::Level::Product, customer, product.id,
                                         PasswordHasher::hash(QString::fromLatin1(kLockPassword)),
                                         std::nullopt)
                != WriteOutcome::Done)
                return u"cannot lock product %1"_s.arg(product.reference);
        }
    }
    if (seed.locked
        && m_stores.catalog.setLock(CatalogRepository::Level::Affair, customer, affair.id,
                                    PasswordHasher::hash(QString::fromLatin1(kLockPassword)), std::nullopt)
            != WriteOutcome::Done)
        return u"cannot lock affair %1"_s.arg(affair.reference);
    if (!tx.commit())
        return u"cannot store affair %1"_s.arg(affair.reference);
    return std::nullopt;
}

std::optional<QString> DemoData::addDocument(const QUuid& customer, Document document, const StoredFile& file)
{
    document.id = nextId();
    document.sha256 = file.sha256;
    document.size = file.size;
    document.version = 1;
    if (!m_stores.catalog.insertDocument(customer, document))
        return u"cannot insert document %1"_s.arg(document.fileName);
    return std::nullopt;
}

std::optional<QString> DemoData::addProductDocuments(const QUuid& customer, const Product& product,
                                                     int number)
{
    const QString ref = product.reference;
    auto add = [&](DocumentKind kind, const QString& title, const QString& fileName, const QString& mime,
                   const QByteArray& bytes, int revision, bool valid, int ageDays) -> std::optional<QString> {
        StoredFile file;
        if (auto error = store(bytes, &file))
            return error;
        Document d;
        d.productId = product.id;
        d.kind = kind;
        d.title = title;
        d.fileName = fileName;
        d.mimeType = mime;
        d.revision = revision;
        d.valid = valid;
        d.createdAt = m_now.addDays(-ageDays).addSecs(-number * 60);
        return addDocument(customer, d, file);
    };
    std::optional<QString> error;
    error = add(DocumentKind::Photo, u"Vue d'ensemble, porte fermée"_s, u"%1_vue_ensemble.jpg"_s.arg(ref),
                u"image/jpeg"_s, jpeg(cabinetPhoto(number, false)), 1, true, 300);
    if (!error)
        error = add(DocumentKind::Photo, u"Intérieur, appareillage"_s, u"%1_interieur.jpg"_s.arg(ref),
                    u"image/jpeg"_s, jpeg(cabinetPhoto(number, true)), 1, true, 300);
    // Two to four revisions; every third product has its last one still under review, so the
    // latest valid schematic is not always the newest.
    const int revisions = 2 + number % 3;
    const bool underReview = number % 3 == 0;
    for (int rev = 1; rev <= revisions && !error; ++rev) {
        const bool valid = !(underReview && rev == revisions);
        error
            = add(DocumentKind::Schematic, u"Schéma de câblage"_s, u"%1_schéma_rév%2.pdf"_s.arg(ref).arg(rev),
                  u"application/pdf"_s, DemoPdf::schematic(product.name, ref, rev, valid, 3 + (rev % 2)), rev,
                  valid, 320 - rev * 60);
    }
    if (!error)
        error = add(DocumentKind::Quality, u"Fiche de contrôle qualité"_s,
                    u"%1_contrôle_qualité.pdf"_s.arg(ref), u"application/pdf"_s,
                    DemoPdf::qualitySheet(product.name, ref, product.serialNumber), 1, true, 290);
    if (!error)
        error = add(DocumentKind::Quality, u"Déclaration de conformité"_s,
                    u"%1_déclaration_conformité.pdf"_s.arg(ref), u"application/pdf"_s,
                    DemoPdf::lines({u"Déclaration de conformité"_s, product.name, u"Référence "_s + ref,
                                    u"B2EI déclare ce tableau conforme à la norme NF EN 61439-2."_s}),
                    1, true, 289);
    if (!error)
        error = add(DocumentKind::Misc, u"Nomenclature matériel"_s, u"%1_nomenclature.csv"_s.arg(ref),
                    u"text/csv"_s, billOfMaterials(ref, number), 1, true, 295);
    if (!error && number % 2 == 0)
        error = add(DocumentKind::Misc, u"Notice d'exploitation"_s, u"%1_notice.pdf"_s.arg(ref),
                    u"application/pdf"_s,
                    DemoPdf::lines({u"Notice d'exploitation"_s, product.name,
                                    u"Couper l'alimentation avant toute intervention."_s,
                                    u"Vérifier l'absence de tension (VAT)."_s}),
                    1, true, 280);
    return error;
}

std::optional<QString> DemoData::addMaintenance(const QUuid& customer, const Product& product, int number)
{
    // One to three tasks, exactly one of them a priority; one or two maintenance notes.
    const int tasks = 1 + number % 3;
    for (int t = 0; t < tasks; ++t) {
        Task task;
        task.id = nextId();
        task.productId = product.id;
        task.description = QString::fromUtf8(kTasks[(number + t) % std::size(kTasks)]);
        task.priority = t == 0;
        task.requester
            = {u"Électricité Rhénane"_s, t % 2 ? u"Muller"_s : u"Bernard"_s, t % 2 ? u"Paul"_s : u"Claire"_s};
        task.createdAt = task.updatedAt = m_now.addDays(-(number % 20) - t * 5).addSecs(-3600 * t);
        task.version = 1;
        if (m_stores.maintenance.createTask(customer, task).outcome != WriteOutcome::Done)
            return u"cannot add a task to %1"_s.arg(product.reference);
    }
    for (int n = 0; n < 1 + number % 2; ++n) {
        const NoteSeed& seed = kNotes[(number + n) % std::size(kNotes)];
        MaintenanceNote note;
        note.id = nextId();
        note.productId = product.id;
        note.requester = {u"Électricité Rhénane"_s, u"Bernard"_s, u"Claire"_s};
        note.performer = {u"B2EI Services"_s, n ? u"Keller"_s : u"Schmitt"_s, n ? u"Thomas"_s : u"Élodie"_s};
        note.requestedAt = m_now.addDays(-60 - n * 120 - number % 10);
        note.performedAt = m_now.date().addDays(-50 - n * 120 - number % 10);
        note.taskDescription = QString::fromUtf8(seed.task);
        note.workDone = QString::fromUtf8(seed.workDone);
        note.comment = QString::fromUtf8(seed.comment);
        note.createdAt = note.requestedAt->addDays(10);
        note.version = 1;
        if (m_stores.maintenance.createNote(customer, note).outcome != WriteOutcome::Done)
            return u"cannot add a note to %1"_s.arg(product.reference);
    }
    return std::nullopt;
}

std::optional<QString> DemoData::addBulkAffairs(const QUuid& customer, int affairs, int products)
{
    // Six documents per product from a small pool of files: 600,000 rows, a few megabytes on disk.
    constexpr int kPool = 16;
    QList<StoredFile> photos;
    QList<StoredFile> schematics;
    QList<StoredFile> quality;
    QList<StoredFile> misc;
    for (int i = 0; i < kPool; ++i) {
        StoredFile file;
        const QString ref = u"LOT-%1"_s.arg(i);
        for (auto [list, bytes] :
             {std::pair{&photos, jpeg(cabinetPhoto(i, i % 2))},
              std::pair{&schematics, DemoPdf::schematic(u"Armoire type"_s, ref, 1 + i % 3, true, 3)},
              std::pair{&quality, DemoPdf::qualitySheet(u"Armoire type"_s, ref, ref)},
              std::pair{&misc, billOfMaterials(ref, i)}}) {
            if (auto error = store(bytes, &file))
                return error;
            list->append(file);
        }
    }
    int productNumber = 80;
    for (int a = 0; a < affairs; ++a) {
        WriteTransaction tx(m_stores.database);
        Affair affair;
        affair.id = nextId();
        affair.reference = u"AFF-%1-%2"_s.arg(2016 + a % 10).arg(1000 + a, 4, 10, QLatin1Char('0'));
        affair.name = u"%1 – lot %2"_s.arg(QString::fromUtf8(kAffairs[a % kDemoAffairs].name)).arg(a + 1);
        affair.client = QString::fromUtf8(kAffairs[a % kDemoAffairs].client);
        affair.site = QString::fromUtf8(kAffairs[a % kDemoAffairs].site);
        const Contact& contact = kContacts[a % std::size(kContacts)];
        affair.contact = {QString::fromUtf8(contact.name), QString::fromUtf8(contact.phone),
                          QString::fromUtf8(contact.email)};
        affair.remoteConsultation = true;
        affair.createdAt = m_now.addDays(-3000 + a);
        affair.updatedAt = m_now.addDays(-60).addSecs(-a * 600);
        affair.version = 1;
        if (!m_stores.catalog.insertAffair(customer, affair))
            return u"cannot insert affair %1"_s.arg(affair.reference);
        const int count = products / affairs + (a < products % affairs ? 1 : 0);
        for (int i = 0; i < count; ++i, ++productNumber) {
            const Product product = makeProduct(affair.id, affair.reference, i, productNumber);
            if (!m_stores.catalog.insertProduct(customer, product))
                return u"cannot insert product %1"_s.arg(product.reference);
            const int k = productNumber % kPool;
            struct Row
            {
                DocumentKind kind;
                const char* title;
                const char* suffix;
                const char* mime;
                const StoredFile& file;
                int revision;
            };
            const Row rows[] = {
                {DocumentKind::Photo, "Vue d'ensemble", "vue.jpg", "image/jpeg", photos[k], 1},
                {DocumentKind::Photo, "Intérieur", "interieur.jpg", "image/jpeg", photos[(k + 1) % kPool], 1},
                {DocumentKind::Schematic, "Schéma de câblage", "schema_rev1.pdf", "application/pdf",
                 schematics[k], 1},
                {DocumentKind::Schematic, "Schéma de câblage", "schema_rev2.pdf", "application/pdf",
                 schematics[(k + 1) % kPool], 2},
                {DocumentKind::Quality, "Fiche de contrôle qualité", "qualite.pdf", "application/pdf",
                 quality[k], 1},
                {DocumentKind::Misc, "Nomenclature matériel", "nomenclature.csv", "text/csv", misc[k], 1},
            };
            for (const Row& row : rows) {
                Document d;
                d.productId = product.id;
                d.kind = row.kind;
                d.title = QString::fromUtf8(row.title);
                d.fileName = product.reference + u'_' + QString::fromLatin1(row.suffix);
                d.mimeType = QString::fromLatin1(row.mime);
                d.revision = row.revision;
                d.valid = true;
                d.createdAt = product.createdAt.addDays(row.revision);
                if (auto error = addDocument(customer, d, row.file))
                    return error;
            }
        }
        if (!tx.commit())
            return u"cannot store affair %1"_s.arg(affair.reference);
    }
    return std::nullopt;
}

} // namespace mycloud::server
