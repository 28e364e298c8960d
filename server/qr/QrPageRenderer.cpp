#include "QrPageRenderer.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

const char* const kStyle
    = "body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d2733;"
      "background:#f3f5f8;line-height:1.45}"
      "header{background:#0b4f8a;color:#fff;padding:14px 16px}header b{font-size:1.05em}"
      "header small{display:block;opacity:.85}"
      "main{max-width:720px;margin:0 auto;padding:12px}"
      "section{background:#fff;border-radius:10px;padding:12px 14px;margin:12px 0;"
      "box-shadow:0 1px 2px rgba(0,0,0,.08)}"
      "h1{font-size:1.3em;margin:.2em 0}h2{font-size:1.05em;margin:.1em 0 .5em;color:#0b4f8a}"
      "dl{display:grid;grid-template-columns:max-content 1fr;gap:4px "
      "12px;margin:0}dt{color:#5b6b7c}dd{margin:0}"
      "ul{list-style:none;margin:0;padding:0}li{padding:8px 0;border-top:1px solid #e6eaef}"
      "li:first-child{border-top:0}a{color:#0b62b0}.meta{color:#5b6b7c;font-size:.9em}"
      ".badge{display:inline-block;background:#e3f4e8;color:#1b6b35;border-radius:6px;padding:0 6px;"
      "font-size:.85em;margin-left:6px}.prio{color:#e67e00;font-weight:bold;margin-right:6px}"
      ".photos{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:8px}"
      ".photos img{width:100%;height:120px;object-fit:cover;border-radius:6px;background:#dde3ea}"
      "form{display:flex;flex-direction:column;gap:10px}input,button{font-size:1.05em;padding:10px;"
      "border-radius:8px;border:1px solid #b8c3cf}button{background:#0b4f8a;color:#fff;border:0}"
      ".error{color:#b3261e}.contact a{display:inline-block;margin-right:14px}";

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString joinedName(const Person& person)
{
    QStringList parts;
    for (const QString& part : {person.firstName, person.lastName})
        if (!part.isEmpty())
            parts << part;
    QString name = parts.join(u' ');
    if (!person.company.isEmpty())
        name = name.isEmpty() ? person.company : name + u" (" + person.company + u')';
    return escaped(name);
}

} // namespace

QrPageRenderer::QrPageRenderer(Language language)
    : m_language(language)
{ }

QString QrPageRenderer::tr(const char* french, const char* english) const
{
    return QString::fromUtf8(m_language == Language::French ? french : english);
}

QString QrPageRenderer::date(const QDateTime& when) const
{
    return date(when.toUTC().date());
}

QLocale QrPageRenderer::locale() const
{
    return QLocale(m_language == Language::French ? QLocale::French : QLocale::English);
}

QString QrPageRenderer::date(const QDate& day) const
{
    return locale().toString(day, QLocale::ShortFormat);
}

QByteArray QrPageRenderer::page(const QString& title, const QString& body) const
{
    const QString html = u"<!DOCTYPE html>\n<html lang=\""_s
        + (m_language == Language::French ? u"fr"_s : u"en"_s)
        + u"\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, "
          u"initial-scale=1\">"
          u"<meta name=\"robots\" content=\"noindex\"><title>"_s
        + escaped(title) + u" – MyCloud</title><style>"_s + QString::fromLatin1(kStyle)
        + u"</style></head><body><header><b>MyCloud</b><small>B2EI</small></header><main>"_s + body
        + u"</main></body></html>\n"_s;
    return html.toUtf8();
}

QString QrPageRenderer::message(const QString& title, const QString& text) const
{
    return u"<section><h1>"_s + escaped(title) + u"</h1><p>"_s + escaped(text) + u"</p></section>"_s;
}

QByteArray QrPageRenderer::notFound() const
{
    const QString title = tr("QR code inconnu", "Unknown QR code");
    return page(title,
                message(title,
                        tr("Ce QR code ne correspond à aucun produit MyCloud. Vérifiez l'étiquette "
                           "ou contactez B2EI.",
                           "This QR code does not match any MyCloud product. Check the label or "
                           "contact B2EI.")));
}

QByteArray QrPageRenderer::disabled() const
{
    const QString title = tr("Consultation à distance désactivée", "Remote consultation disabled");
    return page(title,
                message(title,
                        tr("Le propriétaire de ce produit a désactivé sa consultation par QR code.",
                           "The owner of this product has disabled its consultation by QR code.")));
}

QByteArray QrPageRenderer::rateLimited(qint64 retryAfterSeconds) const
{
    const QString title = tr("Trop de tentatives", "Too many attempts");
    const qint64 minutes = std::max<qint64>(1, (retryAfterSeconds + 59) / 60);
    return page(title,
                message(title,
                        tr("Trop de mots de passe erronés. Réessayez dans %1 minute(s).",
                           "Too many wrong passwords. Try again in %1 minute(s).")
                            .arg(minutes)));
}

