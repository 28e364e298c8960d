#pragma once

#include <QString>
#include <QStringList>

namespace mycloud {

// How people search: without accents, case or extra spaces. "equipement" finds "Équipement",
// "selestat" finds "Sélestat". The server and the client's offline store fold the same way.
class SearchText final
{
public:
    SearchText() = delete;

    // Lower case, diacritics removed (NFD without combining marks), ligatures spelled out,
    // runs of white space made single spaces.
    static QString fold(const QString& text);
    // The folded text of several fields, for one search column.
    static QString fold(const QStringList& fields);
};

} // namespace mycloud
