#include "mock/CanonicalEmail.h"

namespace clickar {

QString canonicalEmail(const QString &email)
{
    // NFKC first (full-width letters, the Kelvin sign, ſ → s), case folding after it, then NFKC again: folding can
    // leave a form that is not composed (e.g. U+0130), and two spellings must never give two keys.
    const QString folded = email.trimmed().normalized(QString::NormalizationForm_KC).toCaseFolded();
    return folded.normalized(QString::NormalizationForm_KC).trimmed();
}

} // namespace clickar
