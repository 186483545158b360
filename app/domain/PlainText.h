#pragma once

#include <QDate>
#include <QString>

namespace clickar {

// Free text a person types into one line (an address, an employee number): refused when it holds a character that
// is not text — a control character (NUL, tab, line breaks, C1), a bidirectional override or isolate (U+202A–202E,
// U+2066–2069, U+200E/U+200F, U+061C), a zero-width character (U+200B–200D, U+2060, U+FEFF), a lone surrogate, a
// noncharacter or U+FFFD (the trace of bytes that were not UTF-8). The app checks at the field, the service again.
bool isPlainText(const QString &text);
// Where the first such character is in `text` (its index in UTF-16 units), or -1 when `text` is plain text.
qsizetype firstUnusableCharacter(const QString &text);

// A date of birth a person can have: from 1900-01-01 to 2100-12-31 (the service's quotes and steps refuse others;
// the steps check the age against the new term on top of that).
bool isPlausibleBirthDate(const QDate &date);

} // namespace clickar
