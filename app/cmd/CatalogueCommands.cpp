#include "CatalogueCommands.h"

#include "domain/JsonFormat.h"
#include "files/DownloadJob.h"
#include "files/FileCache.h"
#include "store/Store.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace mycloud {

CatalogueCommands::CatalogueCommands(CommandContext& context)
    : m_context(context)
{ }

int CatalogueCommands::list()
{
    if (!m_context.openStore())
        return Error;
    Store& store = m_context.store();
    const auto column = &CommandContext::column;
    const QString what = m_context.argument(1);
    const QString search = m_context.option(u"search"_s);
    if (what == u"affairs") {
        for (const Affair& a : store.affairs(search))
            m_context.say(u"%1\t%2\t%3\t%4\t%5"_s.arg(JsonFormat::formatUuid(a.id), column(a.reference),
                                                      column(a.name), column(a.client), column(a.site)));
        return Ok;
    }
    if (what == u"products") {
        const auto affair = m_context.resolveAffair(m_context.argument(2));
        if (!affair)
            return m_context.usage(tr("ls products needs an affair id or reference."));
        for (const Product& p : store.products(*affair, search))
            m_context.say(u"%1\t%2\t%3\t%4"_s.arg(JsonFormat::formatUuid(p.id), column(p.reference),
                                                  column(p.name), column(p.serialNumber)));
        return Ok;
    }
    if (what == u"documents") {
        const auto product = m_context.resolveProduct(m_context.argument(2));
        if (!product)
            return m_context.usage(tr("ls documents needs a product id or reference."));
        for (const Document& d : store.documents(*product))
            m_context.say(
                u"%1\t%2\t%3\t%4\t%5\t%6"_s.arg(JsonFormat::formatUuid(d.id), documentKindToString(d.kind))
                    .arg(d.revision)
                    .arg(d.valid ? u"valid"_s : u"-"_s, column(d.title), column(d.fileName)));
        return Ok;
    }
    return m_context.usage(tr("ls affairs, ls products AFFAIR or ls documents PRODUCT."));
}

int CatalogueCommands::get()
{
    if (!m_context.openStore())
        return Error;
    const auto id = JsonFormat::parseUuid(m_context.argument(1));
    const QString out = m_context.option(u"out"_s);
    if (!id || out.isEmpty())
        return m_context.usage(tr("get needs a document id and --out PATH."));
    const auto document = m_context.store().document(*id);
    if (!document)
        return m_context.fail(
            tr("No document %1 in the offline store: sync first.").arg(m_context.argument(1)));
    FileCache& cache = m_context.files();
    DownloadJob* job = cache.fetch(*document);
    // Served from the cache without a session when it is there (offline included).
    if (!job->isFinished()) {
        job->deleteLater();
        if (!m_context.ensureSession())
            return Error;
        job = cache.fetch(*document);
    }
    if (!job->isFinished())
        CommandContext::waitFor(job, &DownloadJob::finished);
    if (job->error())
        return m_context.fail(job->error()->message());
    // A copy next to the target, then renamed: an interrupted copy never leaves half a file at PATH.
    const QString partial = out + u".part"_s;
    QFile::remove(partial);
    if (!QFile::copy(job->path(), partial) || (QFile::exists(out) && !QFile::remove(out))
        || !QFile::rename(partial, out)) {
        QFile::remove(partial);
        return m_context.fail(tr("Cannot write %1.").arg(out));
    }
    m_context.say(out);
    return Ok;
}

} // namespace mycloud
