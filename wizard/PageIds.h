#pragma once

#include "domain/Step.h"

#include <optional>

namespace clickar {

// The nine wizard pages, in order. Fixed values: tests and saved state refer to them.
enum PageId {
    PreConfirmationPageId = 1,
    BasicInfoPageId = 2,
    CoveragePageId = 3,
    ContractDetailsPageId = 4,
    DecisionPageId = 5,
    CustomerPaymentPageId = 6,
    DisclosurePageId = 7,
    ApplicationPageId = 8,
    CompletionPageId = 9,
};

// The page that confirms `step`. The only place pages and steps are mapped: no arithmetic on either elsewhere.
constexpr PageId pageOf(Step step)
{
    switch (step) {
    case Step::Preconfirm:
        return PreConfirmationPageId;
    case Step::Basic:
        return BasicInfoPageId;
    case Step::Coverage:
        return CoveragePageId;
    case Step::Details:
        return ContractDetailsPageId;
    case Step::Decision:
        return DecisionPageId;
    case Step::Customer:
        return CustomerPaymentPageId;
    case Step::Disclosure:
        return DisclosurePageId;
    }
    return PreConfirmationPageId; // not reached: every step is listed above
}

// The step page `pageId` confirms; nullopt for the application and completion pages (and unknown ids). The
// inverse of pageOf(), so the mapping is stated once.
constexpr std::optional<Step> stepOf(int pageId)
{
    for (int i = 0; i <= static_cast<int>(Step::Disclosure); ++i) {
        if (pageOf(static_cast<Step>(i)) == pageId)
            return static_cast<Step>(i);
    }
    return std::nullopt;
}

// The page a renewal under way continues at when `confirmedSteps` of its steps are confirmed (they are confirmed in
// page order): the n of 「手続き中 n/9」, in the agent's queue and on MyPage alike.
constexpr PageId pageToContinueAt(int confirmedSteps)
{
    if (confirmedSteps <= 0)
        return PreConfirmationPageId;
    if (confirmedSteps > static_cast<int>(Step::Disclosure))
        return ApplicationPageId;
    return pageOf(static_cast<Step>(confirmedSteps));
}

} // namespace clickar
