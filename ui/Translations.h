#pragma once

#include <QString>

namespace clickar {

// Installs the UI language: "ja" (default) or "en". Loads Clickar's and Qt's own translations and sets the
// default locale, so dates and numbers follow. Returns false when the language's file is missing.
bool installTranslations(const QString &language);

} // namespace clickar
