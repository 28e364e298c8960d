#include "OfflineCommands.h"

#include "doe/DoeBuilder.h"
#include "doe/DoeOrder.h"
#include "doe/OfflineAffairs.h"
#include "files/FileCache.h"
#include "store/Store.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mycloud {

OfflineCommands::OfflineCommands(CommandContext& context)
    : m_context(context)
{ }

std::optional<QUuid> OfflineCommands::affairArgument()
{
    const auto id = m_context.resolveAffair(m_context.argument(1));
    if (!id || !m_context.store().affair(*id)) {
        m_context.fail(tr("No affair %1 in the offline store: sync first.").arg(m_context.argument(1)));
        return std::nullopt;
    }
    return id;
}

int OfflineCommands::doe()
{
    if (!m_context.openStore())
        return Error;
    Store& store = m_context.store();
    const QString out = m_context.option(u"out"_s);
    if (m_context.arguments().size() < 2 || out.isEmpty())
        return m_context.usage(tr("doe needs an affair and --out FILE.zip."));
    const auto affairId = affairArgument();
    if (!affairId)
        return Error;
    DoeRequest request;
    request.latestValidOnly = m_context.isSet(u"latest-only"_s);
    if (m_context.isSet(u"kinds"_s)) {
        for (const QString& name : m_context.option(u"kinds"_s).split(u',', Qt::SkipEmptyParts)) {
            const auto kind = documentKindFromString(name.trimmed());
            if (!kind)
                return m_context.usage(tr("Unknown kind %1: photo, schematic, quality or misc.").arg(name));
            if (!request.kinds.contains(*kind))
                request.kinds.append(*kind);
        }
    } else {
        request.kinds = QList<DocumentKind>(std::begin(kAllDocumentKinds), std::end(kAllDocumentKinds));
    }
    if (request.kinds.isEmpty())
        return m_context.usage(tr("--kinds needs at least one kind."));
    if (m_context.isSet(u"products"_s)) {
        QList<QUuid> products;
        for (const QString& name : m_context.option(u"products"_s).split(u',', Qt::SkipEmptyParts)) {
            const auto id = m_context.resolveProduct(name.trimmed());
            const auto product = id ? store.product(*id) : std::nullopt;
            if (!product || product->affairId != *affairId)
                return m_context.fail(tr("No product %1 in affair %2.").arg(name, m_context.argument(1)));
            products.append(*id);
        }
        request.productIds = products;
    }
    // Only what the cache lacks needs the server: a package of an affair kept offline needs nothing.
    const auto selection = DoeSelection::select(store, *affairId, request);
    const bool complete = selection
        && std::all_of(selection->items.cbegin(), selection->items.cend(),
                       [this](const DoeSelection::Item& item) {
                           return m_context.files().contains(item.document.sha256);
                       });
    if (!complete && !m_context.ensureSession())
        return Error;
    DoeBuilder builder(store, m_context.files(), *affairId, request, out,
                       m_context.profile().doeHistoryDirectory());
    builder.setLanguage(QLocale().language() == QLocale::French ? DoePackageWriter::Language::French
                                                                : DoePackageWriter::Language::English);
    builder.start();
    if (!builder.isFinished())
        CommandContext::waitFor(&builder, &DoeBuilder::finished);
    if (builder.hasError())
        return m_context.fail(builder.errorMessage());
    m_context.say(out);
    m_context.say(
        tr("%n document(s), %1", nullptr, builder.fileCount()).arg(DoeOrder::sizeText(builder.bytes())));
    if (const QString changes = builder.changesText(); !changes.isEmpty())
        m_context.say(changes);
    return Ok;
}

int OfflineCommands::pin(bool keep)
{
    if (!m_context.openStore())
        return Error;
    if (m_context.arguments().size() < 2)
        return m_context.usage(tr("%1 needs an affair.").arg(m_context.argument(0)));
    const auto affairId = affairArgument();
    if (!affairId)
        return Error;
    const QString reference = m_context.store().affair(*affairId)->reference;
    if (!keep) {
        if (const auto error = m_context.offline().unpin(*affairId))
            return m_context.fail(error->message());
        m_context.say(tr("%1 is no longer kept offline.").arg(reference));
        return Ok;
    }
    if (!m_context.ensureSession())
        return Error;
    if (const auto error = m_context.offline().pin(*affairId))
        return m_context.fail(error->message());
    CommandContext::waitFor(&m_context.offline(), &OfflineAffairs::idle);
    const OfflineAffairs::Usage usage = m_context.offline().usage(*affairId);
    if (const auto& error = m_context.offline().lastError()) {
        m_context.fail(error->message());
        // Pinned all the same: the next sync that reaches the server fetches the rest.
        return error->kind() == FileError::Kind::Network ? OfflineQueued : Error;
    }
    m_context.say(tr("%1 is available offline: %n document(s), %2", nullptr, usage.files)
                      .arg(reference, DoeOrder::sizeText(usage.bytes)));
    return Ok;
}

} // namespace mycloud
