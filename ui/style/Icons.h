#pragma once

#include <QIcon>
#include <QString>

namespace mycloud {

// The app's icons: monochrome SVGs (resources/icons/<name>.svg) drawn with `currentColor`, painted
// at every size in the colour of the current palette's text, so that they follow light and dark
// themes (and the disabled state) without a second set of files.
class Icons final
{
public:
    static QIcon get(const QString& name);
    // An icon in a fixed colour whatever the palette (the orange "!" of a priority task).
    static QIcon tinted(const QString& name, const QColor& color);
};

} // namespace mycloud
