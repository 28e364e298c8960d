#pragma once

#include <QString>

namespace mycloud {

// Names from the server made safe as one path component on Windows, macOS and Linux: no
// separators or reserved characters, no control or bidirectional-override characters, no "." /
// "..", no trailing dot or space, no DOS device names, at most 150 characters and 255 UTF-8 bytes
// (the extension kept). So a package or a download folder can never be escaped by a hostile name.
class SafeFileName final
{
public:
    SafeFileName() = delete;

    static QString component(const QString& name, const QString& fallback = QStringLiteral("fichier"));
};

} // namespace mycloud
