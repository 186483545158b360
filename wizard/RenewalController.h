#pragma once

#include "domain/Renewal.h"
#include "service/RenewalClient.h"
#include "wizard/Requoter.h"
#include "wizard/StepSaver.h"
#include "wizard/Submission.h"
#include "wizard/SupportContacts.h"

#include <QJsonObject>
#include <QObject>

#include <optional>

namespace clickar {

// The pages' one way to the service, in front of the parts that do the work: StepSaver (holds the one Renewal
// the wizard shows, saves steps, reloads), Requoter (premiums under unsaved choices), Submission (the application,
// exactly once) and SupportContacts (help). Pages ask here or the part they need; answers come back as the parts'
// signals. Only one thing at a time is sent that changes the renewal: a step save or the submission.
class RenewalController : public QObject
{
    Q_OBJECT

public:
    RenewalController(RenewalClient *client, const Renewal &renewal, QObject *parent = nullptr);

    const Renewal &renewal() const { return m_steps->renewal(); }
    // An agent renews on a customer's behalf (set before the wizard is built): the consent pages add the agent's
    // attestation box, and their steps and the submission carry agentAttested: true.
    void setOnBehalf(bool onBehalf) { m_onBehalf = onBehalf; }
    bool isOnBehalf() const { return m_onBehalf; }
    RenewalClient *client() const { return m_client; }
    StepSaver *steps() const { return m_steps; }
    Requoter *requoter() const { return m_requoter; }
    Submission *submission() const { return m_submission; }
    SupportContacts *supportContacts() const { return m_support; }

    // A step save or the submission is on its way (Next and Apply are disabled meanwhile).
    bool isBusy() const { return m_busy; }
    // Saves one confirmed step (StepSaver::confirmStep); ignored while busy.
    void confirmStep(Step step, const QJsonObject &fields);
    // Submits the application (Submission::submit); ignored while busy and once submitted.
    void submit(const SubmitRequest &request);
    // Fetches the renewal again (StepSaver::reload).
    void reload() { m_steps->reload(); }
    // The bytes of one of the renewal's documents (the disclosure PDF).
    void loadDocument(const QString &documentId, QObject *context, Callback<QByteArray> done);

    // Read-only shortcuts to the parts' state that pages, the wizard and tests read (see the parts for what each
    // means); what changes it, and the signals, are the parts'.
    bool isSubmitted() const { return m_submission->isSubmitted(); }
    bool isSubmitting() const { return m_submission->isSubmitting(); }
    bool hasPendingSubmission() const { return m_submission->hasPendingSubmission(); }
    QString idempotencyKey() const { return m_submission->idempotencyKey(); }
    std::optional<SubmitRequest> submittedRequest() const { return m_submission->submittedRequest(); }
    bool isQuoting() const { return m_requoter->isQuoting(); }
    const Quote &currentQuote() const { return m_requoter->currentQuote(); }
    int quoteRequestsSent() const { return m_requoter->quoteRequestsSent(); }
    const std::optional<Support> &support() const { return m_support->contacts(); }

signals:
    void busyChanged(bool busy);
    // The renewal changed: a step saved, a reload, or the submission's outcome (StepSaver::renewalChanged).
    void renewalChanged(const clickar::Renewal &renewal);
    // The service accepted the application (Submission::submitted).
    void submitted(const clickar::SubmitResult &result);

private:
    void updateBusy();

    RenewalClient *m_client;
    StepSaver *m_steps;
    Requoter *m_requoter;
    Submission *m_submission;
    SupportContacts *m_support;
    bool m_busy = false;
    bool m_onBehalf = false;
};

} // namespace clickar
