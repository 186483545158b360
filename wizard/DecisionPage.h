#pragma once

#include "wizard/RenewalPage.h"

class QCheckBox;
class QVBoxLayout;

namespace clickar {

// 5 ④ 決定プランの確認: the chosen plan in full — basic information, every coverage — with this year's and last
// year's premium, all as the service states them.
class DecisionPage : public RenewalPage
{
    Q_OBJECT

public:
    explicit DecisionPage(RenewalController *controller, QWidget *parent = nullptr);

protected:
    void showRenewal(const Renewal &renewal) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QVBoxLayout *m_sections;
    QCheckBox *m_confirm;
};

} // namespace clickar