QByteArray QrPageRenderer::failed() const
{
    const QString title = tr("Erreur", "Error");
    return page(title,
                message(title,
                        tr("Le serveur n'a pas pu afficher cette page. Réessayez dans un instant.",
                           "The server could not show this page. Try again in a moment.")));
}

QByteArray QrPageRenderer::locked(const QString& token, bool wrongPassword) const
{
    const QString title = tr("Produit protégé", "Protected product");
    QString body = u"<section><h1>"_s + escaped(title) + u"</h1><p>"_s
        + escaped(tr("Ce produit est protégé par un mot de passe. Saisissez-le pour le consulter.",
                     "This product is protected by a password. Enter it to see the product."))
        + u"</p>"_s;
    if (wrongPassword)
        body += u"<p class=\"error\" role=\"alert\">"_s
            + escaped(tr("Mot de passe incorrect.", "Wrong password.")) + u"</p>"_s;
    body += u"<form method=\"post\" action=\"/q/"_s + escaped(token) + u"/unlock\"><label for=\"password\">"_s
        + escaped(tr("Mot de passe", "Password"))
        + u"</label><input id=\"password\" name=\"password\" type=\"password\" "
          u"autocomplete=\"current-password\" "
          u"required autofocus maxlength=\"256\"><button type=\"submit\">"_s
        + escaped(tr("Déverrouiller", "Unlock")) + u"</button></form></section>"_s;
    return page(title, body);
}

QString QrPageRenderer::photoSection(const ProductSheet& sheet) const
{
    QString items;
    for (const Document& d : sheet.documents) {
        if (d.kind != DocumentKind::Photo)
            continue;
        const QString href
            = u"/q/"_s + escaped(sheet.token) + u"/documents/"_s + d.id.toString(QUuid::WithoutBraces);
        items += u"<a href=\""_s + href + u"\"><img src=\""_s + href + u"\" alt=\""_s + escaped(d.title)
            + u"\" loading=\"lazy\"></a>"_s;
    }
    if (items.isEmpty())
        return {};
    return u"<section><h2>"_s + escaped(tr("Photos", "Photos")) + u"</h2><div class=\"photos\">"_s + items
        + u"</div></section>"_s;
}

QString QrPageRenderer::documentSection(const ProductSheet& sheet, DocumentKind kind) const
{
    QList<Document> documents;
    for (const Document& d : sheet.documents)
        if (d.kind == kind)
            documents << d;
    // Newest revision first, then newest upload.
    std::sort(documents.begin(), documents.end(), [](const Document& a, const Document& b) {
        return a.revision != b.revision ? a.revision > b.revision : a.createdAt > b.createdAt;
    });
    qint64 latestValid = -1;
    if (kind == DocumentKind::Schematic)
        for (const Document& d : documents)
            if (d.valid && d.revision > latestValid)
                latestValid = d.revision;

    QString title;
    switch (kind) {
    case DocumentKind::Schematic: title = tr("Schémas électriques", "Wiring schematics"); break;
    case DocumentKind::Quality: title = tr("Documents qualité", "Quality documents"); break;
    case DocumentKind::Misc: title = tr("Fichiers divers", "Miscellaneous files"); break;
    case DocumentKind::Photo: return {};
    }
    QString items;
    for (const Document& d : documents) {
        const QString href
            = u"/q/"_s + escaped(sheet.token) + u"/documents/"_s + d.id.toString(QUuid::WithoutBraces);
        items += u"<li><a href=\""_s + href + u"\">"_s + escaped(d.title) + u"</a>"_s;
        if (kind == DocumentKind::Schematic && d.revision == latestValid && d.valid)
            items += u"<span class=\"badge\">"_s + escaped(tr("Dernière version valide", "Latest valid"))
                + u"</span>"_s;
        items += u"<div class=\"meta\">"_s;
        if (kind == DocumentKind::Schematic)
            items += escaped(tr("Révision %1", "Revision %1").arg(d.revision)) + u" · "_s;
        items += escaped(date(d.createdAt)) + u" · "_s
            + escaped(locale().formattedDataSize(d.size, 1, QLocale::DataSizeTraditionalFormat))
            + u" · <a href=\""_s + href + u"?download=1\">"_s + escaped(tr("Télécharger", "Download"))
            + u"</a></div></li>"_s;
    }
    if (items.isEmpty())
        items = u"<li class=\"meta\">"_s + escaped(tr("Aucun document.", "No documents.")) + u"</li>"_s;
    return u"<section><h2>"_s + escaped(title) + u"</h2><ul>"_s + items + u"</ul></section>"_s;
}

