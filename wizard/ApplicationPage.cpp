#include "ApplicationPage.h"

#include "Format.h"
#include "InfoTable.h"
#include "Labels.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QRadioButton>
#include <QWizard>

namespace clickar {

ApplicationPage::ApplicationPage(RenewalController *controller, QWidget *parent)
    : RenewalPage(controller, std::nullopt, parent)
{
    setTitle(tr("Application"));
    setSubTitle(tr("Choose the remaining options, check the summary and apply."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Apply for the contract"));
    m_driverCard = addChoice(tr("Driver card"), {tr("Required"), tr("Not required")}, QStringLiteral("driverCard"));
    m_nextNotice = addChoice(tr("How to notify you at the next maturity"), {tr("Web and email"), tr("Post")},
                             QStringLiteral("nextNotice"));
    m_summary = new InfoTable(tr("Summary"), this);
    contentLayout()->addWidget(m_summary);
    contentLayout()->addStretch();

    connect(controller, &RenewalController::submitted, this, [this] {
        m_submitted = true;
        setStatus({}, false);
        advance();
    });
    connect(controller, &RenewalController::submitFailed, this, [this](const ApiError &error) {
        setStatus(error.userMessage() + QLatin1Char('\n') + tr("Press “Apply for the contract” again to retry."), true);
    });
}

QButtonGroup *ApplicationPage::addChoice(const QString &title, const QStringList &options, const QString &objectPrefix)
{
    auto *box = new QGroupBox(title, this);
    auto *layout = new QHBoxLayout(box);
    auto *group = new QButtonGroup(this);
    for (int i = 0; i < options.size(); ++i) {
        auto *button = new QRadioButton(options.at(i), box);
        button->setObjectName(objectPrefix + QString::number(i));
        group->addButton(button, i);
        layout->addWidget(button);
    }
    layout->addStretch();
    contentLayout()->addWidget(box);
    connect(group, &QButtonGroup::idToggled, this, &QWizardPage::completeChanged);
    return group;
}

void ApplicationPage::showRenewal(const Renewal &renewal)
{
    m_summary->clear();
    m_summary->addRow(tr("Policy number"), renewal.policyNumber);
    m_summary->addRow(tr("New insurance period"), format::period(renewal.newPeriod.start, renewal.newPeriod.end));
    if (const Plan *plan = renewal.selectedPlan())
        m_summary->addRow(tr("Plan"), plan->name);
    m_summary->addRow(tr("Annual premium"), format::yen(renewal.quote.annualPremium));
    m_summary->addRow(tr("Payment method"), labels::paymentMethod(renewal.customer.paymentMethod));
}

bool ApplicationPage::isComplete() const
{
    return RenewalPage::isComplete() && m_driverCard->checkedButton() && m_nextNotice->checkedButton();
}

bool ApplicationPage::validatePage()
{
    if (m_submitted)
        return true;
    setStatus(tr("Sending your application…"), false);
    SubmitRequest request;
    request.driverCard = m_driverCard->checkedId() == 0;
    request.nextNotice = m_nextNotice->checkedId() == 0 ? QStringLiteral("web") : QStringLiteral("post");
    controller()->submit(request);
    return false;
}

} // namespace clickar
