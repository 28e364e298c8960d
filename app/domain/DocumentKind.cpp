#include "DocumentKind.h"

using namespace Qt::StringLiterals;

namespace mycloud {

QString documentKindToString(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Photo: return u"photo"_s;
    case DocumentKind::Schematic: return u"schematic"_s;
    case DocumentKind::Quality: return u"quality"_s;
    case DocumentKind::Misc: return u"misc"_s;
    }
    Q_UNREACHABLE();
}

std::optional<DocumentKind> documentKindFromString(QStringView text)
{
    for (const DocumentKind kind : kAllDocumentKinds) {
        if (text == documentKindToString(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace mycloud
