#include "wizard/CoveragePage.h"

#include "ui/FieldError.h"
#include "ui/Format.h"
#include "ui/PlanComparison.h"

#include <QCheckBox>
#include <QEvent>
#include <QJsonArray>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>

namespace clickar {

CoveragePage::CoveragePage(RenewalController *controller, QWidget *parent)
    : RenewalPage(controller, Step::Coverage, parent)
    , m_plans(new PlanComparison(this))
    , m_lastYear(new QLabel(this))
    , m_status(new QLabel(this))
{
    m_lastYear->setObjectName(QStringLiteral("lastYearPremium"));
    m_status->setObjectName(QStringLiteral("plansStatus"));
    m_status->setProperty("role", QStringLiteral("progress"));
    m_status->hide();
    contentLayout()->addWidget(m_lastYear);
    contentLayout()->addWidget(FieldError::stacked(m_plans, addFieldError(QStringLiteral("planId"), m_plans)));
    contentLayout()->addWidget(m_status);
    contentLayout()->addStretch();
    m_confirm = addConfirmation(QStringLiteral("coverageConfirmed"), {});
    retranslate();

    connect(m_plans, &PlanComparison::selectedPlanChanged, this, [this] {
        clearFieldError(QStringLiteral("planId"));
        emit completeChanged();
    });
    connect(controller->requoter(), &Requoter::quoteChanged, this, &CoveragePage::showQuotes);
    connect(controller->requoter(), &Requoter::quotingChanged, this, &CoveragePage::showRecalculating);
}

void CoveragePage::retranslate()
{
    setTitle(tr("Contract details ② Coverage"));
    setSubTitle(tr("Compare the plans and choose one."));
    setButtonText(QWizard::NextButton, tr("Next (③ Contract details)"));
    m_confirm->setText(tr("The above is &correct"));
    showRecalculating(controller()->isQuoting());
}

void CoveragePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showAgain();
    }
    RenewalPage::changeEvent(event);
}

QJsonValue CoveragePage::inputsFrom(const Renewal &renewal) const
{
    QJsonArray plans;
    for (const Plan &plan : renewal.plans)
        plans.append(
            QJsonObject{{QStringLiteral("id"), plan.id}, {QStringLiteral("coverages"), plan.coverages.toJson()}});
    return QJsonObject{{QStringLiteral("selectedPlanId"), renewal.selectedPlanId}, {QStringLiteral("plans"), plans}};
}

void CoveragePage::fillInputs(const Renewal &renewal)
{
    m_plans->setPlans(renewal.plans);
    m_plans->setSelectedPlanId(renewal.selectedPlanId);
}

void CoveragePage::restoreInputs(const QJsonObject &kept)
{
    const QString plan = kept.value(QStringLiteral("planId")).toString();
    if (m_plans->planIds().contains(plan))
        m_plans->setSelectedPlanId(plan);
}

void CoveragePage::showRenewal(const Renewal &renewal)
{
    m_plans->setPlans(renewal.plans);
    m_lastYear->setText(tr("Last year's annual premium: %1").arg(format::yen(renewal.lastYearPremium)));
    showQuotes();
    showRecalculating(controller()->isQuoting());
}

void CoveragePage::showQuotes()
{
    for (const QString &planId : m_plans->planIds())
        m_plans->setQuote(planId, controller()->requoter()->planQuote(planId));
}

void CoveragePage::showRecalculating(bool recalculating)
{
    m_plans->setRecalculating(recalculating);
    m_status->setText(recalculating ? tr("Recalculating the premiums…") : QString());
    m_status->setVisible(recalculating);
}

bool CoveragePage::isComplete() const
{
    return RenewalPage::isComplete() && !m_plans->selectedPlanId().isEmpty();
}

QJsonObject CoveragePage::stepFields() const
{
    return {{QStringLiteral("planId"), m_plans->selectedPlanId()}};
}

} // namespace clickar
