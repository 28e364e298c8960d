#pragma once

#include "Document.h"

#include <QList>

#include <optional>

namespace mycloud {

// Which of a product's documents is current. A new revision is a new document (ids and contents
// never change), so a copy held in the cache is always of the revision it says; what changes is
// whether a newer one exists.
namespace DocumentRevisions {

// The schematic to hand out: the valid one with the highest revision (a newer revision may still be
// under review). Other kinds in `documents` are ignored.
std::optional<Document> latestValid(const QList<Document>& documents);

// The document that replaces `document` among its product's `documents`, if any. A schematic is
// superseded by the latest valid schematic when that is a higher revision; any other document by
// the highest revision of the same kind and title.
std::optional<Document> supersededBy(const Document& document, const QList<Document>& documents);

} // namespace DocumentRevisions

} // namespace mycloud
