#include "wizard/ApplicationPage.h"

#include "ui/ApplicationSummary.h"
#include "ui/InstantMnemonic.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizard>

namespace clickar {

ApplicationPage::ApplicationPage(RenewalController *controller, QWidget *parent)
    : RenewalPage(controller, std::nullopt, parent)
    , m_summary(new QVBoxLayout)
{
    setCommitPage(true);
    m_driverCard = addChoice(&m_driverCardBox, 2, QStringLiteral("driverCard"));
    m_nextNotice = addChoice(&m_nextNoticeBox, 2, QStringLiteral("nextNotice"));
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retrySubmitButton"));
    m_retry->setAutoDefault(false);
    m_retry->hide();
    m_summaryTitle = new QLabel(this);
    QFont bold = m_summaryTitle->font();
    bold.setBold(true);
    m_summaryTitle->setFont(bold);
    contentLayout()->addWidget(m_summaryTitle);
    contentLayout()->addLayout(m_summary);
    contentLayout()->addStretch();
    contentLayout()->addWidget(m_retry, 0, Qt::AlignLeft);
    if (QCheckBox *attestation = addAgentAttestation())
        connect(controller, &RenewalController::busyChanged, attestation,
                [this, attestation] { attestation->setEnabled(!this->controller()->isSubmitting()); });
    retranslate();

    connect(controller, &RenewalController::busyChanged, this, &ApplicationPage::onBusyChanged);
    connect(controller, &RenewalController::submitted, this, [this] {
        m_retry->hide();
        setStatus({}, false);
        lockChoices(true);
        advance();
    });
    connect(controller->submission(), &Submission::submitFailed, this, &ApplicationPage::onSubmitFailed);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (wizard() && isComplete())
            wizard()->button(QWizard::CommitButton)->click();
    });
}

QButtonGroup *ApplicationPage::addChoice(QGroupBox **box, int count, const QString &objectPrefix)
{
    *box = new QGroupBox(this);
    auto *layout = new QHBoxLayout(*box);
    auto *group = new QButtonGroup(this);
    for (int i = 0; i < count; ++i) {
        auto *button = new QRadioButton(*box);
        button->setObjectName(objectPrefix + QString::number(i));
        InstantMnemonic::install(button);
        group->addButton(button, i);
        layout->addWidget(button);
    }
    layout->addStretch();
    contentLayout()->addWidget(*box);
    connect(group, &QButtonGroup::idToggled, this, &QWizardPage::completeChanged);
    return group;
}

void ApplicationPage::retranslate()
{
    setTitle(tr("Application"));
    setSubTitle(tr("Choose the remaining options, check the summary and apply. After applying you cannot go back."));
    setButtonText(QWizard::CommitButton, tr("Apply for the contract"));
    m_driverCardBox->setTitle(tr("Driver card"));
    // The summary's words with a mnemonic each (Alt+letter chooses), none of them N (Alt+N is 次のお客さま).
    m_driverCard->button(0)->setText(tr("&Required"));
    m_driverCard->button(1)->setText(tr("N&ot required"));
    m_nextNoticeBox->setTitle(tr("How to notify you at the next maturity"));
    m_nextNotice->button(0)->setText(tr("&Web and email"));
    m_nextNotice->button(1)->setText(tr("&Post"));
    m_summaryTitle->setText(tr("Summary of your application"));
    m_retry->setText(tr("Retry"));
}

void ApplicationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showRenewal(controller()->renewal());
    }
    RenewalPage::changeEvent(event);
}

void ApplicationPage::initializePage()
{
    RenewalPage::initializePage();
    // Going back or leaving while the application is on its way would hide its outcome.
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::CancelButton}) {
        if (QAbstractButton *button = wizard()->button(which))
            button->installEventFilter(this);
    }
    onBusyChanged();
}

void ApplicationPage::showRenewal(const Renewal &renewal)
{
    ApplicationSummary::populate(m_summary,
                                 {ApplicationSummary::coverage(renewal), ApplicationSummary::premium(renewal),
                                  ApplicationSummary::customer(renewal), ApplicationSummary::basics(renewal),
                                  ApplicationSummary::disclosure(renewal)});
}

bool ApplicationPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::EnabledChange && controller()->isSubmitting()) {
        auto *button = qobject_cast<QAbstractButton *>(watched);
        if (button && button->isEnabled())
            button->setEnabled(false);
    }
    return RenewalPage::eventFilter(watched, event);
}

void ApplicationPage::onBusyChanged()
{
    const bool sending = controller()->isSubmitting();
    lockChoices(sending || controller()->hasPendingSubmission() || controller()->isSubmitted());
    if (sending && wizard()) {
        for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::CancelButton})
            wizard()->button(which)->setEnabled(false);
    }
}

void ApplicationPage::lockChoices(bool locked)
{
    m_driverCardBox->setEnabled(!locked);
    m_nextNoticeBox->setEnabled(!locked);
}

bool ApplicationPage::isComplete() const
{
    return RenewalPage::isComplete() && m_driverCard->checkedButton() && m_nextNotice->checkedButton();
}

bool ApplicationPage::validatePage()
{
    if (controller()->isSubmitted())
        return true;
    if (controller()->isBusy())
        return false;
    m_retry->hide();
    setStatus([] { return tr("Sending your application… Please wait; do not close the window."); }, false);
    SubmitRequest request;
    request.driverCard = m_driverCard->checkedId() == 0;
    request.nextNotice = m_nextNotice->checkedId() == 0 ? QStringLiteral("web") : QStringLiteral("post");
    request.agentAttested = agentAttestation() != nullptr; // a mandatory box: Apply is enabled only once ticked
    controller()->submit(request);
    return false;
}

void ApplicationPage::onSubmitFailed(const ApiError &error)
{
    const bool pending = controller()->hasPendingSubmission();
    setStatus(
        [error, pending] {
            QString text = error.userMessage();
            const QMap<QString, QString> fields = error.fieldMessages();
            for (const QString &message : fields)
                text += QLatin1Char('\n') + message;
            if (pending) {
                text += QLatin1Char('\n') + tr("Your application may already have reached us. “Retry” sends exactly "
                                               "the same application again; it can never be applied twice.");
            } else {
                text += QLatin1Char('\n') + tr("Nothing has been applied. Check the above and try again.");
            }
            return text;
        },
        true);
    m_retry->show();
    onBusyChanged();
}

} // namespace clickar
