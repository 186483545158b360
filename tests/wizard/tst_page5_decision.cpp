// Page 5 ④ 決定プランの確認: the decided plan in full from the service, its gate, and how Next saves the page
// (busy while saving, errors keep the page, a version conflict reloads and says so).
#include "support/AppDriver.h"
#include "ui/Format.h"
#include "ui/Labels.h"

#include <QLabel>

using namespace clickar;

class TestDecisionPage : public QObject
{
    Q_OBJECT

private:
    static QString text(test::AppDriver &f, const char *name)
    {
        auto *label = f.find<QLabel>(name);
        return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
    }

private slots:
    void showsTheDecidedPlanFromTheService()
    {
        test::AppDriver f;
        QVERIFY(f.startApp() && f.openWizardAfter(Step::Details));
        QCOMPARE(f.wizard()->currentId(), int(DecisionPageId));
        const Renewal &r = f.prepared();
        const Plan *plan = r.selectedPlan();
        QVERIFY(plan);

        QCOMPARE(text(f, "summary_plan"), plan->name);
        QCOMPARE(text(f, "summary_bodilyInjury"), labels::propertyDamage(plan->coverages.bodilyInjury));
        QCOMPARE(text(f, "summary_propertyDamage"), labels::propertyDamage(plan->coverages.propertyDamage));
        QCOMPARE(text(f, "summary_personalInjury"), labels::personalInjury(plan->coverages.personalInjury));
        QCOMPARE(text(f, "summary_passenger"), labels::passenger(plan->coverages.passenger));
        QVERIFY(text(f, "summary_vehicleCoverage").contains(labels::vehicleType(plan->coverages.vehicle.type)));
        QVERIFY(text(f, "summary_vehicleCoverage").contains(labels::deductible(plan->coverages.vehicle.deductible)));
        for (const QString &rider : plan->coverages.riders)
            QVERIFY2(text(f, "summary_riders").contains(labels::rider(rider)), qPrintable(rider));

        // This year's and last year's premium, exactly as the service states them (docs/rating.md §5: the worked
        // example is tanaka's plan of last year: ¥35,210 a year).
        QCOMPARE(text(f, "summary_annualPremium"), format::yen(r.quote.annualPremium));
        QCOMPARE(text(f, "summary_lastYearPremium"), format::yen(r.lastYearPremium));
        QCOMPARE(text(f, "summary_difference"), format::yenDifference(r.quote.differenceFromLastYear));
        QVERIFY(text(f, "summary_perPayment").contains(format::yen(r.quote.perInstallment)));
        QCOMPARE(r.quote.annualPremium, 35210);
        QCOMPARE(text(f, "summary_annualPremium"), QStringLiteral("¥35,210"));

        // Basic information.
        QCOMPARE(text(f, "summary_policyNumber"), r.policyNumber);
        QCOMPARE(text(f, "summary_period"), format::period(r.newPeriod.start, r.newPeriod.end));
        QCOMPARE(text(f, "summary_holder"), r.holder.name);
        QCOMPARE(text(f, "summary_insured"), r.insured.name);
        QCOMPARE(text(f, "summary_registration"), r.vehicle.registration);
        QCOMPARE(text(f, "summary_limit"), labels::limit(r.drivers.limit));
        QCOMPARE(text(f, "summary_ageCondition"), labels::ageCondition(r.drivers.ageCondition));
        QVERIFY(text(f, "summary_grade").contains(QString::number(r.grade.next)));
        QCOMPARE(text(f, "summary_nextLicenceRenewal"), format::month(r.insured.nextLicenceRenewal));
    }

    void nextIsGatedAndSavesBeforeMoving()
    {
        test::AppDriver f;
        QVERIFY(f.startApp() && f.openWizardAfter(Step::Details));
        QAbstractButton *next = f.next();
        QVERIFY(!next->isEnabled());
        auto *box = f.find<QCheckBox>("decisionConfirmed");
        QVERIFY(f.click(box));
        QVERIFY(next->isEnabled());
        QVERIFY(f.click(box));
        QVERIFY(!next->isEnabled());
        QVERIFY(f.click(box));
        QVERIFY(next->isEnabled());

        // A slow service: the page shows that it is saving, Next is off and the page stays until it is saved.
        f.appClient().setExtraHeader("X-Mock-Fault", "latency=700");
        QVERIFY(f.click(next));
        f.appClient().setExtraHeader("X-Mock-Fault", {});
        QCOMPARE(f.wizard()->currentId(), int(DecisionPageId));
        QVERIFY(!next->isEnabled());
        QVERIFY(!f.wizard()->currentPage()->isEnabled());
        QCOMPARE(f.find<QLabel>("pageStatus")->text(), QStringLiteral("Saving…"));
        QTRY_COMPARE_WITH_TIMEOUT(f.wizard()->currentId(), int(CustomerPaymentPageId), 10000);
        const std::optional<Renewal> saved = f.serviceRenewal();
        QVERIFY(saved);
        QVERIFY(saved->isConfirmed(Step::Decision));
        QVERIFY(f.wizard()->page(DecisionPageId)->isEnabled());
    }

    void aFailedSaveKeepsThePageAndCanBeRetried()
    {
        test::AppDriver f;
        QVERIFY(f.startApp() && f.openWizardAfter(Step::Details));
        QVERIFY(f.check("decisionConfirmed"));
        f.appClient().setExtraHeader("X-Mock-Fault", "status=503");
        QVERIFY(f.click(f.next()));
        auto *status = f.find<QLabel>("pageStatus");
        QTRY_VERIFY(status->property("error").toBool());
        QVERIFY(!status->text().isEmpty());
        QCOMPARE(f.wizard()->currentId(), int(DecisionPageId));
        QVERIFY(f.find<QCheckBox>("decisionConfirmed")->isChecked());
        QVERIFY(f.wizard()->currentPage()->isEnabled());
        f.appClient().setExtraHeader("X-Mock-Fault", {});
        QVERIFY(f.clickNext(CustomerPaymentPageId));
    }

    void aVersionConflictReloadsAndTellsThePerson()
    {
        test::AppDriver f;
        QVERIFY(f.startApp() && f.openWizardAfter(Step::Details));
        // Another window confirms this page first: the wizard's version is now out of date.
        QVERIFY(f.confirmViaService(f.prepared(), Step::Decision));
        const int before = f.controller().renewal().version;
        QVERIFY(f.check("decisionConfirmed"));
        QVERIFY(f.click(f.next()));
        auto *status = f.find<QLabel>("pageStatus");
        QTRY_VERIFY(status->text().contains(QStringLiteral("changed elsewhere")));
        QCOMPARE(f.wizard()->currentId(), int(DecisionPageId));
        QVERIFY(f.controller().renewal().version > before); // reloaded
        QVERIFY(f.find<QCheckBox>("decisionConfirmed")->isChecked());
        // Sent again against the latest version, it is saved.
        QVERIFY(f.clickNext(CustomerPaymentPageId));
    }
};

QTEST_MAIN(TestDecisionPage)
#include "tst_page5_decision.moc"
