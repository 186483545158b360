#pragma once

#include <QString>
#include <QStringList>

namespace clickar::test {

class AppDriver;

// The two UI languages, as the language tests name them.
inline const QString ja = QStringLiteral("ja");
inline const QString en = QStringLiteral("en");

// The rows "page 1" … "page 8" (column "page": the wizard page's id) of a test that runs on every page before the
// completion.
void addWizardPageRows();

// What the language tests look at after a switch: every text a person sees in the app's windows — labels, buttons,
// group titles, tabs, the cells and headers of tables and lists, text areas, placeholders of empty fields, window
// titles — and which of them still hold one of the app's own texts in the old language. The mails of the demo's
// mail panel and the person's own data are left out: they never match the app's texts. The language switch's own
// 「日本語」/「English」 names the other language on purpose and is left out too.
enum class FieldTexts { PlaceholdersOnly, AlsoWhatIsTyped };
QStringList visibleTexts(FieldTexts fields = FieldTexts::PlaceholdersOnly);
// The visible texts that hold one of the app's texts in `oldLanguage` ("ja" or "en"), each with the piece found.
QStringList leftInOldLanguage(const QString &oldLanguage);

// Switches the language with Ctrl+Shift+L, sent to the widget with the focus like a person's keys, and waits until
// every widget has had the LanguageChange; false unless the app then speaks `expected`.
bool switchLanguage(AppDriver &app, const QString &expected);

} // namespace clickar::test
