#include "wizard/Submission.h"

#include "wizard/StepSaver.h"

#include <QLoggingCategory>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcWizard)

namespace clickar {

Submission::Submission(RenewalClient *client, StepSaver *renewal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_renewal(renewal)
{}

bool Submission::isSubmitted() const
{
    return m_renewal->renewal().status == QStringLiteral("submitted");
}

void Submission::setSubmitting(bool submitting)
{
    if (m_submitting == submitting)
        return;
    m_submitting = submitting;
    emit submittingChanged(submitting);
}

void Submission::submit(const SubmitRequest &request)
{
    if (m_submitting || m_renewal->isSaving() || isSubmitted())
        return;
    if (m_idempotencyKey.isEmpty() || !m_pendingRequest) {
        m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_pendingRequest = request;
    }
    // A retry sends what the first attempt sent: the service may already have applied that one.
    const SubmitRequest sent = *m_pendingRequest;
    setSubmitting(true);
    m_client->submit(m_renewal->renewal().id, sent, m_idempotencyKey, this,
                     [this, sent](const Result<SubmitResult> &result) { onAnswered(result, sent); });
}

void Submission::onAnswered(const Result<SubmitResult> &result, const SubmitRequest &sent)
{
    if (result.ok()) {
        setSubmitting(false);
        m_pendingRequest.reset();
        m_submittedRequest = sent;
        return accept(result.value());
    }
    const ApiError error = result.error();
    qCInfo(lcWizard) << "submission not confirmed:" << error.technical;
    if (error.code == QStringLiteral("already_submitted")) {
        // The service holds an application for this renewal (sent with another key, e.g. from another
        // device): show the policy it issued, with the confirmation details of the stored renewal.
        return m_renewal->reload([this, error](const std::optional<ApiError> &) {
            setSubmitting(false);
            m_pendingRequest.reset();
            const Renewal &latest = m_renewal->renewal();
            if (latest.submission && !latest.submission->newPolicyNumber.isEmpty())
                return accept(*latest.submission);
            SubmitResult done;
            done.newPolicyNumber = error.details.value(QStringLiteral("newPolicyNumber")).toString();
            if (!done.newPolicyNumber.isEmpty())
                return accept(done);
            emit submitFailed(error);
        });
    }
    setSubmitting(false);
    // A definite refusal means nothing was applied: the next attempt is a new application. Anything else (no
    // answer, a timeout, a 5xx, a conflict) may hide an applied submission, so the key and request are kept.
    if (error.kind == ApiError::Kind::Http && error.status >= 400 && error.status < 500 && error.status != 408 &&
        error.status != 409 && error.status != 429) {
        m_idempotencyKey.clear();
        m_pendingRequest.reset();
    }
    emit submitFailed(error);
}

void Submission::accept(const SubmitResult &result)
{
    Renewal renewal = m_renewal->renewal();
    renewal.status = QStringLiteral("submitted");
    renewal.submission = result;
    m_renewal->setRenewal(renewal);
    emit submitted(result);
}

} // namespace clickar
