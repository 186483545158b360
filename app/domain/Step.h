#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace clickar {

// The seven confirmable steps of a renewal (wizard pages 1-7), in the order the service requires.
enum class Step { Preconfirm, Basic, Coverage, Details, Decision, Customer, Disclosure };

inline const QList<Step> &allSteps()
{
    static const QList<Step> steps = {Step::Preconfirm, Step::Basic,    Step::Coverage,  Step::Details,
                                      Step::Decision,   Step::Customer, Step::Disclosure};
    return steps;
}

QString stepCode(Step step);
std::optional<Step> stepFromCode(const QString &code);

} // namespace clickar
