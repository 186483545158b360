#pragma once

#include "RenewalPage.h"

class QButtonGroup;
class QGridLayout;

namespace clickar {

// 3 ② 補償内容の確認: the plans side by side; exactly one is chosen.
class CoveragePage : public RenewalPage
{
    Q_OBJECT

public:
    explicit CoveragePage(RenewalController *controller, QWidget *parent = nullptr);
    bool isComplete() const override;

protected:
    void showRenewal(const Renewal &renewal) override;
    QJsonObject stepFields() const override;

private:
    QGridLayout *m_grid;
    QButtonGroup *m_choices;
    QStringList m_planIds;
};

} // namespace clickar
