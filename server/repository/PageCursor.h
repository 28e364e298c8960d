#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace mycloud::server {

// Keyset pagination cursors: the sort key values of the last item of a page, opaque to clients
// (base64url). Keyset rather than OFFSET: a page costs the same wherever it is, and items added
// meanwhile neither repeat nor vanish.
class PageCursor final
{
public:
    PageCursor() = delete;

    static QString encode(const QStringList& keys);
    // nullopt when the text is not one of ours or has not `expectedKeys` parts.
    static std::optional<QStringList> decode(const QString& cursor, qsizetype expectedKeys);
};

} // namespace mycloud::server
