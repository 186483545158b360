#pragma once

#include "domain/Renewal.h"
#include "service/RenewalClient.h"

#include <QObject>

#include <optional>

namespace clickar {

class StepSaver;

// Submits the application exactly once (POST …/submit). One idempotency key per application, kept until the
// service has answered: after an unclear outcome (no answer, a timeout, a 5xx, a 409) the next attempt resends the
// same request with the same key, whatever is passed, so it can never create a second policy; a clear refusal (4xx)
// allows a new application with a new key. The accepted outcome is written into `renewal`'s renewal.
class Submission : public QObject
{
    Q_OBJECT

public:
    Submission(RenewalClient *client, StepSaver *renewal, QObject *parent = nullptr);

    // submitted or submitFailed follows; ignored while a submission or a step save is on its way, and once
    // submitted.
    void submit(const SubmitRequest &request);

    bool isSubmitting() const { return m_submitting; }
    bool isSubmitted() const;
    QString idempotencyKey() const { return m_idempotencyKey; }
    // A submission went out and its outcome is unknown: the next attempt resends it unchanged.
    bool hasPendingSubmission() const { return m_pendingRequest.has_value(); }
    // What this app sent with the submission that the service accepted (driver card, next notice); empty when
    // the renewal was submitted elsewhere.
    std::optional<SubmitRequest> submittedRequest() const { return m_submittedRequest; }

signals:
    void submittingChanged(bool submitting);
    void submitted(const clickar::SubmitResult &result);
    void submitFailed(const clickar::ApiError &error);

private:
    void setSubmitting(bool submitting);
    void onAnswered(const Result<SubmitResult> &result, const SubmitRequest &sent);
    void accept(const SubmitResult &result);

    RenewalClient *m_client;
    StepSaver *m_renewal;
    QString m_idempotencyKey;
    bool m_submitting = false;
    std::optional<SubmitRequest> m_pendingRequest;
    std::optional<SubmitRequest> m_submittedRequest;
};

} // namespace clickar
