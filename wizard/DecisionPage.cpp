#include "wizard/DecisionPage.h"

#include "ui/ApplicationSummary.h"

#include <QCheckBox>
#include <QEvent>
#include <QVBoxLayout>
#include <QWizard>

namespace clickar {

DecisionPage::DecisionPage(RenewalController *controller, QWidget *parent)
    : RenewalPage(controller, Step::Decision, parent)
    , m_sections(new QVBoxLayout)
{
    contentLayout()->addLayout(m_sections);
    contentLayout()->addStretch();
    m_confirm = addConfirmation(QStringLiteral("decisionConfirmed"), {});
    retranslate();
    // A reload (e.g. after a change elsewhere) shows the service's figures at once; nothing here is typed.
    connect(controller, &RenewalController::renewalChanged, this, [this](const Renewal &renewal) {
        if (wizard() && wizard()->currentPage() == this)
            showRenewal(renewal);
    });
}

void DecisionPage::retranslate()
{
    setTitle(tr("Contract details ④ Decided plan"));
    setSubTitle(tr("Check the plan you have chosen, its coverage and its premium."));
    setButtonText(QWizard::NextButton, tr("Next (⑤ Customer and payment)"));
    m_confirm->setText(tr("The above is &correct"));
}

void DecisionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showRenewal(controller()->renewal());
    }
    RenewalPage::changeEvent(event);
}

void DecisionPage::showRenewal(const Renewal &renewal)
{
    ApplicationSummary::populate(m_sections,
                                 {ApplicationSummary::coverage(renewal), ApplicationSummary::premium(renewal),
                                  ApplicationSummary::basics(renewal)});
}

} // namespace clickar
