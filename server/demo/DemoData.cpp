#include "DemoData.h"

#include "files/FileStore.h"
#include "repository/AccountRepository.h"
#include "repository/CatalogRepository.h"
#include "repository/SqlValues.h"
#include "services/PasswordHasher.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>

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
};

constexpr AffairSeed kAffairs[] = {
    {"AFF-2024-0042", "Rénovation TGBT Bâtiment A", "Hôpital Pasteur", "Colmar", 4},
    {"AFF-2025-0107", "Extension atelier de production", "Mécanique de l'Est", "Mulhouse", 3},
    {"AFF-2026-0015", "Armoires de commande station de pompage", "Syndicat des eaux du Ried", "Sélestat", 3},
};

constexpr const char* kProductNames[]
    = {"Armoire TGBT", "Tableau divisionnaire", "Armoire de commande", "Coffret éclairage"};

QString randomToken()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(bytes.data()),
                                         reinterpret_cast<quint32*>(bytes.data() + bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray photo(int seed)
{
    // A plain drawing of a cabinet: enough to look at, no fonts needed (the server has no GUI).
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((seed * 47) % 360, 40, 235));
    for (int y = 60; y < 420; ++y) {
        for (int x = 200; x < 440; ++x) {
            const bool border = x < 206 || x > 433 || y < 66 || y > 413 || (x > 317 && x < 323);
            image.setPixel(x, y, border ? qRgb(60, 60, 70) : qRgb(200, 204, 210));
        }
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

DemoData::DemoData(AccountRepository& accounts, CatalogRepository& catalog, FileStore& files,
                   QString scratchDir)
    : m_accounts(accounts)
    , m_catalog(catalog)
    , m_files(files)
    , m_scratchDir(std::move(scratchDir))
{ }

QByteArray DemoData::pdf(const QStringList& lines)
{
    // PDF text strings in a Type1 standard font: Latin-1 with (, ) and \ escaped.
    QByteArray stream = "BT /F1 14 Tf 56 780 Td 18 TL\n";
    for (const QString& line : lines) {
        QByteArray text = line.toLatin1();
        text.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
        stream += "(" + text + ") Tj T*\n";
    }
    stream += "ET\n";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 1191] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    };
    QByteArray out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

std::optional<QString> DemoData::addFile(const QByteArray& bytes, const QString& name, QString* sha256,
                                         qint64* size)
{
    QDir().mkpath(m_scratchDir);
    const QString path = m_scratchDir + u'/' + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return u"cannot write %1: %2"_s.arg(path, file.errorString());
    file.close();
    QString error;
    const auto stored = m_files.put(path, &error);
    QFile::remove(path);
    if (!stored)
        return error;
    *sha256 = stored->sha256;
    *size = stored->size;
    return std::nullopt;
}

std::optional<QString> DemoData::seed()
{
    if (m_accounts.credentialsByEmail(QString::fromLatin1(kEmail)))
        return std::nullopt;

    m_accounts.setCompany({u"B2EI"_s, u"12 rue de l'Industrie\n68000 Colmar\nFrance"_s,
                           u"+33 3 89 00 00 00"_s, u"contact@b2ei.fr"_s, u"https://www.b2ei.fr"_s, 48.0794,
                           7.3585});
    const Account demo{QUuid::createUuid(),
                       QString::fromLatin1(kEmail),
                       u"Claire Bernard"_s,
                       u"Hôpital Pasteur"_s,
                       u"39 avenue de la Liberté, 68000 Colmar"_s,
                       u"+33 3 89 12 40 00"_s,
                       true,
                       1};
    const Account other{QUuid::createUuid(),
                        QString::fromLatin1(kOtherEmail),
                        u"Marc Weber"_s,
                        u"Mécanique de l'Est"_s,
                        u"5 rue des Forges, 68100 Mulhouse"_s,
                        u"+33 3 89 45 00 00"_s,
                        true,
                        1};
    if (auto error = addCustomer(demo, QString::fromLatin1(kPassword), 0, 3))
        return error;
    return addCustomer(other, QString::fromLatin1(kOtherPassword), 1, 1);
}

std::optional<QString> DemoData::addCustomer(const Account& account, const QString& password, int firstAffair,
                                             int affairCount)
{
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty() || !m_accounts.insert(account, hash))
        return u"cannot create the customer %1"_s.arg(account.email);

    const QDateTime now = SqlValues::now();
    int productNumber = 0;
    for (int a = firstAffair; a < firstAffair + affairCount; ++a) {
        const AffairSeed& seed = kAffairs[a % std::size(kAffairs)];
        Affair affair;
        affair.id = QUuid::createUuid();
        affair.reference = QString::fromLatin1(seed.reference);
        affair.name = QString::fromUtf8(seed.name);
        affair.client = QString::fromUtf8(seed.client);
        affair.site = QString::fromUtf8(seed.site);
        affair.contact = {u"Jean Dupont"_s, u"+33 3 89 00 00 10"_s, u"jean.dupont@b2ei.fr"_s};
        affair.remoteConsultation = true;
        affair.createdAt = now.addDays(-200 + productNumber);
        affair.updatedAt = now.addDays(-productNumber);
        affair.version = 1;
        if (!m_catalog.insertAffair(account.id, affair))
            return u"cannot insert affair %1"_s.arg(affair.reference);

        for (int i = 0; i < seed.products; ++i, ++productNumber) {
            Product product;
            product.id = QUuid::createUuid();
            product.affairId = affair.id;
            product.reference = affair.reference.mid(4) + u"-P%1"_s.arg(i + 1, 2, 10, QLatin1Char('0'));
            product.name
                = QString::fromUtf8(kProductNames[i % std::size(kProductNames)]) + u" "_s + QChar(u'A' + i);
            product.serialNumber = u"SN-%1"_s.arg(24000 + productNumber * 17);
            product.description = u"Ensemble assemblé et contrôlé dans les ateliers B2EI."_s;
            product.manufacturedOn = now.date().addDays(-150 + productNumber);
            product.qrToken = randomToken();
            product.remoteConsultation = true;
            product.createdAt = affair.createdAt;
            product.updatedAt = affair.updatedAt;
            product.version = 1;
            if (!m_catalog.insertProduct(account.id, product))
                return u"cannot insert product %1"_s.arg(product.reference);

            auto addDocument
                = [&](DocumentKind kind, const QString& title, const QString& fileName, const QString& mime,
                      const QByteArray& bytes, int revision, bool valid) -> std::optional<QString> {
                Document d;
                d.id = QUuid::createUuid();
                d.productId = product.id;
                d.kind = kind;
                d.title = title;
                d.fileName = fileName;
                d.mimeType = mime;
                d.revision = revision;
                d.valid = valid;
                d.createdAt = product.createdAt.addDays(revision);
                d.version = 1;
                if (auto error = addFile(bytes, d.id.toString(QUuid::Id128), &d.sha256, &d.size))
                    return error;
                if (!m_catalog.insertDocument(account.id, d))
                    return u"cannot insert document %1"_s.arg(fileName);
                return std::nullopt;
            };
            const QString ref = product.reference;
            std::optional<QString> error;
            for (int p = 1; p <= 2 && !error; ++p)
                error = addDocument(DocumentKind::Photo, u"Photo %1"_s.arg(p),
                                    u"%1_photo%2.png"_s.arg(ref).arg(p), u"image/png"_s,
                                    photo(productNumber * 2 + p), 1, true);
            // Revision 3 is still under review: the latest valid schematic is revision 2.
            for (int rev = 1; rev <= 3 && !error; ++rev)
                error = addDocument(DocumentKind::Schematic, u"Schéma de câblage"_s,
                                    u"%1_schema_rev%2.pdf"_s.arg(ref).arg(rev), u"application/pdf"_s,
                                    pdf({u"Schema de cablage - %1"_s.arg(product.name),
                                         u"Reference %1"_s.arg(ref), u"Revision %1"_s.arg(rev)}),
                                    rev, rev < 3);
            if (!error)
                error = addDocument(DocumentKind::Quality, u"Fiche de contrôle qualité"_s,
                                    u"%1_controle_qualite.pdf"_s.arg(ref), u"application/pdf"_s,
                                    pdf({u"Fiche de controle qualite"_s, ref, u"Conforme"_s}), 1, true);
            if (!error)
                error = addDocument(DocumentKind::Misc, u"Nomenclature matériel"_s,
                                    u"%1_nomenclature.csv"_s.arg(ref), u"text/csv"_s,
                                    "repere;designation;quantite\nQ1;Disjoncteur 630 A;1\nKM1;Contacteur;2\n",
                                    1, true);
            if (error)
                return error;
        }
    }
    return std::nullopt;
}

} // namespace mycloud::server
