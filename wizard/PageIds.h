#pragma once

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

} // namespace clickar
