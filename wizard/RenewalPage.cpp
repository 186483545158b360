#include "wizard/RenewalPage.h"

#include "ui/FieldError.h"
#include "ui/InstantMnemonic.h"
#include "ui/Style.h"

#include <QBoxLayout>
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
    scroll->setFocusPolicy(Qt::NoFocus); // a page's first Tab stop is its first control, not the area around them
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
    connect(controller->steps(), &StepSaver::stepSaved, this, &RenewalPage::onStepSaved);
    connect(controller->steps(), &StepSaver::stepFailed, this, &RenewalPage::onStepFailed);
}

QCheckBox *RenewalPage::addConfirmation(const QString &fieldName, const QString &text)
{
    return addConfirmation(fieldName, text, m_confirmations);
}

QCheckBox *RenewalPage::addConfirmation(const QString &fieldName, const QString &text, QBoxLayout *layout)
{
    auto *box = new QCheckBox(text, this);
    box->setObjectName(fieldName);
    InstantMnemonic::install(box); // Alt+letter ticks it before the Return typed after it
    layout->addWidget(box);
    registerField(fieldName + QLatin1Char('*'), box);
    m_boxes.append(box);
    return box;
}

QCheckBox *RenewalPage::addAgentAttestation()
{
    if (!m_controller->isOnBehalf())
        return nullptr;
    // Field names are the wizard's, one per page; the object name is the same on every page.
    static int pages = 0;
    m_attestation = addConfirmation(QStringLiteral("agentAttested%1").arg(++pages),
                                    tr("I explained this to the customer &and confirmed their wishes"));
    m_attestation->setObjectName(QStringLiteral("agentAttestation"));
    m_attestation->setProperty("role", QStringLiteral("attestation"));
    return m_attestation;
}

void RenewalPage::clearConfirmations()
{
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(false);
}

void RenewalPage::initializePage()
{
    m_saved = false;
    setStatus({}, false);
    const Renewal &renewal = m_controller->renewal();
    const QJsonValue inputs = inputsFrom(renewal);
    if (!m_inputsShown || *m_inputsShown != inputs) {
        // First shown, or changed on the service since: what was confirmed here is not what is shown any more.
        const bool refill = m_inputsShown.has_value();
        m_inputsShown = inputs;
        clearFieldErrors();
        fillInputs(renewal);
        if (refill)
            clearConfirmations();
        else if (const QJsonObject kept =
                     m_step ? renewal.unconfirmedInputs.value(stepCode(*m_step)).toObject() : QJsonObject();
                 !kept.isEmpty())
            restoreInputs(kept);
    }
    showRenewal(renewal);
}

void RenewalPage::showAgain()
{
    if (m_inputsShown)
        showRenewal(m_controller->renewal());
}

void RenewalPage::cleanupPage()
{
    // Back keeps every input: QWizardPage::cleanupPage() would reset the fields (the confirmation boxes).
}

bool RenewalPage::isComplete() const
{
    return QWizardPage::isComplete() && !m_controller->isBusy();
}

bool RenewalPage::validatePage()
{
    if (!m_step || m_saved)
        return true;
    if (m_controller->isBusy())
        return false;
    setStatus([] { return tr("Saving…"); }, false);
    clearFieldErrors();
    // Nothing on the page changes while the service saves what was sent (Next is disabled meanwhile too).
    setEnabled(false);
    QJsonObject fields = stepFields();
    if (m_attestation)
        fields.insert(QStringLiteral("agentAttested"), true);
    m_controller->confirmStep(*m_step, fields);
    return false;
}

void RenewalPage::passAsConfirmed()
{
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(true);
    advance();
}

void RenewalPage::advance()
{
    m_saved = true;
    if (wizard()->currentPage() == this)
        wizard()->next();
    // Back does not call initializePage(): the next Next on this page must save again what is shown then.
    m_saved = false;
}

void RenewalPage::onStepSaved(Step step)
{
    if (step == m_step)
        setEnabled(true);
    if (step != m_step || wizard()->currentPage() != this)
        return;
    setStatus({}, false);
    // What the page saved is the renewal's now: coming back must not count it as changed on the service.
    m_inputsShown = inputsFrom(m_controller->renewal());
    advance();
}

void RenewalPage::onStepFailed(Step step, const ApiError &error)
{
    if (step == m_step)
        setEnabled(true);
    if (step == m_step && wizard()->currentPage() == this)
        showError(error);
}

void RenewalPage::showError(const ApiError &error)
{
    if (error.code == QStringLiteral("version_conflict")) {
        // The controller has already loaded the latest version; the next Next is sent against it.
        return setStatus(
            [] {
                return tr("This renewal was changed elsewhere (in another window or on another device). The latest "
                          "version has been loaded and what you entered here is kept: check it and press Next "
                          "again.");
            },
            true);
    }
    // The service's own words stay as sent (in the language of the request); the app's follow the language.
    const QStringList unplaced = showFieldMessages(error.fieldMessages());
    setStatus(
        [error, unplaced] {
            QString text = error.userMessage();
            for (const QString &message : unplaced)
                text += QLatin1Char('\n') + message;
            return text;
        },
        true);
}

FieldError *RenewalPage::addFieldError(const QString &field, QWidget *input)
{
    auto *error = new FieldError(field, input, this);
    m_fieldErrors.append(error);
    return error;
}

QStringList RenewalPage::showFieldMessages(const QMap<QString, QString> &messages)
{
    QStringList unplaced;
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        bool placed = false;
        for (FieldError *error : std::as_const(m_fieldErrors)) {
            if (error->field() == it.key()) {
                error->showMessage(it.value());
                placed = true;
            }
        }
        if (!placed)
            unplaced.append(it.value());
    }
    for (FieldError *error : std::as_const(m_fieldErrors)) {
        if (error->hasMessage() && error->input() && error->input()->isEnabled()) {
            error->input()->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
    return unplaced;
}

void RenewalPage::clearFieldError(const QString &field)
{
    for (FieldError *error : std::as_const(m_fieldErrors)) {
        if (error->field() == field)
            error->clearMessage();
    }
}

void RenewalPage::clearFieldErrors()
{
    for (FieldError *error : std::as_const(m_fieldErrors))
        error->clearMessage();
}

void RenewalPage::setStatus(const std::function<QString()> &text, bool isError)
{
    m_statusText = text;
    m_status->setText(text ? text() : QString());
    style::setState(m_status, "error", isError);
    m_status->setVisible(!m_status->text().isEmpty());
}

void RenewalPage::changeEvent(QEvent *event)
{
    // The page's own texts are the subclass's (its changeEvent); here the status under the page.
    if (event->type() == QEvent::LanguageChange && m_statusText)
        m_status->setText(m_statusText());
    if (event->type() == QEvent::LanguageChange && m_attestation)
        m_attestation->setText(tr("I explained this to the customer &and confirmed their wishes"));
    QWizardPage::changeEvent(event);
}

} // namespace clickar
