#include "ScanCommand.h"

#include "domain/JsonFormat.h"
#include "qr/QrDecoder.h"
#include "qr/QrResolver.h"
#include "store/Store.h"

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

// A scanned code is anyone's text: its control and format characters (terminal escapes, line
// breaks, tabs, bidi overrides) must not reach the terminal or split a column.
QString printable(const QString& text)
{
    QString out = text;
    for (QChar& c : out)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar::ReplacementCharacter;
    return out;
}

QString outcomeName(QrResolver::Outcome outcome)
{
    switch (outcome) {
    case QrResolver::Outcome::Found: return u"found"_s;
    case QrResolver::Outcome::NotOurs: return u"not-ours"_s;
    case QrResolver::Outcome::NotALabel: return u"not-a-label"_s;
    case QrResolver::Outcome::Unreachable: return u"unreachable"_s;
    case QrResolver::Outcome::Failed: return u"failed"_s;
    }
    return {};
}

QrResolver::Resolution resolveNow(QrResolver& resolver, const QrLink& link)
{
    QrResolver::Resolution resolution;
    QEventLoop loop;
    QObject::connect(&resolver, &QrResolver::resolved, &loop, [&](const QrResolver::Resolution& r) {
        resolution = r;
        loop.quit();
    });
    resolver.resolve(link);
    loop.exec();
    return resolution;
}

} // namespace

ScanCommand::ScanCommand(CommandContext& context)
    : m_context(context)
{ }

// One line per code: IMAGE, status, product id (when found), the code's text, a sentence. Labels
// resolve from the offline store first; the server is asked (with a session) only for the rest.
int ScanCommand::run()
{
    const QStringList images = m_context.arguments().mid(1);
    if (images.isEmpty())
        return m_context.usage(tr("scan needs one or more image files."));
    if (!m_context.openStore())
        return Error;
    QrResolver resolver(m_context.client(), m_context.store());
    const QStringList ourHosts{m_context.profile().server().host()};
    const QrDecoder decoder;
    bool sessionTried = false;
    bool anyCode = false;
    for (const QString& image : images) {
        const auto decoded = decoder.decodeFile(image);
        if (!decoded) {
            m_context.warn(printable(decoded.error().message()));
            continue;
        }
        if (decoded->isEmpty())
            m_context.say(u"%1\tno-code\t\t\t%2"_s.arg(printable(image), tr("No code found.")));
        for (const QrCode& code : *decoded) {
            anyCode = true;
            const QrLink link = QrLink::parse(code.text, ourHosts);
            auto resolution = resolveNow(resolver, link);
            const bool signedOut = resolution.error && resolution.error->kind() == ApiError::Kind::Http
                && resolution.error->status() == 401;
            if (signedOut && !sessionTried) { // not in the store: now a session is worth getting
                sessionTried = true;
                if (m_context.ensureSession())
                    resolution = resolveNow(resolver, link);
            }
            const QString product = resolution.outcome == QrResolver::Outcome::Found
                ? JsonFormat::formatUuid(resolution.product.id)
                : QString();
            m_context.say(u"%1\t%2\t%3\t%4\t%5"_s.arg(printable(image), outcomeName(resolution.outcome),
                                                      product, printable(code.text),
                                                      printable(resolution.message())));
        }
    }
    return anyCode ? Ok : Error;
}

} // namespace mycloud
