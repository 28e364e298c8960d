#pragma once

#include "domain/Affair.h"
#include "domain/Document.h"
#include "domain/DoeExport.h"
#include "domain/Product.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace mycloud {

class Store;

// The documents a DOE request selects, from the offline store's metadata, the same way the server
// selects them: the chosen kinds of the chosen products, schematics limited to each product's
// latest valid revision when asked. Reads the store: call it off the UI thread for a large affair.
struct DoeSelection final
{
    struct Item
    {
        Product product;
        Document document;
    };

    Affair affair;
    QList<Item> items; // by product reference, then as Store::documents() orders them

    qint64 bytes() const;

    // nullopt when the affair is not in the store.
    static std::optional<DoeSelection> select(const Store& store, const QUuid& affairId,
                                              const DoeRequest& request);
    // What "available offline" keeps of an affair: every document of every product.
    static std::optional<DoeSelection> everything(const Store& store, const QUuid& affairId);
};

} // namespace mycloud
