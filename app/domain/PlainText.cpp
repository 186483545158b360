#include "domain/PlainText.h"

namespace clickar {

namespace {

bool isForbidden(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true; // C0, DEL, C1
    if (c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return true; // bidirectional marks, embeddings, overrides and isolates
    if ((c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF)
        return true; // zero-width
    if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE || c == 0xFFFD)
        return true; // noncharacters, the replacement character
    return false;
}

} // namespace

qsizetype firstUnusableCharacter(const QString &text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        char32_t code = c.unicode();
        const qsizetype at = i;
        if (c.isHighSurrogate()) {
            if (i + 1 >= n || !text.at(i + 1).isLowSurrogate())
                return at; // lone high surrogate
            code = QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
        } else if (c.isLowSurrogate()) {
            return at; // lone low surrogate
        }
        if (isForbidden(code))
            return at;
    }
    return -1;
}

bool isPlainText(const QString &text)
{
    return firstUnusableCharacter(text) < 0;
}

bool isPlausibleBirthDate(const QDate &date)
{
    return date.isValid() && date >= QDate(1900, 1, 1) && date <= QDate(2100, 12, 31);
}

} // namespace clickar
