// RenewalController's re-quoting against the mock over loopback: a burst of changes sends one request, an
// answer older than the newest never overwrites it (made deterministic with the mock's per-request latency),
// failures are reported, a saved step turns unsaved choices into the renewal's own; and /support is loaded once.
#include "support/TestSupport.h"
#include "wizard/RenewalController.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace clickar;

class TestQuoteRequote : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoService> m_demo;
    std::unique_ptr<RenewalController> m_controller;

    std::optional<Quote> serviceQuote(const QJsonObject &selections)
    {
        const QString id = m_controller->renewal().id;
        const auto answer = test::await<Quote>(
            [&](QObject *context, auto done) { m_demo->client().quote(id, selections, context, done); });
        if (!answer || !answer->ok())
            return std::nullopt;
        return answer->value();
    }

    QJsonObject withPlan(QJsonObject selections)
    {
        selections.insert(QStringLiteral("planId"), m_controller->renewal().selectedPlanId);
        return selections;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_demo = std::make_unique<test::DemoService>();
        QVERIFY(m_demo->signIn(QStringLiteral("tanaka@example.jp")));
        const std::optional<Renewal> renewal = m_demo->startFirstRenewal();
        QVERIFY(renewal);
        m_controller = std::make_unique<RenewalController>(&m_demo->client(), *renewal);
    }

    void cleanup()
    {
        m_controller.reset();
        m_demo.reset();
    }

    void startsWithTheRenewalsOwnQuote()
    {
        QCOMPARE(m_controller->currentQuote(), m_controller->renewal().quote);
        for (const Plan &plan : m_controller->renewal().plans)
            QCOMPARE(m_controller->requoter()->planQuote(plan.id), plan.quote);
        QVERIFY(!m_controller->isQuoting());
        QCOMPARE(m_controller->requoter()->quoteRequestsSent(), 0);
    }

    void aBurstOfChangesSendsOnce()
    {
        QSignalSpy changed(m_controller->requoter(), &Requoter::quoteChanged);
        QSignalSpy quoting(m_controller->requoter(), &Requoter::quotingChanged);
        for (const QString &use : {QStringLiteral("commute"), QStringLiteral("leisure"), QStringLiteral("business"),
                                   QStringLiteral("commute"), QStringLiteral("business")})
            m_controller->requoter()->requestQuote({{QStringLiteral("use"), use}});
        // The call returns at once: "recalculating" is shown while the service is asked.
        QVERIFY(m_controller->isQuoting());
        QCOMPARE(quoting.count(), 1);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(m_controller->requoter()->quoteRequestsSent(), 1);
        QVERIFY(!m_controller->isQuoting());

        const QJsonObject business{{QStringLiteral("use"), QStringLiteral("business")}};
        const std::optional<Quote> expected = serviceQuote(withPlan(business));
        QVERIFY(expected);
        QCOMPARE(m_controller->currentQuote(), *expected);
        QVERIFY(m_controller->currentQuote().annualPremium != m_controller->renewal().quote.annualPremium);
        // Every plan is quoted under the same choices, so plans can be compared.
        for (const Plan &plan : m_controller->renewal().plans) {
            QJsonObject selections = business;
            selections.insert(QStringLiteral("planId"), plan.id);
            QCOMPARE(m_controller->requoter()->planQuote(plan.id), serviceQuote(selections).value());
        }
    }

    void aStaleAnswerNeverOverwritesANewerOne()
    {
        QSignalSpy changed(m_controller->requoter(), &Requoter::quoteChanged);
        QSignalSpy stale(m_controller->requoter(), &Requoter::staleQuoteDropped);
        // The first request is answered slowly by the mock, the second at once: the first answer arrives last.
        m_demo->client().setExtraHeader("X-Mock-Fault", "latency=1500");
        m_controller->requoter()->requestQuote({{QStringLiteral("use"), QStringLiteral("business")}});
        QTRY_COMPARE(m_controller->requoter()->quoteRequestsSent(), 1);
        m_demo->client().setExtraHeader("X-Mock-Fault", {});
        m_controller->requoter()->requestQuote({{QStringLiteral("use"), QStringLiteral("commute")}});
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(m_controller->requoter()->quoteRequestsSent(), 2);
        const Quote commute = serviceQuote(withPlan({{QStringLiteral("use"), QStringLiteral("commute")}})).value();
        QCOMPARE(m_controller->currentQuote(), commute);

        // The slow answers (one per plan) arrive now and are dropped.
        QTRY_COMPARE_WITH_TIMEOUT(stale.count(), m_controller->renewal().plans.size(), 10000);
        for (const QList<QVariant> &dropped : std::as_const(stale))
            QCOMPARE(dropped.first().toInt(), stale.first().first().toInt()); // all from the first, slow burst
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_controller->currentQuote(), commute);
        QVERIFY(!m_controller->isQuoting());
    }

    void aFailureIsReportedAndKeepsTheLastFigures()
    {
        QSignalSpy failed(m_controller->requoter(), &Requoter::quoteFailed);
        const Quote before = m_controller->currentQuote();
        m_controller->requoter()->requestQuote({{QStringLiteral("use"), QStringLiteral("flying")}});
        QTRY_COMPARE(failed.count(), 1);
        const ApiError error = failed.first().first().value<ApiError>();
        QCOMPARE(error.status, 422);
        QVERIFY(error.fieldMessages().contains(QStringLiteral("use")));
        QCOMPARE(m_controller->currentQuote(), before);
        QVERIFY(!m_controller->isQuoting());

        m_demo->client().setExtraHeader("X-Mock-Fault", "status=500");
        m_controller->requoter()->requestQuote({{QStringLiteral("use"), QStringLiteral("commute")}});
        QTRY_COMPARE(failed.count(), 2);
        QCOMPARE(failed.at(1).first().value<ApiError>().status, 500);
        QVERIFY(!m_controller->isQuoting());
    }

    void aSavedStepTurnsUnsavedChoicesIntoTheRenewalsOwn()
    {
        QSignalSpy changed(m_controller->requoter(), &Requoter::quoteChanged);
        const QJsonObject basic{{QStringLiteral("limit"), QStringLiteral("none")},
                                {QStringLiteral("ageCondition"), QStringLiteral("26")},
                                {QStringLiteral("licenceColour"), QStringLiteral("gold")}};
        m_controller->requoter()->requestQuote(basic);
        QTRY_COMPARE(changed.count(), 1);
        const Quote whatIf = m_controller->currentQuote();
        QVERIFY(whatIf != m_controller->renewal().quote);

        QSignalSpy saved(m_controller->steps(), &StepSaver::stepSaved);
        m_controller->confirmStep(Step::Preconfirm, {});
        QTRY_COMPARE(saved.count(), 1);
        // Still unsaved: the renewal changed under it, so it is quoted again against the new version.
        QCOMPARE(m_controller->requoter()->unsavedSelections(), basic);
        QTRY_VERIFY(!m_controller->isQuoting());
        QCOMPARE(m_controller->currentQuote(), whatIf);

        m_controller->confirmStep(Step::Basic, basic);
        QTRY_COMPARE(saved.count(), 2);
        QVERIFY(m_controller->requoter()->unsavedSelections().isEmpty());
        QCOMPARE(m_controller->currentQuote(), m_controller->renewal().quote);
        QCOMPARE(m_controller->renewal().quote, whatIf);
    }

    void supportIsLoadedOnce()
    {
        QSignalSpy loaded(m_controller->supportContacts(), &SupportContacts::loaded);
        QVERIFY(!m_controller->support());
        m_controller->supportContacts()->load();
        m_controller->supportContacts()->load(); // while the first is on its way: not sent again
        QTRY_COMPARE(loaded.count(), 1);
        QVERIFY(m_controller->support());
        QCOMPARE(m_controller->support()->insurer.name, QStringLiteral("サンプル損害保険株式会社"));
        QCOMPARE(m_controller->support()->insurer.phone, QStringLiteral("0120-000-000"));
        QVERIFY(!m_controller->support()->hours.isEmpty());
        m_controller->supportContacts()->load(); // already here
        QCOMPARE(loaded.count(), 1);
    }

    void supportCanBeLoadedAgainAfterAFailure()
    {
        QSignalSpy loaded(m_controller->supportContacts(), &SupportContacts::loaded);
        QSignalSpy failed(m_controller->supportContacts(), &SupportContacts::failed);
        m_demo->client().setExtraHeader("X-Mock-Fault", "status=404");
        m_controller->supportContacts()->load();
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!m_controller->support());
        m_demo->client().setExtraHeader("X-Mock-Fault", {});
        m_controller->supportContacts()->load();
        QTRY_COMPARE(loaded.count(), 1);
    }
};

QTEST_MAIN(TestQuoteRequote)
#include "tst_quote_requote.moc"
