#pragma once

#include "domain/Renewal.h"
#include "service/RenewalClient.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace clickar {

// Owns the one Renewal the wizard shows and is the pages' only way to the service: pages ask, the
// controller calls RenewalClient, and the answer comes back as a signal.
class RenewalController : public QObject
{
    Q_OBJECT

public:
    RenewalController(RenewalClient *client, const Renewal &renewal, QObject *parent = nullptr);

    const Renewal &renewal() const { return m_renewal; }
    RenewalClient *client() const { return m_client; }
    bool isBusy() const { return m_busy; }

    // Saves one confirmed step (PUT …/steps/{step}); stepSaved or stepFailed follows.
    void confirmStep(Step step, const QJsonObject &fields);
    // Submits the application once; the idempotency key is kept until the service has answered,
    // so a retry after a network error can never create a second policy.
    void submit(const SubmitRequest &request);
    // The bytes of one of the renewal's documents (the disclosure PDF).
    void loadDocument(const QString &documentId, QObject *context, Callback<QByteArray> done);
    QString idempotencyKey() const { return m_idempotencyKey; }

    // --- Re-quoting and help (pages 1–4) ---
    // Asks the service for the premium under the person's unsaved choices (POST …/quote, nothing saved).
    // `selections` are step fields (limit, ageCondition, licenceColour, planId, nextLicenceRenewal, use, youngest,
    // paymentMethod); they are merged into the choices not yet saved, which a saved step clears again. Debounced:
    // a burst of calls sends one request per plan (each plan is quoted, so plans can be compared). Every burst
    // has a sequence number and an answer older than the newest is dropped. quoteChanged or quoteFailed follows.
    void requestQuote(const QJsonObject &selections);
    // The premium of the plan being chosen under the newest answered choices (the renewal's own until then).
    const Quote &currentQuote() const { return m_currentQuote; }
    // A plan's premium under the same choices.
    Quote planQuote(const QString &planId) const;
    // The plan currentQuote() belongs to: an unsaved choice of plan, or the renewal's selected plan.
    QString quotedPlanId() const;
    QJsonObject unsavedSelections() const { return m_selections; }
    bool isQuoting() const { return m_quoting; }
    // How many bursts were sent to the service (tests: the debounce).
    int quoteRequestsSent() const { return m_quotesSent; }
    void setQuoteDebounceMs(int ms) { m_quoteTimer.setInterval(ms); }
    // The contacts for help (GET /support), fetched once: supportLoaded or supportFailed follows.
    void loadSupport();
    const std::optional<Support> &support() const { return m_support; }

    // --- Submission, documents and resume (pages 5–9) ---
    // Fetches the renewal again (GET /renewals/{id}): renewalChanged + reloaded, or reloadFailed.
    void reload();
    bool isSubmitted() const { return m_renewal.status == QStringLiteral("submitted"); }
    bool isSubmitting() const { return m_submitting; }
    // A submission went out and its outcome is unknown (e.g. the connection dropped): the next attempt resends
    // exactly the same request with the same idempotency key, whatever the page passes.
    bool hasPendingSubmission() const { return m_pendingRequest.has_value(); }
    // What this app sent with the submission that the service accepted (driver card, next notice); empty when
    // the renewal was submitted elsewhere.
    std::optional<SubmitRequest> submittedRequest() const { return m_submittedRequest; }

signals:
    void busyChanged(bool busy);
    void renewalChanged(const clickar::Renewal &renewal);
    void stepSaved(clickar::Step step);
    void stepFailed(clickar::Step step, const clickar::ApiError &error);
    void submitted(const clickar::SubmitResult &result);
    void submitFailed(const clickar::ApiError &error);
    void quotingChanged(bool quoting);
    void quoteChanged(const clickar::Quote &quote);
    void quoteFailed(const clickar::ApiError &error);
    // An answer to an older quote request arrived after a newer one was sent, and was ignored.
    void staleQuoteDropped(int sequence);
    void supportLoaded(const clickar::Support &support);
    void supportFailed(const clickar::ApiError &error);
    void reloaded();
    void reloadFailed(const clickar::ApiError &error);

private:
    void setBusy(bool busy);
    void sendQuote();
    void setQuoting(bool quoting);
    void onQuoteStepSaved(Step step);
    void useRenewalQuotes();
    void accept(const SubmitResult &result);
    // Reloads, then calls `then` with the error (nullopt on success); busy stays as it is meanwhile.
    void fetchLatest(std::function<void(const std::optional<ApiError> &)> then);
    void onSubmitAnswered(const Result<SubmitResult> &result, const SubmitRequest &sent);

    RenewalClient *m_client;
    Renewal m_renewal;
    QString m_idempotencyKey;
    bool m_busy = false;
    QTimer m_quoteTimer;
    QJsonObject m_selections;
    int m_quoteSequence = 0; // the newest burst; answers to older ones are dropped
    int m_quotesSent = 0;
    bool m_quoting = false;
    Quote m_currentQuote;
    QHash<QString, Quote> m_planQuotes;
    std::optional<Support> m_support;
    bool m_supportLoading = false;
    bool m_submitting = false;
    std::optional<SubmitRequest> m_pendingRequest;
    std::optional<SubmitRequest> m_submittedRequest;
};

} // namespace clickar
