#include "DecisionPage.h"

#include "Format.h"
#include "InfoTable.h"
#include "Labels.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>

namespace clickar {

DecisionPage::DecisionPage(RenewalController *controller, QWidget *parent)
    : RenewalPage(controller, Step::Decision, parent)
{
    setTitle(tr("Contract details ④ Decided plan"));
    setSubTitle(tr("Check the plan you have chosen."));
    setButtonText(QWizard::NextButton, tr("Next (⑤ Customer and payment)"));
    m_plan = new InfoTable(tr("Decided plan"), this);
    contentLayout()->addWidget(m_plan);
    contentLayout()->addStretch();
    addConfirmation(QStringLiteral("decisionConfirmed"), tr("The above is correct"));
}

void DecisionPage::showRenewal(const Renewal &renewal)
{
    m_plan->clear();
    const Plan *plan = renewal.selectedPlan();
    if (!plan)
        return;
    const Coverages &c = plan->coverages;
    m_plan->addRow(tr("Plan"), plan->name)->setObjectName(QStringLiteral("decidedPlanName"));
    m_plan->addRow(tr("Insurance period"), format::period(renewal.newPeriod.start, renewal.newPeriod.end));
    m_plan->addRow(tr("Bodily injury liability"), labels::propertyDamage(c.bodilyInjury));
    m_plan->addRow(tr("Property damage liability"), labels::propertyDamage(c.propertyDamage));
    m_plan->addRow(tr("Personal injury"), labels::personalInjury(c.personalInjury));
    m_plan->addRow(tr("Passenger injury"), labels::passenger(c.passenger));
    m_plan->addRow(tr("Vehicle"), labels::vehicleType(c.vehicle.type));
    QStringList riders;
    for (const QString &rider : c.riders)
        riders.append(labels::rider(rider));
    m_plan->addRow(tr("Riders"), riders.join(QLatin1Char('\n')));
    m_plan->addRow(tr("Annual premium (this year)"), format::yen(renewal.quote.annualPremium))
        ->setObjectName(QStringLiteral("decidedPremium"));
    m_plan->addRow(tr("Annual premium (last year)"), format::yen(renewal.lastYearPremium));
}

} // namespace clickar
