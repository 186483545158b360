#pragma once

#include "domain/Renewal.h"

#include <QWidget>

class QButtonGroup;
class QFrame;
class QGridLayout;
class QLabel;
class QMouseEvent;
class QRadioButton;

namespace clickar {

// The plans offered for the new term side by side: each coverage, the annual premium, the amount per payment and
// the difference from last year's premium (highlighted). Exactly one plan is chosen, with its radio button.
// Object names per plan id: plan_<id> (the radio button), planColumn_<id>, annualPremium_<id>,
// perInstallment_<id>, difference_<id>.
class PlanComparison : public QWidget
{
    Q_OBJECT

public:
    explicit PlanComparison(QWidget *parent = nullptr);

    // Builds the columns; when the plans are the same as before, keeps them (and the choice) as they are.
    void setPlans(const QList<Plan> &plans);
    void setQuote(const QString &planId, const Quote &quote);
    void setRecalculating(bool recalculating);
    void setSelectedPlanId(const QString &planId);
    QString selectedPlanId() const;
    QStringList planIds() const;

signals:
    void selectedPlanChanged(const QString &planId);

protected:
    // A click anywhere on a plan's column (its cells do not take clicks) chooses it, as a click on its radio button.
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Column
    {
        QString id;
        QString name;
        QRadioButton *choice = nullptr;
        QFrame *frame = nullptr;
        QLabel *annual = nullptr;
        QLabel *perInstallment = nullptr;
        QLabel *difference = nullptr;
    };
    void clear();
    void addColumn(int index, const Plan &plan, int rows);
    void highlightChoice();

    QGridLayout *m_grid;
    QButtonGroup *m_choices;
    QList<Column> m_columns;
    QList<Plan> m_plans;
};

} // namespace clickar
