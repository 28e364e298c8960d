#pragma once

#include <QLocale>

namespace mycloud {

// Installs the application's and Qt's own translations for `locale` (the system language by
// default). English is the source language, so a missing catalogue simply leaves English.
class Translations final
{
public:
    Translations() = delete;

    // Returns the language actually loaded, e.g. "fr", or "en" when none matched.
    static QString install(const QLocale& locale = QLocale::system());
};

} // namespace mycloud
