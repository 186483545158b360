#include "ui/PremiumBox.h"

#include "ui/Format.h"
#include "ui/Style.h"
#include "wizard/RenewalController.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace clickar {

namespace {
QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

PremiumBox::PremiumBox(QWidget *parent)
    : QGroupBox(parent)
    , m_planName(valueLabel(QStringLiteral("quotePlanName"), this))
    , m_annual(valueLabel(QStringLiteral("annualPremium"), this))
    , m_perInstallment(valueLabel(QStringLiteral("perInstallment"), this))
    , m_difference(valueLabel(QStringLiteral("premiumDifference"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("premiumBox"));
    QFont big = m_annual->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_annual->setFont(big);
    m_difference->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred); // the highlight hugs the figure
    m_status->setObjectName(QStringLiteral("quoteStatus"));
    m_status->setProperty("role", QStringLiteral("progress"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (QLabel *value : {m_planName, m_annual, m_perInstallment, m_difference}) {
        auto *caption = new QLabel(this);
        m_captions.append(caption);
        form->addRow(caption, value);
    }
    layout->addLayout(form);
    layout->addWidget(m_status);
    retranslate();
}

void PremiumBox::retranslate()
{
    setTitle(tr("Premium for the new term"));
    const QStringList captions = {tr("Plan"), tr("Annual premium"), tr("Per payment"), tr("Difference from last year")};
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
    refresh();
}

void PremiumBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void PremiumBox::follow(RenewalController *controller)
{
    m_controller = controller;
    connect(controller->requoter(), &Requoter::quoteChanged, this, [this] {
        m_failure.clear();
        refresh();
    });
    connect(controller->requoter(), &Requoter::quotingChanged, this, [this](bool quoting) {
        if (quoting)
            m_failure.clear();
        setRecalculating(quoting);
    });
    connect(controller->requoter(), &Requoter::quoteFailed, this, [this](const ApiError &error) {
        m_failure = error.userMessage();
        setFailed(m_failure);
    });
    refresh();
}

void PremiumBox::refresh()
{
    if (!m_controller)
        return;
    const QString planId = m_controller->requoter()->quotedPlanId();
    QString planName;
    for (const Plan &plan : m_controller->renewal().plans) {
        if (plan.id == planId)
            planName = plan.name;
    }
    setQuote(m_controller->currentQuote(), planName);
    if (!m_failure.isEmpty() && !m_controller->isQuoting())
        setFailed(m_failure);
    else
        setRecalculating(m_controller->isQuoting());
}

void PremiumBox::setQuote(const Quote &quote, const QString &planName)
{
    m_planName->setText(planName);
    m_annual->setText(format::yen(quote.annualPremium));
    m_annual->setAccessibleName(tr("Annual premium: %1").arg(format::yen(quote.annualPremium)));
    m_perInstallment->setText(installmentText(quote));
    m_difference->setText(differenceText(quote.differenceFromLastYear));
    styleDifference(m_difference, quote.differenceFromLastYear);
    if (m_status->property("error").toBool())
        setFailed({});
}

void PremiumBox::setRecalculating(bool recalculating)
{
    for (QLabel *label : {m_annual, m_perInstallment, m_difference})
        label->setEnabled(!recalculating);
    if (recalculating) {
        style::setState(m_status, "error", false);
        m_status->setText(tr("Recalculating the premium…"));
        m_status->show();
    } else if (!m_status->property("error").toBool()) {
        m_status->hide();
    }
}

void PremiumBox::setFailed(const QString &message)
{
    style::setState(m_status, "error", !message.isEmpty());
    if (message.isEmpty()) {
        m_status->hide();
        return;
    }
    for (QLabel *label : {m_annual, m_perInstallment, m_difference})
        label->setEnabled(true);
    m_status->setText(tr("The premium could not be recalculated: %1").arg(message));
    m_status->show();
}

QString PremiumBox::installmentText(const Quote &quote)
{
    if (quote.installments <= 1)
        return tr("Single payment of %1").arg(format::yen(quote.annualPremium));
    if (quote.firstInstallment == quote.perInstallment || quote.firstInstallment == 0)
        return tr("%1 × %2 payments").arg(format::yen(quote.perInstallment)).arg(quote.installments);
    return tr("%1 × %2 payments (first payment %3)")
        .arg(format::yen(quote.perInstallment))
        .arg(quote.installments)
        .arg(format::yen(quote.firstInstallment));
}

QString PremiumBox::differenceText(qint64 difference)
{
    if (difference > 0)
        return QStringLiteral("▲ ") + format::yenDifference(difference);
    if (difference < 0)
        return QStringLiteral("▼ ") + format::yenDifference(difference);
    return format::yenDifference(0);
}

void PremiumBox::styleDifference(QLabel *label, qint64 difference)
{
    if (difference > 0) {
        style::setState(label, "difference", QStringLiteral("increase"));
        label->setAccessibleName(tr("Difference from last year: %1 more").arg(format::yen(difference)));
    } else if (difference < 0) {
        style::setState(label, "difference", QStringLiteral("decrease"));
        label->setAccessibleName(tr("Difference from last year: %1 less").arg(format::yen(-difference)));
    } else {
        style::setState(label, "difference", QString());
        label->setAccessibleName(tr("Difference from last year: none"));
    }
}

} // namespace clickar
