#pragma once

#include <QString>

#include <array>
#include <optional>

namespace mycloud {

// The four families of files a product carries (seed §5 tabs); the wire spelling is lowercase.
enum class DocumentKind { Photo, Schematic, Quality, Misc };

inline constexpr std::array kAllDocumentKinds{DocumentKind::Photo, DocumentKind::Schematic,
                                              DocumentKind::Quality, DocumentKind::Misc};

QString documentKindToString(DocumentKind kind);
std::optional<DocumentKind> documentKindFromString(QStringView text);

} // namespace mycloud
