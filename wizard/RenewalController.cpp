#include "wizard/RenewalController.h"

#include <QLoggingCategory>
#include <QUuid>

#include <memory>

Q_LOGGING_CATEGORY(lcWizard, "clickar.wizard")

namespace clickar {

RenewalController::RenewalController(RenewalClient *client, const Renewal &renewal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_renewal(renewal)
{
    m_quoteTimer.setSingleShot(true);
    m_quoteTimer.setInterval(250);
    connect(&m_quoteTimer, &QTimer::timeout, this, &RenewalController::sendQuote);
    connect(this, &RenewalController::stepSaved, this, &RenewalController::onQuoteStepSaved);
    connect(this, &RenewalController::renewalChanged, this, [this] {
        if (m_selections.isEmpty())
            return useRenewalQuotes();
        // The saved renewal changed under choices not yet saved: earlier answers are stale, ask again.
        ++m_quoteSequence;
        setQuoting(true);
        m_quoteTimer.start();
    });
    useRenewalQuotes();
}

namespace {
// The answers to one burst of quote requests (one per plan).
struct QuoteBatch
{
    QString chosenPlanId;
    qsizetype remaining = 0;
    bool failed = false;
    QHash<QString, Quote> quotes;
};
} // namespace

void RenewalController::requestQuote(const QJsonObject &selections)
{
    for (auto it = selections.begin(); it != selections.end(); ++it)
        m_selections.insert(it.key(), it.value());
    setQuoting(true);
    m_quoteTimer.start(); // restarted by every call: a burst of changes sends once
}

void RenewalController::sendQuote()
{
    const int sequence = ++m_quoteSequence;
    ++m_quotesSent;
    const QJsonObject selections = m_selections;
    QStringList planIds;
    for (const Plan &plan : std::as_const(m_renewal.plans))
        planIds.append(plan.id);
    if (planIds.isEmpty())
        planIds.append(QString());
    auto batch = std::make_shared<QuoteBatch>();
    batch->chosenPlanId = quotedPlanId();
    batch->remaining = planIds.size();
    for (const QString &planId : std::as_const(planIds)) {
        QJsonObject body = selections;
        if (!planId.isEmpty())
            body.insert(QStringLiteral("planId"), planId);
        m_client->quote(m_renewal.id, body, this, [this, sequence, planId, batch](const Result<Quote> &result) {
            if (sequence != m_quoteSequence) {
                qCDebug(lcWizard) << "dropped the answer to quote request" << sequence << "(newest" << m_quoteSequence
                                  << ")";
                return emit staleQuoteDropped(sequence);
            }
            if (batch->failed)
                return;
            if (!result.ok()) {
                batch->failed = true;
                qCInfo(lcWizard) << "quote failed:" << result.error().technical;
                setQuoting(m_quoteTimer.isActive());
                return emit quoteFailed(result.error());
            }
            batch->quotes.insert(planId, result.value());
            if (--batch->remaining > 0)
                return;
            m_planQuotes = batch->quotes;
            m_currentQuote =
                batch->quotes.value(batch->quotes.contains(batch->chosenPlanId) ? batch->chosenPlanId : planId);
            setQuoting(m_quoteTimer.isActive());
            emit quoteChanged(m_currentQuote);
        });
    }
}

void RenewalController::setQuoting(bool quoting)
{
    if (m_quoting == quoting)
        return;
    m_quoting = quoting;
    emit quotingChanged(quoting);
}

QString RenewalController::quotedPlanId() const
{
    const QString chosen = m_selections.value(QStringLiteral("planId")).toString();
    return chosen.isEmpty() ? m_renewal.selectedPlanId : chosen;
}

Quote RenewalController::planQuote(const QString &planId) const
{
    if (m_planQuotes.contains(planId))
        return m_planQuotes.value(planId);
    for (const Plan &plan : m_renewal.plans) {
        if (plan.id == planId)
            return plan.quote;
    }
    return m_renewal.quote;
}

void RenewalController::useRenewalQuotes()
{
    m_quoteTimer.stop();
    ++m_quoteSequence; // answers still on their way describe choices that are gone
    m_planQuotes.clear();
    for (const Plan &plan : std::as_const(m_renewal.plans))
        m_planQuotes.insert(plan.id, plan.quote);
    m_currentQuote = m_planQuotes.value(quotedPlanId(), m_renewal.quote);
    setQuoting(false);
    emit quoteChanged(m_currentQuote);
}

void RenewalController::onQuoteStepSaved(Step step)
{
    // The fields of a saved step are now the renewal's own: they are no longer unsaved choices.
    QStringList keys;
    switch (step) {
    case Step::Basic:
        keys = {QStringLiteral("limit"), QStringLiteral("ageCondition"), QStringLiteral("licenceColour")};
        break;
    case Step::Coverage:
        keys = {QStringLiteral("planId")};
        break;
    case Step::Details:
        keys = {QStringLiteral("nextLicenceRenewal"), QStringLiteral("use"), QStringLiteral("youngest")};
        break;
    case Step::Customer:
        keys = {QStringLiteral("paymentMethod")};
        break;
    default:
        return;
    }
    for (const QString &key : std::as_const(keys))
        m_selections.remove(key);
    if (m_selections.isEmpty())
        useRenewalQuotes();
}

void RenewalController::loadSupport()
{
    if (m_support || m_supportLoading)
        return;
    m_supportLoading = true;
    m_client->support(this, [this](const Result<Support> &result) {
        m_supportLoading = false;
        if (!result.ok()) {
            qCInfo(lcWizard) << "support contacts not loaded:" << result.error().technical;
            return emit supportFailed(result.error());
        }
        m_support = result.value();
        emit supportLoaded(*m_support);
    });
}

void RenewalController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void RenewalController::confirmStep(Step step, const QJsonObject &fields)
{
    if (m_busy)
        return;
    setBusy(true);
    m_client->confirmStep(m_renewal, step, fields, this, [this, step](const Result<Renewal> &result) {
        if (!result.ok() && result.error().code == QStringLiteral("version_conflict")) {
            // Changed elsewhere (another window or device): load the latest version, keep the page's input, and
            // let the page tell the person; the next attempt is sent against the new version.
            qCInfo(lcWizard) << "step" << stepCode(step) << "met a version conflict; reloading";
            const ApiError conflict = result.error();
            return fetchLatest([this, step, conflict](const std::optional<ApiError> &reloadError) {
                setBusy(false);
                // Not reloaded: the page says why (e.g. no connection) instead of claiming it was.
                emit stepFailed(step, reloadError ? *reloadError : conflict);
            });
        }
        setBusy(false);
        if (!result.ok()) {
            qCInfo(lcWizard) << "step" << stepCode(step) << "not saved:" << result.error().technical;
            return emit stepFailed(step, result.error());
        }
        m_renewal = result.value();
        emit renewalChanged(m_renewal);
        emit stepSaved(step);
    });
}

void RenewalController::loadDocument(const QString &documentId, QObject *context, Callback<QByteArray> done)
{
    m_client->document(documentId, context, std::move(done));
}

void RenewalController::submit(const SubmitRequest &request)
{
    if (m_busy || isSubmitted())
        return;
    if (m_idempotencyKey.isEmpty() || !m_pendingRequest) {
        m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_pendingRequest = request;
    }
    // A retry sends what the first attempt sent: the service may already have applied that one.
    const SubmitRequest sent = *m_pendingRequest;
    m_submitting = true;
    setBusy(true);
    m_client->submit(m_renewal.id, sent, m_idempotencyKey, this,
                     [this, sent](const Result<SubmitResult> &result) { onSubmitAnswered(result, sent); });
}

void RenewalController::onSubmitAnswered(const Result<SubmitResult> &result, const SubmitRequest &sent)
{
    if (result.ok()) {
        m_submitting = false;
        setBusy(false);
        m_pendingRequest.reset();
        m_submittedRequest = sent;
        return accept(result.value());
    }
    const ApiError error = result.error();
    qCInfo(lcWizard) << "submission not confirmed:" << error.technical;
    if (error.code == QStringLiteral("already_submitted")) {
        // The service holds an application for this renewal (sent with another key, e.g. from another
        // device): show the policy it issued, with the confirmation details of the stored renewal.
        return fetchLatest([this, error](const std::optional<ApiError> &) {
            m_submitting = false;
            setBusy(false);
            m_pendingRequest.reset();
            if (m_renewal.submission && !m_renewal.submission->newPolicyNumber.isEmpty())
                return accept(*m_renewal.submission);
            SubmitResult done;
            done.newPolicyNumber = error.details.value(QStringLiteral("newPolicyNumber")).toString();
            if (!done.newPolicyNumber.isEmpty())
                return accept(done);
            emit submitFailed(error);
        });
    }
    m_submitting = false;
    setBusy(false);
    // A definite refusal means nothing was applied: the next attempt is a new application. Anything else (no
    // answer, a timeout, a 5xx, a conflict) may hide an applied submission, so the key and request are kept.
    if (error.kind == ApiError::Kind::Http && error.status >= 400 && error.status < 500 && error.status != 408 &&
        error.status != 409 && error.status != 429) {
        m_idempotencyKey.clear();
        m_pendingRequest.reset();
    }
    emit submitFailed(error);
}

void RenewalController::reload()
{
    fetchLatest([](const std::optional<ApiError> &) {});
}

void RenewalController::fetchLatest(std::function<void(const std::optional<ApiError> &)> then)
{
    m_client->renewal(m_renewal.id, this, [this, then](const Result<Renewal> &result) {
        if (!result.ok()) {
            emit reloadFailed(result.error());
            return then(result.error());
        }
        m_renewal = result.value();
        emit renewalChanged(m_renewal);
        emit reloaded();
        then(std::nullopt);
    });
}

void RenewalController::accept(const SubmitResult &result)
{
    m_renewal.status = QStringLiteral("submitted");
    m_renewal.submission = result;
    emit renewalChanged(m_renewal);
    emit submitted(result);
}

} // namespace clickar
