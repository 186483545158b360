#pragma once

#include "domain/Renewal.h"
#include "service/RenewalClient.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace clickar {

// The premium under the person's choices not yet saved (pages 2–4 and 6), asked of the service (POST …/quote,
// nothing saved) and never computed here. Debounced: a burst of changes sends one request per plan, so that plans
// can be compared; every burst has a sequence number and an answer to an older one is dropped. A failed re-quote
// keeps the last figures.
class Requoter : public QObject
{
    Q_OBJECT

public:
    Requoter(RenewalClient *client, const Renewal &renewal, QObject *parent = nullptr);

    // `selections` are step fields (limit, ageCondition, licenceColour, planId, nextLicenceRenewal, use, youngest,
    // paymentMethod), merged into the choices not yet saved. quoteChanged or quoteFailed follows.
    void requestQuote(const QJsonObject &selections);
    // The saved renewal changed (a step saved, a reload): with no unsaved choices its own figures are shown,
    // otherwise the choices are quoted again against it.
    void setRenewal(const Renewal &renewal);
    // `step` was saved: its fields are the renewal's own now, no longer unsaved choices.
    void forgetSaved(Step step);

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
    void setDebounceMs(int ms) { m_timer.setInterval(ms); }

signals:
    void quotingChanged(bool quoting);
    void quoteChanged(const clickar::Quote &quote);
    void quoteFailed(const clickar::ApiError &error);
    // An answer to an older burst arrived after a newer one was sent, and was ignored.
    void staleQuoteDropped(int sequence);

private:
    void send();
    void setQuoting(bool quoting);
    void useRenewalQuotes();

    RenewalClient *m_client;
    Renewal m_renewal;
    QTimer m_timer;
    QJsonObject m_selections;
    int m_sequence = 0; // the newest burst; answers to older ones are dropped
    int m_quotesSent = 0;
    bool m_quoting = false;
    Quote m_currentQuote;
    QHash<QString, Quote> m_planQuotes;
};

} // namespace clickar