QString QrPageRenderer::taskSection(const ProductSheet& sheet) const
{
    QString items;
    for (const Task& t : sheet.tasks) {
        items += u"<li>"_s;
        if (t.priority)
            items += u"<span class=\"prio\" title=\""_s + escaped(tr("Prioritaire", "Priority"))
                + u"\">!</span>"_s;
        items += escaped(t.description) + u"<div class=\"meta\">"_s
            + escaped(tr("Demandé le %1", "Requested on %1").arg(date(t.createdAt))) + u" · "_s
            + joinedName(t.requester) + u"</div></li>"_s;
    }
    if (items.isEmpty())
        items = u"<li class=\"meta\">"_s + escaped(tr("Aucune tâche.", "No tasks.")) + u"</li>"_s;
    return u"<section><h2>"_s + escaped(tr("Tâches à réaliser", "Tasks to do")) + u"</h2><ul>"_s + items
        + u"</ul></section>"_s;
}

QString QrPageRenderer::noteSection(const ProductSheet& sheet) const
{
    QString items;
    for (const MaintenanceNote& n : sheet.notes) {
        items += u"<li>"_s + escaped(n.taskDescription.isEmpty() ? n.workDone : n.taskDescription)
            + u"<div class=\"meta\">"_s + escaped(tr("Réalisé le %1", "Done on %1").arg(date(n.performedAt)))
            + u" · "_s + joinedName(n.performer) + u"</div>"_s;
        if (!n.workDone.isEmpty() && !n.taskDescription.isEmpty())
            items += u"<div>"_s + escaped(n.workDone) + u"</div>"_s;
        if (!n.comment.isEmpty())
            items += u"<div class=\"meta\">"_s + escaped(n.comment) + u"</div>"_s;
        items += u"</li>"_s;
    }
    if (items.isEmpty())
        items = u"<li class=\"meta\">"_s + escaped(tr("Aucune intervention.", "No maintenance yet."))
            + u"</li>"_s;
    return u"<section><h2>"_s + escaped(tr("Suivi de maintenance", "Maintenance log")) + u"</h2><ul>"_s
        + items + u"</ul></section>"_s;
}

QByteArray QrPageRenderer::product(const ProductSheet& sheet) const
{
    const Product& p = sheet.product;
    const Affair& a = sheet.affair;
    QString info = u"<section><h1>"_s + escaped(p.name) + u"</h1><dl><dt>"_s
        + escaped(tr("Référence", "Reference")) + u"</dt><dd>"_s + escaped(p.reference) + u"</dd>"_s;
    if (!p.serialNumber.isEmpty())
        info += u"<dt>"_s + escaped(tr("N° de série", "Serial number")) + u"</dt><dd>"_s
            + escaped(p.serialNumber) + u"</dd>"_s;
    info += u"<dt>"_s + escaped(tr("Affaire", "Affair")) + u"</dt><dd>"_s + escaped(a.name) + u" ("_s
        + escaped(a.reference) + u")</dd><dt>"_s + escaped(tr("Site", "Site")) + u"</dt><dd>"_s
        + escaped(a.site) + u"</dd>"_s;
    if (p.manufacturedOn)
        info += u"<dt>"_s + escaped(tr("Fabriqué le", "Made on")) + u"</dt><dd>"_s
            + escaped(date(*p.manufacturedOn)) + u"</dd>"_s;
    info += u"</dl>"_s;
    if (!p.description.isEmpty())
        info += u"<p>"_s + escaped(p.description) + u"</p>"_s;
    info += u"</section>"_s;

    QString contact = u"<section class=\"contact\"><h2>"_s
        + escaped(tr("Votre interlocuteur B2EI", "Your B2EI contact")) + u"</h2><p>"_s
        + escaped(a.contact.name) + u"</p><p>"_s;
    if (!a.contact.phone.isEmpty()) {
        QString dial = a.contact.phone;
        dial.remove(u' ');
        contact += u"<a href=\"tel:"_s + escaped(dial) + u"\">"_s + escaped(tr("Appeler", "Call")) + u" "_s
            + escaped(a.contact.phone) + u"</a>"_s;
    }
    if (!a.contact.email.isEmpty())
        contact += u"<a href=\"mailto:"_s + escaped(a.contact.email) + u"\">"_s + escaped(a.contact.email)
            + u"</a>"_s;
    contact += u"</p></section>"_s;

    return page(p.name,
                info + photoSection(sheet) + documentSection(sheet, DocumentKind::Schematic)
                    + documentSection(sheet, DocumentKind::Quality)
                    + documentSection(sheet, DocumentKind::Misc) + taskSection(sheet) + noteSection(sheet)
                    + contact);
}

} // namespace mycloud::server
