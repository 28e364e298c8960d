#include "DemoPdf.h"

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 2);
}

// A PDF literal string in WinAnsi (Windows-1252): Latin-1 plus the typographic marks French
// text uses; (, ) and \ escaped.
QByteArray literal(const QString& text)
{
    QByteArray bytes = "(";
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x2013: bytes += '\x96'; break; // en dash
        case 0x2014: bytes += '\x97'; break; // em dash
        case 0x2019: bytes += '\x92'; break; // apostrophe
        case 0x0153: bytes += '\x9c'; break; // oe ligature
        case 0x20ac: bytes += '\x80'; break; // euro
        case u'(': bytes += "\\("; break;
        case u')': bytes += "\\)"; break;
        case u'\\': bytes += "\\\\"; break;
        default: bytes += c.unicode() < 0x100 ? char(c.unicode()) : '?';
        }
    }
    return bytes + ")";
}

} // namespace

DemoPdf::DemoPdf(double width, double height)
    : m_width(width)
    , m_height(height)
{ }

void DemoPdf::newPage()
{
    m_pages.append(QByteArray());
}

void DemoPdf::text(double x, double y, double size, const QString& line)
{
    m_pages.last() += "BT /F1 " + number(size) + " Tf " + number(x) + " " + number(y) + " Td " + literal(line)
        + " Tj ET\n";
}

void DemoPdf::line(double x1, double y1, double x2, double y2, double width)
{
    m_pages.last() += number(width) + " w " + number(x1) + " " + number(y1) + " m " + number(x2) + ' '
        + number(y2) + " l S\n";
}

void DemoPdf::rectangle(double x, double y, double w, double h, double width)
{
    m_pages.last() += number(width) + " w " + number(x) + " " + number(y) + " " + number(w) + " " + number(h)
        + " re S\n";
}

QByteArray DemoPdf::finish() const
{
    // Objects: 1 catalog, 2 page tree, 3 font, then a page and its content stream per page.
    QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        {},
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"};
    QByteArray kids;
    for (const QByteArray& content : m_pages) {
        const qsizetype pageObject = objects.size() + 1;
        kids += QByteArray::number(pageObject) + " 0 R ";
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + number(m_width) + " "
                       + number(m_height) + "] /Contents " + QByteArray::number(pageObject + 1)
                       + " 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
        objects.append("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
                       + "endstream");
    }
    objects[1] = "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(m_pages.size())
        + " >>";

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

QByteArray DemoPdf::schematic(const QString& productName, const QString& reference, int revision, bool valid,
                              int folios)
{
    static const char* const kFolioTitles[]
        = {"Alimentation générale", "Départs puissance", "Circuits de commande", "Éclairage et prises",
           "Borniers et repérage"};
    static const char* const kDevices[] = {"Q", "KM", "F", "KA", "X"};
    DemoPdf pdf(1191, 842); // A3 landscape, as schematics are printed
    for (int folio = 1; folio <= folios; ++folio) {
        pdf.newPage();
        pdf.rectangle(20, 20, 1151, 802, 1.5);
        // Title block, bottom right.
        pdf.rectangle(791, 20, 380, 110, 1.2);
        pdf.text(801, 108, 14, u"B2EI - %1"_s.arg(productName));
        pdf.text(801, 88, 11,
                 u"Référence %1 - Révision %2%3"_s.arg(reference).arg(revision).arg(
                     valid ? u""_s : u" (en cours de validation)"_s));
        pdf.text(801, 68, 11,
                 u"Folio %1/%2 : %3"_s.arg(folio).arg(folios).arg(
                     QString::fromUtf8(kFolioTitles[(folio - 1) % 5])));
        pdf.text(801, 48, 9, u"Schéma de câblage - document B2EI, reproduction interdite"_s);
        // Three-phase bus and branches with their protective devices.
        for (int phase = 0; phase < 3; ++phase) {
            const double y = 760 - phase * 20;
            pdf.line(60, y, 1130, y, 1.2);
            pdf.text(35, y - 4, 10, u"L%1"_s.arg(phase + 1));
        }
        const int branches = 5 + (folio + revision) % 4;
        for (int b = 0; b < branches; ++b) {
            const double x = 110 + b * 1000.0 / branches;
            pdf.line(x, 720, x, 560);
            pdf.rectangle(x - 18, 600, 36, 60);
            pdf.line(x - 18, 600, x + 18, 660, 0.8);
            pdf.text(x - 16, 670, 10,
                     u"%1%2"_s.arg(QString::fromLatin1(kDevices[(b + folio) % 5])).arg(folio * 10 + b + 1));
            pdf.line(x, 560, x, 420);
            pdf.rectangle(x - 25, 380, 50, 40);
            pdf.text(x - 20, 396, 9, u"Départ %1"_s.arg(b + 1));
            pdf.text(x - 20, 365, 8, u"%1 A"_s.arg(16 << (b % 4)));
        }
    }
    return pdf.finish();
}

QByteArray DemoPdf::qualitySheet(const QString& productName, const QString& reference,
                                 const QString& serialNumber)
{
    static const char* const kChecks[]
        = {"Conformité au schéma de câblage",  "Serrage des connexions au couple",
           "Repérage des conducteurs",         "Continuité des masses (PE)",
           "Isolement sous 500 V (> 1 MOhm)",  "Essais fonctionnels de commande",
           "Degré de protection IP et portes", "Propreté et étiquetage"};
    DemoPdf pdf;
    pdf.newPage();
    pdf.text(56, 780, 18, u"Fiche de contrôle qualité"_s);
    pdf.text(56, 752, 12, productName);
    pdf.text(56, 734, 11, u"Référence %1 - N° de série %2"_s.arg(reference, serialNumber));
    double y = 690;
    for (const char* check : kChecks) {
        pdf.rectangle(56, y - 4, 12, 12);
        pdf.line(58, y + 2, 62, y - 2, 1.2);
        pdf.line(62, y - 2, 67, y + 7, 1.2);
        pdf.text(80, y - 2, 11, QString::fromUtf8(check));
        pdf.text(470, y - 2, 11, u"Conforme"_s);
        y -= 28;
    }
    pdf.text(56, y - 30, 11, u"Contrôlé par : atelier B2EI, Colmar"_s);
    pdf.text(56, y - 48, 11, u"Résultat : conforme, prêt à l'expédition"_s);
    return pdf.finish();
}

QByteArray DemoPdf::lines(const QStringList& lines)
{
    DemoPdf pdf;
    pdf.newPage();
    double y = 780;
    for (const QString& line : lines) {
        pdf.text(56, y, 14, line);
        y -= 18;
    }
    return pdf.finish();
}

} // namespace mycloud::server
