#include "DoeSelection.h"

#include "domain/DocumentRevisions.h"
#include "store/Store.h"

#include <QSet>

namespace mycloud {

qint64 DoeSelection::bytes() const
{
    qint64 total = 0;
    for (const Item& item : items)
        total += item.document.size;
    return total;
}

std::optional<DoeSelection> DoeSelection::select(const Store& store, const QUuid& affairId,
                                                 const DoeRequest& request)
{
    auto affair = store.affair(affairId);
    if (!affair)
        return std::nullopt;
    const QSet<DocumentKind> kinds(request.kinds.begin(), request.kinds.end());
    std::optional<QSet<QUuid>> chosen;
    if (request.productIds)
        chosen = QSet<QUuid>(request.productIds->begin(), request.productIds->end());
    DoeSelection selection{std::move(*affair), {}};
    for (const Product& product : store.products(affairId)) {
        if (chosen && !chosen->contains(product.id))
            continue;
        const QList<Document> documents = store.documents(product.id);
        const auto latestValid = DocumentRevisions::latestValid(documents);
        for (const Document& d : documents) {
            if (!kinds.contains(d.kind))
                continue;
            if (d.kind == DocumentKind::Schematic && request.latestValidOnly
                && (!latestValid || d.id != latestValid->id))
                continue;
            selection.items.append({product, d});
        }
    }
    return selection;
}

std::optional<DoeSelection> DoeSelection::everything(const Store& store, const QUuid& affairId)
{
    DoeRequest request;
    request.kinds = {DocumentKind::Photo, DocumentKind::Schematic, DocumentKind::Quality, DocumentKind::Misc};
    request.latestValidOnly = false;
    return select(store, affairId, request);
}

} // namespace mycloud
