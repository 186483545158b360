#include "CoveragePage.h"

#include "Format.h"
#include "Labels.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QWizard>

namespace clickar {

CoveragePage::CoveragePage(RenewalController *controller, QWidget *parent)
    : RenewalPage(controller, Step::Coverage, parent)
    , m_grid(new QGridLayout)
    , m_choices(new QButtonGroup(this))
{
    setTitle(tr("Contract details ② Coverage"));
    setSubTitle(tr("Compare the plans and choose one."));
    setButtonText(QWizard::NextButton, tr("Next (③ Contract details)"));
    contentLayout()->addLayout(m_grid);
    contentLayout()->addStretch();
    addConfirmation(QStringLiteral("coverageConfirmed"), tr("The above is correct"));
    connect(m_choices, &QButtonGroup::idToggled, this, &QWizardPage::completeChanged);
}

void CoveragePage::showRenewal(const Renewal &renewal)
{
    const QString previous =
        m_choices->checkedButton() ? m_planIds.value(m_choices->checkedId()) : renewal.selectedPlanId;
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_planIds.clear();
    const QStringList rows = {tr("Bodily injury liability"),
                              tr("Property damage liability"),
                              tr("Personal injury"),
                              tr("Passenger injury"),
                              tr("Vehicle"),
                              tr("Annual premium"),
                              tr("Per instalment"),
                              tr("Difference from last year")};
    for (int row = 0; row < rows.size(); ++row)
        m_grid->addWidget(new QLabel(rows.at(row)), row + 1, 0);
    for (int column = 0; column < renewal.plans.size(); ++column) {
        const Plan &plan = renewal.plans.at(column);
        auto *choice = new QRadioButton(plan.name);
        choice->setObjectName(QStringLiteral("plan_") + plan.id);
        m_choices->addButton(choice, column);
        m_planIds.append(plan.id);
        m_grid->addWidget(choice, 0, column + 1);
        const Coverages &c = plan.coverages;
        const QStringList values = {
            labels::propertyDamage(c.bodilyInjury),   labels::propertyDamage(c.propertyDamage),
            labels::personalInjury(c.personalInjury), labels::passenger(c.passenger),
            labels::vehicleType(c.vehicle.type),      format::yen(plan.quote.annualPremium),
            format::yen(plan.quote.perInstallment),   format::yenDifference(plan.quote.differenceFromLastYear)};
        for (int row = 0; row < values.size(); ++row)
            m_grid->addWidget(new QLabel(values.at(row)), row + 1, column + 1);
        if (plan.id == previous)
            choice->setChecked(true);
    }
}

bool CoveragePage::isComplete() const
{
    return RenewalPage::isComplete() && m_choices->checkedButton() != nullptr;
}

QJsonObject CoveragePage::stepFields() const
{
    return {{QStringLiteral("planId"), m_planIds.value(m_choices->checkedId())}};
}

} // namespace clickar
