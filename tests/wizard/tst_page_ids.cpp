// Pages and steps are mapped in one place (PageIds.h): each of the seven steps has its page, each of those pages
// its step, and the application and completion pages none; the wizard resumes at the page of the first step the
// service has not confirmed.
#include "domain/Renewal.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalWizard.h"

#include <QTest>

using namespace clickar;

static_assert(pageOf(Step::Preconfirm) == PreConfirmationPageId);
static_assert(pageOf(Step::Disclosure) == DisclosurePageId);
static_assert(stepOf(CustomerPaymentPageId) == Step::Customer);

class TestPageIds : public QObject
{
    Q_OBJECT

private slots:
    void everyStepHasItsPage()
    {
        const QList<QPair<Step, PageId>> expected = {
            {Step::Preconfirm, PreConfirmationPageId}, {Step::Basic, BasicInfoPageId},
            {Step::Coverage, CoveragePageId},          {Step::Details, ContractDetailsPageId},
            {Step::Decision, DecisionPageId},          {Step::Customer, CustomerPaymentPageId},
            {Step::Disclosure, DisclosurePageId}};
        QCOMPARE(expected.size(), allSteps().size());
        for (const auto &[step, page] : expected) {
            QCOMPARE(pageOf(step), page);
            QCOMPARE(stepOf(page), std::optional<Step>(step));
        }
    }

    void pagesWithoutAStep()
    {
        for (int page : {int(ApplicationPageId), int(CompletionPageId), 0, 10, -1})
            QVERIFY(!stepOf(page));
    }

    void resumesAtTheFirstUnconfirmedStepsPage()
    {
        Renewal renewal;
        QCOMPARE(RenewalWizard::pageForResume(renewal), int(PreConfirmationPageId));
        renewal.confirmedSteps = {Step::Preconfirm, Step::Basic, Step::Coverage};
        QCOMPARE(RenewalWizard::pageForResume(renewal), int(ContractDetailsPageId));
        renewal.confirmedSteps = allSteps();
        QCOMPARE(RenewalWizard::pageForResume(renewal), int(ApplicationPageId));
        renewal.status = QStringLiteral("submitted");
        QCOMPARE(RenewalWizard::pageForResume(renewal), int(CompletionPageId));
    }
};

QTEST_MAIN(TestPageIds)
#include "tst_page_ids.moc"
