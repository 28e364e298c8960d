#pragma once

#include <QLoggingCategory>

// The doe module's one category: packages ordered, downloaded or built, and offline affairs.
Q_DECLARE_LOGGING_CATEGORY(lcDoeClient)
