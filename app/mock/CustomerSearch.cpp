#include "mock/CustomerSearch.h"

#include "mock/SeedData.h"

namespace clickar::customersearch {

QString key(const QString &text)
{
    QString normalised = text.normalized(QString::NormalizationForm_KC).toLower();
    for (QChar &ch : normalised) {
        if (ch.unicode() >= 0x3041 && ch.unicode() <= 0x3096) // hiragana → katakana
            ch = QChar(static_cast<char16_t>(ch.unicode() + 0x60));
    }
    normalised.remove(u' ');
    normalised.remove(QChar(0x3000));
    return normalised;
}

bool matches(const SeedContract &contract, const QString &searchKey)
{
    if (searchKey.isEmpty())
        return true;
    // A policy number is looked up from its start (as read off a certificate); names and groups by any part.
    if (key(contract.policyNumber).startsWith(searchKey))
        return true;
    for (const QString &text : {contract.holder.nameKana, contract.holder.name, contract.groupName}) {
        if (key(text).contains(searchKey))
            return true;
    }
    return false;
}

} // namespace clickar::customersearch
