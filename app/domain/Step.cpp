#include "domain/Step.h"

namespace clickar {

namespace {
const QStringList &stepCodes()
{
    static const QStringList codes = {QStringLiteral("preconfirm"), QStringLiteral("basic"),
                                      QStringLiteral("coverage"),   QStringLiteral("details"),
                                      QStringLiteral("decision"),   QStringLiteral("customer"),
                                      QStringLiteral("disclosure")};
    return codes;
}
} // namespace

QString stepCode(Step step)
{
    return stepCodes().at(static_cast<int>(step));
}

std::optional<Step> stepFromCode(const QString &code)
{
    const qsizetype index = stepCodes().indexOf(code);
    if (index < 0)
        return std::nullopt;
    return static_cast<Step>(index);
}

} // namespace clickar
