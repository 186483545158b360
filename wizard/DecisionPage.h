#pragma once

#include "RenewalPage.h"

namespace clickar {

class InfoTable;

// 5 ④ 決定プランの確認: the chosen plan in full, with this year's and last year's premium.
class DecisionPage : public RenewalPage
{
    Q_OBJECT

public:
    explicit DecisionPage(RenewalController *controller, QWidget *parent = nullptr);

protected:
    void showRenewal(const Renewal &renewal) override;

private:
    InfoTable *m_plan;
};

} // namespace clickar
