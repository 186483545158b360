#include "ui/PlanComparison.h"

#include "ui/Format.h"
#include "ui/Labels.h"
#include "ui/PhraseLabel.h"
#include "ui/PremiumBox.h"
#include "ui/Style.h"

#include <QApplication>
#include <QButtonGroup>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QRadioButton>

namespace clickar {

namespace {
bool sameOffer(const QList<Plan> &a, const QList<Plan> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).id != b.at(i).id || a.at(i).name != b.at(i).name || a.at(i).coverages != b.at(i).coverages)
            return false;
    }
    return true;
}

QString vehicleText(const VehicleCoverage &v)
{
    if (v.type == QStringLiteral("none"))
        return labels::vehicleType(v.type);
    QString text = labels::vehicleType(v.type);
    if (v.amount > 0)
        text += QLatin1Char('\n') + format::yen(v.amount);
    return text + QLatin1Char('\n') + PlanComparison::tr("Deductible: %1").arg(labels::deductible(v.deductible));
}

QString ridersText(const QStringList &riders)
{
    if (riders.isEmpty())
        return PlanComparison::tr("None");
    QStringList names;
    for (const QString &rider : riders)
        names.append(labels::rider(rider));
    return names.join(QLatin1Char('\n'));
}

// A cell's lines break between words only (a rider's name is never cut in two): the column is as wide as its widest
// term, and the page scrolls (or the demo mail panel folds away) before a term is broken.
PhraseLabel *cell(const QString &text, QWidget *parent)
{
    auto *label = new PhraseLabel(text, parent);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setPadding(QMargins(8, 3, 8, 3));
    return label;
}
} // namespace

PlanComparison::PlanComparison(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_choices(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("planComparison"));
    m_grid->setHorizontalSpacing(4);
    m_grid->setVerticalSpacing(2);
    m_choices->setExclusive(true);
    connect(m_choices, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked || id < 0 || id >= m_columns.size())
            return;
        highlightChoice();
        emit selectedPlanChanged(m_columns.at(id).id);
    });
}

void PlanComparison::clear()
{
    for (const Column &column : std::as_const(m_columns))
        m_choices->removeButton(column.choice);
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_columns.clear();
}

void PlanComparison::setPlans(const QList<Plan> &plans)
{
    if (!m_columns.isEmpty() && sameOffer(plans, m_plans))
        return;
    const QString chosen = selectedPlanId();
    clear();
    m_plans = plans;
    const QStringList rows = {tr("Bodily injury liability"),
                              tr("Property damage liability"),
                              tr("Personal injury"),
                              tr("Passenger injury"),
                              tr("Vehicle"),
                              tr("Riders"),
                              tr("Annual premium"),
                              tr("Per payment"),
                              tr("Difference from last year")};
    for (int row = 0; row < rows.size(); ++row) {
        QLabel *header = cell(rows.at(row), this);
        header->setProperty("role", QStringLiteral("rowHeader"));
        m_grid->addWidget(header, row + 1, 0);
    }
    for (int index = 0; index < plans.size(); ++index)
        addColumn(index, plans.at(index), int(rows.size()) + 1);
    for (int column = 1; column <= plans.size(); ++column)
        m_grid->setColumnStretch(column, 1);
    m_grid->setRowMinimumHeight(int(rows.size()) + 1, 6);
    if (!chosen.isEmpty())
        setSelectedPlanId(chosen);
}

void PlanComparison::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlanComparison::retranslate()
{
    if (m_columns.isEmpty())
        return;
    QMap<QString, Quote> quotes;
    for (const Column &column : std::as_const(m_columns))
        quotes.insert(column.id, column.quote);
    const QWidget *focus = QApplication::focusWidget();
    const QString focused = focus && isAncestorOf(focus) ? focus->objectName() : QString();
    const QList<Plan> plans = m_plans;
    const QString chosen = selectedPlanId();
    {
        const QSignalBlocker quiet(m_choices); // the same choice: nothing to tell
        clear();
        setPlans(plans);
        setSelectedPlanId(chosen);
    }
    for (auto it = quotes.cbegin(); it != quotes.cend(); ++it)
        setQuote(it.key(), it.value());
    setRecalculating(m_recalculating);
    if (!focused.isEmpty()) {
        if (QWidget *again = findChild<QWidget *>(focused))
            again->setFocus(Qt::OtherFocusReason);
    }
}

