#pragma once

#include "wizard/RenewalPage.h"

class QLabel;

namespace clickar {

class PlanComparison;

// 3 ② 補償内容の確認: the plans side by side (coverages, annual premium, amount per payment, difference from last
// year); exactly one is chosen. Object names: planComparison (see PlanComparison), lastYearPremium,
// plansStatus, planIdError, coverageConfirmed.
class CoveragePage : public RenewalPage
{
    Q_OBJECT

public:
    explicit CoveragePage(RenewalController *controller, QWidget *parent = nullptr);
    bool isComplete() const override;

protected:
    void showRenewal(const Renewal &renewal) override;
    QJsonObject stepFields() const override;
    QJsonValue inputsFrom(const Renewal &renewal) const override;
    void fillInputs(const Renewal &renewal) override;
    void restoreInputs(const QJsonObject &kept) override;

private:
    void showQuotes();
    void showRecalculating(bool recalculating);

    PlanComparison *m_plans;
    QLabel *m_lastYear;
    QLabel *m_status;
};

} // namespace clickar
