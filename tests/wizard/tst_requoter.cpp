// Requoter against the mock over loopback: a burst of changes is coalesced into one burst of requests, one per
// plan; an answer to an older burst is dropped (made deterministic with the mock's per-request latency); a failure
// keeps the last figures; a changed renewal re-quotes unsaved choices, and a saved step makes its choices the
// renewal's own.
#include "support/TestSupport.h"
#include "wizard/Requoter.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace clickar;

class TestRequoter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoService> m_demo;
    std::unique_ptr<Requoter> m_requoter;
    Renewal m_renewal;

    Quote serviceQuote(QJsonObject selections, const QString &planId)
    {
        selections.insert(QStringLiteral("planId"), planId);
        const auto answer = test::await<Quote>(
            [&](QObject *context, auto done) { m_demo->client().quote(m_renewal.id, selections, context, done); });
        return answer && answer->ok() ? answer->value() : Quote();
    }

    std::optional<Renewal> saveViaService(const Renewal &renewal, Step step, const QJsonObject &fields)
    {
        return m_demo->confirm(renewal, step, fields);
    }

    qsizetype quotePosts() const { return m_demo->requestsServed("POST", QStringLiteral("/quote")); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_demo = std::make_unique<test::DemoService>();
        const std::optional<Renewal> renewal = m_demo->startRenewalFor(QStringLiteral("tanaka@example.jp"));
        QVERIFY(renewal);
        QVERIFY(renewal->plans.size() > 1);
        m_renewal = *renewal;
        m_requoter = std::make_unique<Requoter>(&m_demo->client(), m_renewal);
    }

    void cleanup()
    {
        m_requoter.reset();
        m_demo.reset();
    }

    void startsWithTheRenewalsOwnFigures()
    {
        QCOMPARE(m_requoter->currentQuote(), m_renewal.quote);
        QCOMPARE(m_requoter->quotedPlanId(), m_renewal.selectedPlanId);
        for (const Plan &plan : std::as_const(m_renewal.plans))
            QCOMPARE(m_requoter->planQuote(plan.id), plan.quote);
        QVERIFY(!m_requoter->isQuoting());
        QVERIFY(m_requoter->unsavedSelections().isEmpty());
    }

    void aBurstOfChangesIsCoalescedIntoOneRequestPerPlan()
    {
        QSignalSpy changed(m_requoter.get(), &Requoter::quoteChanged);
        QSignalSpy quoting(m_requoter.get(), &Requoter::quotingChanged);
        for (const QString &use : {QStringLiteral("commute"), QStringLiteral("leisure"), QStringLiteral("business"),
                                   QStringLiteral("commute"), QStringLiteral("business")})
            m_requoter->requestQuote({{QStringLiteral("use"), use}});
        QVERIFY(m_requoter->isQuoting()); // shown at once, while the debounce waits
        QCOMPARE(quotePosts(), 0);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(m_requoter->quoteRequestsSent(), 1);
        QCOMPARE(quotePosts(), m_renewal.plans.size()); // one request per plan, for the last choices only
        QCOMPARE(quoting.count(), 2);                   // on, then off once every plan is answered
        QVERIFY(!m_requoter->isQuoting());
        QCOMPARE(m_requoter->unsavedSelections(), (QJsonObject{{QStringLiteral("use"), QStringLiteral("business")}}));
    }

    void everyPlanIsQuotedUnderTheSameChoices()
    {
        QSignalSpy changed(m_requoter.get(), &Requoter::quoteChanged);
        const QJsonObject business{{QStringLiteral("use"), QStringLiteral("business")}};
        m_requoter->requestQuote(business);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(quotePosts(), m_renewal.plans.size());
        for (const Plan &plan : std::as_const(m_renewal.plans))
            QCOMPARE(m_requoter->planQuote(plan.id), serviceQuote(business, plan.id));
        QCOMPARE(m_requoter->currentQuote(), serviceQuote(business, m_renewal.selectedPlanId));
        QVERIFY(m_requoter->currentQuote() != m_renewal.quote);

        // Choosing another plan quotes that plan as the current one.
        const QString other = m_renewal.plans.first().id == m_renewal.selectedPlanId ? m_renewal.plans.at(1).id
                                                                                     : m_renewal.plans.first().id;
        const qsizetype before = quotePosts();
        m_requoter->requestQuote({{QStringLiteral("planId"), other}});
        QCOMPARE(m_requoter->quotedPlanId(), other);
        QTRY_COMPARE(changed.count(), 2);
        QCOMPARE(quotePosts() - before, m_renewal.plans.size());
        QCOMPARE(m_requoter->currentQuote(), serviceQuote(business, other));
    }

    void aStaleAnswerIsDropped()
    {
        QSignalSpy changed(m_requoter.get(), &Requoter::quoteChanged);
        QSignalSpy stale(m_requoter.get(), &Requoter::staleQuoteDropped);
        QSignalSpy failed(m_requoter.get(), &Requoter::quoteFailed);
        // The first burst is answered slowly, the second at once: the first answers arrive last.
        m_demo->client().setExtraHeader("X-Mock-Fault", "latency=1500");
        m_requoter->requestQuote({{QStringLiteral("use"), QStringLiteral("business")}});
        QTRY_COMPARE(m_requoter->quoteRequestsSent(), 1);
        m_demo->client().setExtraHeader("X-Mock-Fault", {});
        const QJsonObject commute{{QStringLiteral("use"), QStringLiteral("commute")}};
        m_requoter->requestQuote(commute);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(m_requoter->quoteRequestsSent(), 2);
        const Quote newest = serviceQuote(commute, m_renewal.selectedPlanId);
        QCOMPARE(m_requoter->currentQuote(), newest);

        QTRY_COMPARE_WITH_TIMEOUT(stale.count(), m_renewal.plans.size(), 10000);
        for (const QList<QVariant> &dropped : std::as_const(stale))
            QCOMPARE(dropped.first().toInt(), stale.first().first().toInt()); // all from the first, slow burst
        QCOMPARE(changed.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(m_requoter->currentQuote(), newest);
        QVERIFY(!m_requoter->isQuoting());
    }

    void aFailureKeepsTheLastFigures()
    {
        QSignalSpy changed(m_requoter.get(), &Requoter::quoteChanged);
        QSignalSpy failed(m_requoter.get(), &Requoter::quoteFailed);
        m_requoter->requestQuote({{QStringLiteral("use"), QStringLiteral("business")}});
        QTRY_COMPARE(changed.count(), 1);
        const Quote last = m_requoter->currentQuote();

        m_requoter->requestQuote({{QStringLiteral("use"), QStringLiteral("flying")}});
        QTRY_COMPARE(failed.count(), 1); // once for the burst, not once per plan
        QCOMPARE(failed.first().first().value<ApiError>().status, 422);
        QVERIFY(failed.first().first().value<ApiError>().fieldMessages().contains(QStringLiteral("use")));
        QTRY_COMPARE(quotePosts(), 2 * m_renewal.plans.size());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_requoter->currentQuote(), last);
        QVERIFY(!m_requoter->isQuoting());
    }

    void aChangedRenewalQuotesUnsavedChoicesAgain()
    {
        QSignalSpy changed(m_requoter.get(), &Requoter::quoteChanged);
        QSignalSpy stale(m_requoter.get(), &Requoter::staleQuoteDropped);
        const QJsonObject business{{QStringLiteral("use"), QStringLiteral("business")}};
        m_demo->client().setExtraHeader("X-Mock-Fault", "latency=1000");
        m_requoter->requestQuote(business);
        QTRY_COMPARE(m_requoter->quoteRequestsSent(), 1);
        m_demo->client().setExtraHeader("X-Mock-Fault", {});

        // The renewal changes on the service (a step saved) while those answers are on their way.
        const std::optional<Renewal> saved = saveViaService(m_renewal, Step::Preconfirm, {});
        QVERIFY(saved);
        m_renewal = *saved;
        m_requoter->setRenewal(*saved);
        QVERIFY(m_requoter->isQuoting());
        QCOMPARE(m_requoter->unsavedSelections(), business);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(m_requoter->quoteRequestsSent(), 2);
        QCOMPARE(m_requoter->currentQuote(), serviceQuote(business, m_renewal.selectedPlanId));
        QTRY_COMPARE_WITH_TIMEOUT(stale.count(), m_renewal.plans.size(), 10000); // the first burst's answers
        QCOMPARE(changed.count(), 1);

        // With no unsaved choices a changed renewal shows its own figures, asking nothing.
        Requoter idle(&m_demo->client(), m_renewal);
        QSignalSpy idleChanged(&idle, &Requoter::quoteChanged);
        idle.setRenewal(*saved);
        QCOMPARE(idleChanged.count(), 1);
        QVERIFY(!idle.isQuoting());
        QCOMPARE(idle.currentQuote(), saved->quote);
        QCOMPARE(idle.quoteRequestsSent(), 0);
    }

    void aSavedStepMakesItsChoicesTheRenewalsOwn()
    {
        QSignalSpy changed(m_requoter.get(), &Requoter::quoteChanged);
        const QJsonObject basic{{QStringLiteral("limit"), QStringLiteral("none")},
                                {QStringLiteral("ageCondition"), QStringLiteral("26")},
                                {QStringLiteral("licenceColour"), QStringLiteral("gold")}};
        m_requoter->requestQuote(basic);
        QTRY_COMPARE(changed.count(), 1);
        const Quote whatIf = m_requoter->currentQuote();
        QVERIFY(whatIf != m_renewal.quote);

        std::optional<Renewal> saved = saveViaService(m_renewal, Step::Preconfirm, {});
        QVERIFY(saved);
        m_requoter->setRenewal(*saved);
        m_requoter->forgetSaved(Step::Preconfirm); // a step with nothing to quote: the choices stay
        QCOMPARE(m_requoter->unsavedSelections(), basic);
        QTRY_VERIFY(!m_requoter->isQuoting());

        saved = saveViaService(*saved, Step::Basic, basic);
        QVERIFY(saved);
        QCOMPARE(saved->quote, whatIf); // the service quoted what it then saved
        m_requoter->setRenewal(*saved);
        m_requoter->forgetSaved(Step::Basic);
        QVERIFY(m_requoter->unsavedSelections().isEmpty());
        QVERIFY(!m_requoter->isQuoting());
        QCOMPARE(m_requoter->currentQuote(), saved->quote);
    }
};

QTEST_MAIN(TestRequoter)
#include "tst_requoter.moc"
