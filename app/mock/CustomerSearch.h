#pragma once

#include <QString>

namespace clickar {

struct SeedContract;

// The agents' search of their customers (GET /contracts?query=): by policy number, name in kana or kanji, or group.
namespace customersearch {

// Normalises text for the search: NFKC, hiragana as katakana, no spaces, lower case.
QString key(const QString &text);
// Whether the contract matches a normalised `key`: the start of its policy number, or any part of the holder's name
// in kana or kanji or of the group's name (an empty key matches every contract).
bool matches(const SeedContract &contract, const QString &key);

} // namespace customersearch
} // namespace clickar