void PlanComparison::addColumn(int index, const Plan &plan, int rows)
{
    const int gridColumn = index + 1;
    Column column;
    column.id = plan.id;
    column.name = plan.name;
    // The frame is added first so that it lies under the column's cells: it shows which plan is chosen.
    column.frame = new QFrame(this);
    column.frame->setObjectName(QStringLiteral("planColumn_") + plan.id);
    column.frame->setProperty("role", QStringLiteral("planColumn"));
    m_grid->addWidget(column.frame, 0, gridColumn, rows + 1, 1); // one more row: a margin at the bottom

    column.choice = new QRadioButton(plan.name, this);
    column.choice->setObjectName(QStringLiteral("plan_") + plan.id);
    column.choice->setProperty("role", QStringLiteral("planChoice"));
    m_choices->addButton(column.choice, index);
    m_grid->addWidget(column.choice, 0, gridColumn);

    const Coverages &c = plan.coverages;
    const QStringList values = {labels::bodilyInjury(c.bodilyInjury),
                                labels::propertyDamage(c.propertyDamage),
                                labels::personalInjury(c.personalInjury),
                                labels::passenger(c.passenger),
                                vehicleText(c.vehicle),
                                ridersText(c.riders)};
    for (int row = 0; row < values.size(); ++row)
        m_grid->addWidget(cell(values.at(row), this), row + 1, gridColumn);

    const int premiumRow = int(values.size()) + 1;
    column.annual = cell({}, this);
    column.annual->setObjectName(QStringLiteral("annualPremium_") + plan.id);
    QFont big = column.annual->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    column.annual->setFont(big);
    column.perInstallment = cell({}, this);
    column.perInstallment->setObjectName(QStringLiteral("perInstallment_") + plan.id);
    PhraseLabel *difference = cell({}, this);
    column.difference = difference;
    column.difference->setObjectName(QStringLiteral("difference_") + plan.id);
    m_grid->addWidget(column.annual, premiumRow, gridColumn);
    m_grid->addWidget(column.perInstallment, premiumRow + 1, gridColumn);
    difference->setPadding({}); // the badge's room is the cell's layout
    auto *differenceCell = new QWidget(this);
    auto *differenceLayout = new QHBoxLayout(differenceCell);
    differenceLayout->setContentsMargins(8, 3, 8, 3);
    differenceLayout->addWidget(column.difference);
    differenceLayout->addStretch();
    m_grid->addWidget(differenceCell, premiumRow + 2, gridColumn);
    m_columns.append(column);
    setQuote(plan.id, plan.quote);
}

void PlanComparison::setQuote(const QString &planId, const Quote &quote)
{
    for (Column &column : m_columns) {
        if (column.id != planId)
            continue;
        column.quote = quote;
        column.annual->setText(format::yen(quote.annualPremium));
        column.perInstallment->setText(PremiumBox::installmentText(quote));
        column.difference->setText(PremiumBox::differenceText(quote.differenceFromLastYear));
        PremiumBox::styleDifference(column.difference, quote.differenceFromLastYear);
        column.choice->setAccessibleName(tr("%1: annual premium %2, %3 compared with last year")
                                             .arg(column.name, format::yen(quote.annualPremium),
                                                  format::yenDifference(quote.differenceFromLastYear)));
    }
}

void PlanComparison::setRecalculating(bool recalculating)
{
    m_recalculating = recalculating;
    for (const Column &column : std::as_const(m_columns)) {
        for (QLabel *label : {column.annual, column.perInstallment, column.difference})
            label->setEnabled(!recalculating);
    }
}

void PlanComparison::setSelectedPlanId(const QString &planId)
{
    for (const Column &column : std::as_const(m_columns)) {
        if (column.id == planId)
            column.choice->setChecked(true);
    }
    highlightChoice();
}

QString PlanComparison::selectedPlanId() const
{
    const int id = m_choices->checkedId();
    return id >= 0 && id < m_columns.size() ? m_columns.at(id).id : QString();
}

QStringList PlanComparison::planIds() const
{
    QStringList ids;
    for (const Column &column : m_columns)
        ids.append(column.id);
    return ids;
}

void PlanComparison::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        for (const Column &column : std::as_const(m_columns)) {
            if (column.frame->geometry().contains(event->position().toPoint()) && column.choice->isEnabled()) {
                column.choice->setFocus(Qt::MouseFocusReason);
                if (!column.choice->isChecked())
                    column.choice->click();
                return event->accept();
            }
        }
    }
    QWidget::mousePressEvent(event);
}

void PlanComparison::highlightChoice()
{
    const QString chosen = selectedPlanId();
    for (const Column &column : std::as_const(m_columns)) {
        const bool selected = column.id == chosen;
        style::setState(column.frame, "selected", selected);
    }
}

} // namespace clickar
