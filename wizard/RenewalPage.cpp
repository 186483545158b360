#include "RenewalPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWizard>

namespace clickar {

RenewalPage::RenewalPage(RenewalController *controller, std::optional<Step> step, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_step(step)
{
    auto *layout = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    m_content = new QVBoxLayout(body);
    m_content->setContentsMargins(0, 0, 8, 0);
    scroll->setWidget(body);
    layout->addWidget(scroll, 1);

    m_confirmations = new QVBoxLayout;
    layout->addLayout(m_confirmations);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pageStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    connect(controller, &RenewalController::busyChanged, this, &QWizardPage::completeChanged);
    connect(controller, &RenewalController::stepSaved, this, &RenewalPage::onStepSaved);
    connect(controller, &RenewalController::stepFailed, this, &RenewalPage::onStepFailed);
}

QCheckBox *RenewalPage::addConfirmation(const QString &fieldName, const QString &text)
{
    auto *box = new QCheckBox(text, this);
    box->setObjectName(fieldName);
    m_confirmations->addWidget(box);
    registerField(fieldName + QLatin1Char('*'), box);
    return box;
}

void RenewalPage::initializePage()
{
    m_saved = false;
    setStatus({}, false);
    showRenewal(m_controller->renewal());
}

bool RenewalPage::isComplete() const
{
    return QWizardPage::isComplete() && !m_controller->isBusy();
}

bool RenewalPage::validatePage()
{
    if (!m_step || m_saved)
        return true;
    setStatus(tr("Saving…"), false);
    m_controller->confirmStep(*m_step, stepFields());
    return false;
}

void RenewalPage::advance()
{
    m_saved = true;
    if (wizard()->currentPage() == this)
        wizard()->next();
}

void RenewalPage::onStepSaved(Step step)
{
    if (step != m_step || wizard()->currentPage() != this)
        return;
    setStatus({}, false);
    advance();
}

void RenewalPage::onStepFailed(Step step, const ApiError &error)
{
    if (step == m_step && wizard()->currentPage() == this)
        showError(error);
}

void RenewalPage::showError(const ApiError &error)
{
    QString text = error.userMessage();
    const QMap<QString, QString> fields = error.fieldMessages();
    for (const QString &message : fields)
        text += QLatin1Char('\n') + message;
    setStatus(text, true);
}

void RenewalPage::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setProperty("error", isError);
    m_status->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
    m_status->setVisible(!text.isEmpty());
}

} // namespace clickar
