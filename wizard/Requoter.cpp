#include "wizard/Requoter.h"

#include <QLoggingCategory>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcWizard)

namespace clickar {

namespace {
// The answers to one burst of quote requests (one per plan).
struct QuoteBatch
{
    QString chosenPlanId;
    qsizetype remaining = 0;
    bool failed = false;
    QHash<QString, Quote> quotes;
};

// The fields of `step` that are also choices to quote.
QStringList quotedFields(Step step)
{
    switch (step) {
    case Step::Basic:
        return {QStringLiteral("limit"), QStringLiteral("ageCondition"), QStringLiteral("licenceColour")};
    case Step::Coverage:
        return {QStringLiteral("planId")};
    case Step::Details:
        return {QStringLiteral("nextLicenceRenewal"), QStringLiteral("use"), QStringLiteral("youngest")};
    case Step::Customer:
        return {QStringLiteral("paymentMethod")};
    default:
        return {};
    }
}
} // namespace

Requoter::Requoter(RenewalClient *client, const Renewal &renewal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_renewal(renewal)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &Requoter::send);
    useRenewalQuotes();
}

void Requoter::requestQuote(const QJsonObject &selections)
{
    for (auto it = selections.begin(); it != selections.end(); ++it)
        m_selections.insert(it.key(), it.value());
    setQuoting(true);
    m_timer.start(); // restarted by every call: a burst of changes sends once
}

void Requoter::setRenewal(const Renewal &renewal)
{
    m_renewal = renewal;
    if (m_selections.isEmpty())
        return useRenewalQuotes();
    // The saved renewal changed under choices not yet saved: earlier answers are stale, ask again.
    ++m_sequence;
    setQuoting(true);
    m_timer.start();
}

void Requoter::forgetSaved(Step step)
{
    const QStringList fields = quotedFields(step);
    if (fields.isEmpty())
        return;
    for (const QString &key : fields)
        m_selections.remove(key);
    if (m_selections.isEmpty())
        useRenewalQuotes();
}

void Requoter::send()
{
    const int sequence = ++m_sequence;
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
            if (sequence != m_sequence) {
                qCDebug(lcWizard) << "dropped the answer to quote request" << sequence << "(newest" << m_sequence
                                  << ")";
                return emit staleQuoteDropped(sequence);
            }
            if (batch->failed)
                return;
            if (!result.ok()) {
                batch->failed = true;
                qCInfo(lcWizard) << "quote failed:" << result.error().technical;
                setQuoting(m_timer.isActive());
                return emit quoteFailed(result.error());
            }
            batch->quotes.insert(planId, result.value());
            if (--batch->remaining > 0)
                return;
            m_planQuotes = batch->quotes;
            m_currentQuote =
                batch->quotes.value(batch->quotes.contains(batch->chosenPlanId) ? batch->chosenPlanId : planId);
            setQuoting(m_timer.isActive());
            emit quoteChanged(m_currentQuote);
        });
    }
}

void Requoter::setQuoting(bool quoting)
{
    if (m_quoting == quoting)
        return;
    m_quoting = quoting;
    emit quotingChanged(quoting);
}

QString Requoter::quotedPlanId() const
{
    const QString chosen = m_selections.value(QStringLiteral("planId")).toString();
    return chosen.isEmpty() ? m_renewal.selectedPlanId : chosen;
}

Quote Requoter::planQuote(const QString &planId) const
{
    if (m_planQuotes.contains(planId))
        return m_planQuotes.value(planId);
    for (const Plan &plan : m_renewal.plans) {
        if (plan.id == planId)
            return plan.quote;
    }
    return m_renewal.quote;
}

void Requoter::useRenewalQuotes()
{
    m_timer.stop();
    ++m_sequence; // answers still on their way describe choices that are gone
    m_planQuotes.clear();
    for (const Plan &plan : std::as_const(m_renewal.plans))
        m_planQuotes.insert(plan.id, plan.quote);
    m_currentQuote = m_planQuotes.value(quotedPlanId(), m_renewal.quote);
    setQuoting(false);
    emit quoteChanged(m_currentQuote);
}

} // namespace clickar
