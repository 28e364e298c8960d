#include "DocumentRevisions.h"

namespace mycloud::DocumentRevisions {

std::optional<Document> latestValid(const QList<Document>& documents)
{
    std::optional<Document> latest;
    for (const Document& d : documents)
        if (d.kind == DocumentKind::Schematic && d.valid && (!latest || d.revision > latest->revision))
            latest = d;
    return latest;
}

std::optional<Document> supersededBy(const Document& document, const QList<Document>& documents)
{
    if (document.kind == DocumentKind::Schematic) {
        auto latest = latestValid(documents);
        if (latest && latest->revision > document.revision && latest->productId == document.productId)
            return latest;
        return std::nullopt;
    }
    std::optional<Document> newest;
    for (const Document& d : documents)
        if (d.kind == document.kind && d.productId == document.productId && d.title == document.title
            && d.revision > document.revision && (!newest || d.revision > newest->revision))
            newest = d;
    return newest;
}

} // namespace mycloud::DocumentRevisions
