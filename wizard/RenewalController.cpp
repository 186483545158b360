#include "wizard/RenewalController.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWizard, "clickar.wizard")

namespace clickar {

RenewalController::RenewalController(RenewalClient *client, const Renewal &renewal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_steps(new StepSaver(client, renewal, this))
    , m_requoter(new Requoter(client, renewal, this))
    , m_submission(new Submission(client, m_steps, this))
    , m_support(new SupportContacts(client, this))
{
    // Connected before any page: the premiums follow a changed renewal before the pages show it.
    connect(m_steps, &StepSaver::renewalChanged, m_requoter, &Requoter::setRenewal);
    connect(m_steps, &StepSaver::stepSaved, m_requoter, &Requoter::forgetSaved);
    connect(m_steps, &StepSaver::renewalChanged, this, &RenewalController::renewalChanged);
    connect(m_steps, &StepSaver::savingChanged, this, &RenewalController::updateBusy);
    connect(m_submission, &Submission::submittingChanged, this, &RenewalController::updateBusy);
    connect(m_submission, &Submission::submitted, this, &RenewalController::submitted);
}

void RenewalController::updateBusy()
{
    const bool busy = m_steps->isSaving() || m_submission->isSubmitting();
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void RenewalController::confirmStep(Step step, const QJsonObject &fields)
{
    if (m_busy)
        return;
    m_steps->confirmStep(step, fields);
}

void RenewalController::submit(const SubmitRequest &request)
{
    if (m_busy)
        return;
    m_submission->submit(request);
}

void RenewalController::loadDocument(const QString &documentId, QObject *context, Callback<QByteArray> done)
{
    m_client->document(documentId, context, std::move(done));
}

} // namespace clickar
