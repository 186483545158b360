// Kill and resume: the wizard and its controller are dropped after pages 1–5 were confirmed (or right after the
// application was sent); a new one built from the service (GET /renewals/{id}, or POST /contracts/…/renewals)
// opens at the first unconfirmed page with every confirmed entry intact.
#include "PageDriver.h"
#include "ui/Format.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStandardPaths>

using namespace clickar;

class TestResumeWizard : public QObject
{
    Q_OBJECT

private:
    struct Resumed
    {
        std::unique_ptr<RenewalController> controller;
        std::unique_ptr<RenewalWizard> wizard;
    };
    static Resumed resume(RenewalClient &client, const Renewal &renewal)
    {
        Resumed r;
        r.controller = std::make_unique<RenewalController>(&client, renewal);
        r.wizard = std::make_unique<RenewalWizard>(r.controller.get());
        r.wizard->resize(1100, 800);
        r.wizard->show();
        return r;
    }
    static QString summary(RenewalWizard *wizard, const char *key)
    {
        auto *label = test::child<QLabel>(wizard, key);
        return label ? label->text() : QString();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void resumesAtTheFirstUnconfirmedPageWithEverythingRestored()
    {
        test::DemoService demo;
        QVERIFY(demo.signIn(QStringLiteral("tanaka@example.jp")));
        const std::optional<Renewal> started = demo.startFirstRenewal();
        QVERIFY(started);
        Resumed first = resume(demo.client(), *started);
        RenewalWizard *wizard = first.wizard.get();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QCOMPARE(wizard->currentId(), int(PreConfirmationPageId));
        QVERIFY(test::check(wizard, "preconfirmChecked"));
        QVERIFY(test::clickForwardTo(wizard, BasicInfoPageId));
        test::answerNextMessageBox(QMessageBox::Ok);
        test::child<QCheckBox>(wizard, "driverRangeConfirmed")->click();
        QTRY_VERIFY(test::child<QCheckBox>(wizard, "driverRangeConfirmed")->isChecked());
        QVERIFY(test::check(wizard, "basicConfirmed"));
        QVERIFY(test::clickForwardTo(wizard, CoveragePageId));
        // Choices that differ from the renewal's defaults, so that "restored" means something.
        QString chosenPlan;
        QString chosenName;
        for (const Plan &plan : started->plans) {
            if (plan.id != started->selectedPlanId) {
                chosenPlan = plan.id;
                chosenName = plan.name;
            }
        }
        QVERIFY(!chosenPlan.isEmpty());
        const QByteArray planButton = "plan_" + chosenPlan.toLatin1();
        test::child<QRadioButton>(wizard, planButton.constData())->click();
        QVERIFY(test::check(wizard, "coverageConfirmed"));
        QVERIFY(test::clickForwardTo(wizard, ContractDetailsPageId));
        const QDate licence = started->newPeriod.start.addYears(2);
        QVERIFY(test::selectData(test::child<QComboBox>(wizard, "nextLicenceYearCombo"), licence.year()));
        QVERIFY(test::selectData(test::child<QComboBox>(wizard, "nextLicenceMonthCombo"), licence.month()));
        QVERIFY(test::check(wizard, "detailsConfirmed"));
        QVERIFY(test::clickForwardTo(wizard, DecisionPageId));
        QVERIFY(test::driveTo(wizard, CustomerPaymentPageId));
        const QString renewalId = started->id;
        const QString policy = started->policyNumber;

        // The app goes away: no wizard, no controller — only the service remembers.
        first.wizard.reset();
        first.controller.reset();
        const std::optional<Renewal> fetched = test::fetchRenewal(demo.client(), renewalId);
        QVERIFY(fetched);
        QCOMPARE(fetched->firstUnconfirmedStep(), std::optional<Step>(Step::Customer));
        QCOMPARE(fetched->selectedPlanId, chosenPlan);
        QCOMPARE(fetched->insured.nextLicenceRenewal.year(), licence.year());
        QCOMPARE(fetched->insured.nextLicenceRenewal.month(), licence.month());

        Resumed again = resume(demo.client(), *fetched);
        QVERIFY(QTest::qWaitForWindowExposed(again.wizard.get()));
        QCOMPARE(again.wizard->currentId(), int(CustomerPaymentPageId));
        QCOMPARE(test::child<QLineEdit>(again.wizard.get(), "phoneEdit")->text(), fetched->customer.phone);
        QVERIFY(test::child<QLabel>(again.wizard.get(), "amountPerPayment")
                    ->text()
                    .contains(format::yen(fetched->quote.perInstallment)));
        // On to the final summary: the plan and the licence month confirmed before the restart are there.
        QVERIFY(test::driveTo(again.wizard.get(), ApplicationPageId));
        QCOMPARE(summary(again.wizard.get(), "summary_plan"), chosenName);
        QCOMPARE(summary(again.wizard.get(), "summary_nextLicenceRenewal"), format::month(licence));
        QCOMPARE(summary(again.wizard.get(), "summary_policyNumber"), policy);

        // Starting the renewal again from MyPage (POST /contracts/…/renewals) finds the same one.
        const std::optional<Renewal> restarted = demo.startFirstRenewal();
        QVERIFY(restarted);
        QCOMPARE(restarted->id, renewalId);
        QCOMPARE(RenewalWizard::pageForResume(*restarted), int(ApplicationPageId));
    }

    void killedRightAfterSendingShowsTheOnePolicy()
    {
        test::DemoService demo;
        const std::optional<Renewal> prepared = test::tanakaAtDecision(demo);
        QVERIFY(prepared);
        const std::optional<Renewal> ready = test::confirmViaService(demo.client(), *prepared, Step::Disclosure);
        QVERIFY(ready);
        {
            Resumed first = resume(demo.client(), *ready);
            QVERIFY(QTest::qWaitForWindowExposed(first.wizard.get()));
            QCOMPARE(first.wizard->currentId(), int(ApplicationPageId));
            test::child<QRadioButton>(first.wizard.get(), "driverCard0")->click();
            test::child<QRadioButton>(first.wizard.get(), "nextNotice1")->click();
            // Sent, applied by the service, and the app is gone before the answer arrives.
            demo.client().setExtraHeader("X-Mock-Fault", "latency=300");
            first.wizard->button(QWizard::CommitButton)->click();
            demo.client().setExtraHeader("X-Mock-Fault", {});
            QVERIFY(first.controller->isSubmitting());
        }
        // The service applied it (the request had arrived); the answer went nowhere.
        QVERIFY(QTest::qWaitFor([&] { return test::thankYouMails(demo.client()) == 1; }, 10000));
        const std::optional<Renewal> after = demo.startFirstRenewal();
        QVERIFY(!after); // not renewable any more: already renewed
        const std::optional<Renewal> fetched = test::fetchRenewal(demo.client(), ready->id);
        QVERIFY(fetched && fetched->submission);
        Resumed again = resume(demo.client(), *fetched);
        QVERIFY(QTest::qWaitForWindowExposed(again.wizard.get()));
        QCOMPARE(again.wizard->currentId(), int(CompletionPageId));
        QCOMPARE(test::child<QLabel>(again.wizard.get(), "newPolicyNumber")->text(),
                 fetched->submission->newPolicyNumber);
        QCOMPARE(test::thankYouMails(demo.client()), 1);
    }
};

QTEST_MAIN(TestResumeWizard)
#include "tst_resume_wizard.moc"
