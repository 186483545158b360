#include "wizard/RenewalWizard.h"

#include "ui/HelpDialog.h"
#include "ui/Style.h"
#include "wizard/ApplicationPage.h"
#include "wizard/BasicInfoPage.h"
#include "wizard/CompletionPage.h"
#include "wizard/ContractDetailsPage.h"
#include "wizard/CoveragePage.h"
#include "wizard/CustomerPaymentPage.h"
#include "wizard/DecisionPage.h"
#include "wizard/DisclosurePage.h"
#include "wizard/PreConfirmationPage.h"
#include "wizard/RenewalController.h"
#include "wizard/RenewalPage.h"
#include "wizard/StepsPanel.h"

#include <QAbstractButton>
#include <QShortcut>

namespace clickar {

RenewalWizard::RenewalWizard(RenewalController *controller, QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
    , m_steps(new StepsPanel(this))
{
    style::ensureStyleSheets(); // the app loaded them already; a test or tool may build the wizard on its own
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
    connect(this, &QWizard::currentIdChanged, m_steps, &StepsPanel::setCurrent);
    connect(controller, &RenewalController::renewalChanged, this, &RenewalWizard::updateDoneSteps);
    updateDoneSteps();

    // Help on every page: the Help button and F1.
    setOption(QWizard::HaveHelpButton);
    setButtonText(QWizard::HelpButton, tr("Help"));
    button(QWizard::HelpButton)->setToolTip(tr("Help on this page (F1)"));
    connect(this, &QWizard::helpRequested, this, &RenewalWizard::showHelp);
    auto *f1 = new QShortcut(QKeySequence::HelpContents, this);
    f1->setContext(Qt::WindowShortcut);
    connect(f1, &QShortcut::activated, this, &RenewalWizard::showHelp);
    controller->supportContacts()->load();
    connect(this, &QWizard::finished, this, &RenewalWizard::closed);
    resume();
}

void RenewalWizard::resume()
{
    const int target = pageForResume(m_controller->renewal());
    if (target == CompletionPageId) {
        // Submitted: only the completion page is left (a commit page has no way back).
        setStartId(CompletionPageId);
        restart();
        return;
    }
    // Walk through the pages the service has confirmed, ticked as confirmed, so that Back reaches them.
    setStartId(PreConfirmationPageId);
    restart();
    while (currentId() < target) {
        auto *page = qobject_cast<RenewalPage *>(currentPage());
        const int before = currentId();
        if (page)
            page->passAsConfirmed();
        if (currentId() == before)
            break;
    }
}

HelpDialog *RenewalWizard::helpDialog() const
{
    return m_help;
}

void RenewalWizard::showHelp()
{
    const QString title = currentPage() ? currentPage()->title() : windowTitle();
    if (m_help) {
        m_help->showPage(currentId(), title);
        m_help->raise();
        m_help->activateWindow();
        return;
    }
    m_help = new HelpDialog(currentId(), title, m_controller, this);
    m_help->setAttribute(Qt::WA_DeleteOnClose);
    m_help->show();
}

void RenewalWizard::updateDoneSteps()
{
    const Renewal &renewal = m_controller->renewal();
    QSet<int> done;
    for (Step step : renewal.confirmedSteps)
        done.insert(pageOf(step));
    if (renewal.status == QStringLiteral("submitted")) {
        done.insert(ApplicationPageId);
        done.insert(CompletionPageId);
    }
    m_steps->setDone(done);
}

void RenewalWizard::reject()
{
    if (m_controller->isSubmitting())
        return;
    QWizard::reject();
}

int RenewalWizard::pageForResume(const Renewal &renewal)
{
    if (renewal.status == QStringLiteral("submitted"))
        return CompletionPageId;
    const std::optional<Step> step = renewal.firstUnconfirmedStep();
    if (!step)
        return ApplicationPageId;
    return pageOf(*step);
}

} // namespace clickar
