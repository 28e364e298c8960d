#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace mycloud::server {

// Keyset pagination cursors: the sort key values of the last item of a page and the list they
// belong to (route and filters), opaque to clients (base64url). Keyset rather than OFFSET: a page
// costs the same wherever it is, and items added meanwhile neither repeat nor vanish. A cursor of
// another list, or with keys of the wrong shape, is refused rather than half-used.
class PageCursor final
{
public:
    PageCursor() = delete;

    enum class Key { Text, Time, Date, Uuid, Integer, Flag };

    static QString encode(const QString& scope, const QStringList& keys);
    // nullopt when the text is not one of ours, is of another scope, or its keys do not fit `shape`.
    static std::optional<QStringList> decode(const QString& cursor, const QString& scope,
                                             std::initializer_list<Key> shape);
};

} // namespace mycloud::server
