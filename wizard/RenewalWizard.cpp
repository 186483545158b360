#include "RenewalWizard.h"

#include "ApplicationPage.h"
#include "BasicInfoPage.h"
#include "CompletionPage.h"
#include "ContractDetailsPage.h"
#include "CoveragePage.h"
#include "CustomerPaymentPage.h"
#include "DecisionPage.h"
#include "DisclosurePage.h"
#include "PreConfirmationPage.h"
#include "RenewalController.h"
#include "StepsPanel.h"

namespace clickar {

RenewalWizard::RenewalWizard(RenewalController *controller, QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
    , m_steps(new StepsPanel(this))
{
    setObjectName(QStringLiteral("renewalWizard"));
    setWindowTitle(tr("Renewal of your auto insurance"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(PreConfirmationPageId, new PreConfirmationPage(controller));
    setPage(BasicInfoPageId, new BasicInfoPage(controller));
    setPage(CoveragePageId, new CoveragePage(controller));
    setPage(ContractDetailsPageId, new ContractDetailsPage(controller));
    setPage(DecisionPageId, new DecisionPage(controller));
    setPage(CustomerPaymentPageId, new CustomerPaymentPage(controller));
    setPage(DisclosurePageId, new DisclosurePage(controller));
    setPage(ApplicationPageId, new ApplicationPage(controller));
    setPage(CompletionPageId, new CompletionPage(controller));
    setButtonText(QWizard::FinishButton, tr("Close"));
    setButtonText(QWizard::BackButton, tr("Back"));
    setButtonText(QWizard::CancelButton, tr("Interrupt"));
    setSideWidget(m_steps);
    setStartId(pageForResume(controller->renewal()));
    connect(this, &QWizard::currentIdChanged, m_steps, &StepsPanel::setCurrent);
    connect(this, &QWizard::finished, this, &RenewalWizard::closed);
}

int RenewalWizard::pageForResume(const Renewal &renewal)
{
    if (renewal.status == QStringLiteral("submitted"))
        return CompletionPageId;
    const std::optional<Step> step = renewal.firstUnconfirmedStep();
    if (!step)
        return ApplicationPageId;
    return PreConfirmationPageId + static_cast<int>(*step);
}

} // namespace clickar
