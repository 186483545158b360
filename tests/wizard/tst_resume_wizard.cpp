// Kill and resume: the app (with its wizard and controller) is dropped after pages 1–5 were confirmed (or right after
// the application was sent); started again (MyPage → guide → POST /contracts/…/renewals), it opens at the first
// unconfirmed page with every confirmed entry intact (or shows the contract renewed).
#include "support/AppDriver.h"
#include "ui/ContractList.h"
#include "ui/Format.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>

using namespace clickar;

class TestResumeWizard : public QObject
{
    Q_OBJECT

private slots:
    void resumesAtTheFirstUnconfirmedPageWithEverythingRestored()
    {
        test::AppDriver f;
        QVERIFY(f.startApp() && f.openWizard(QStringLiteral("tanaka@example.jp")));
        const Renewal started = f.renewal();
        QCOMPARE(f.pageId(), int(PreConfirmationPageId));
        QVERIFY(f.reachPage(CoveragePageId));
        // Choices that differ from the renewal's defaults, so that "restored" means something.
        QString chosenPlan;
        QString chosenName;
        for (const Plan &plan : started.plans) {
            if (plan.id != started.selectedPlanId) {
                chosenPlan = plan.id;
                chosenName = plan.name;
            }
        }
        QVERIFY(!chosenPlan.isEmpty());
        const QByteArray planButton = "plan_" + chosenPlan.toLatin1();
        QVERIFY(f.click(planButton.constData()));
        QVERIFY(f.passPage());
        const QDate licence = started.newPeriod.start.addYears(2);
        f.chooseLicenceMonth(licence);
        QVERIFY(f.reachPage(CustomerPaymentPageId));
        const QString renewalId = started.id;
        const QString policy = started.policyNumber;

        // The app goes away: no window, no wizard, no controller — only the service remembers.
        f.stopApp();
        const std::optional<Renewal> fetched = f.serviceRenewal(renewalId);
        QVERIFY(fetched);
        QCOMPARE(fetched->firstUnconfirmedStep(), std::optional<Step>(Step::Customer));
        QCOMPARE(fetched->selectedPlanId, chosenPlan);
        QCOMPARE(fetched->insured.nextLicenceRenewal.year(), licence.year());
        QCOMPARE(fetched->insured.nextLicenceRenewal.month(), licence.month());

        // Started again, from MyPage (POST /contracts/…/renewals finds the same renewal).
        QVERIFY(f.startApp() && f.openWizard(QStringLiteral("tanaka@example.jp")));
        QCOMPARE(f.renewal().id, renewalId);
        QCOMPARE(f.pageId(), int(CustomerPaymentPageId));
        QCOMPARE(f.find<QLineEdit>("phoneEdit")->text(), fetched->customer.phone);
        QVERIFY(f.text("amountPerPayment").contains(format::yen(fetched->quote.perInstallment)));
        // On to the final summary: the plan and the licence month confirmed before the restart are there.
        QVERIFY(f.reachPage(ApplicationPageId));
        QCOMPARE(f.text("summary_plan"), chosenName);
        QCOMPARE(f.text("summary_nextLicenceRenewal"), format::month(licence));
        QCOMPARE(f.text("summary_policyNumber"), policy);
        QCOMPARE(RenewalWizard::pageForResume(*f.serviceRenewal()), int(ApplicationPageId));
    }

    void killedRightAfterSendingShowsTheOnePolicy()
    {
        test::AppDriver f;
        QVERIFY(f.startApp() && f.openWizardAfter(Step::Disclosure));
        QCOMPARE(f.pageId(), int(ApplicationPageId));
        const QString renewalId = f.renewal().id;
        QVERIFY(f.setChecked("driverCard0") && f.setChecked("nextNotice1"));
        // Sent and applied by the service, whose answer is lost; the app is gone before it could say anything.
        QSignalSpy mailed(&f.mock(), &MockRenewalService::mailSent);
        f.appClient().setExtraHeader("X-Mock-Fault", "drop");
        QVERIFY(f.click(f.next()));
        QVERIFY(f.controller().isSubmitting());
        QTRY_COMPARE(mailed.count(), 1);
        f.stopApp();
        // The service applied it (the request had arrived); the answer went nowhere.
        QCOMPARE(f.thankYouMails(), 1);
        const std::optional<Renewal> fetched = f.serviceRenewal(renewalId);
        QVERIFY(fetched && fetched->submission);
        QCOMPARE(RenewalWizard::pageForResume(*fetched), int(CompletionPageId));
        // Started again: MyPage shows the contract renewed, with nothing left to renew.
        QVERIFY(f.startApp() && f.logIn(QStringLiteral("tanaka@example.jp")));
        auto *table = f.find<ContractList>("contractsTable");
        QTRY_VERIFY(table->rowCount() > 0);
        QCOMPARE(table->text(0, ContractList::StatusColumn), labels::contractStatus(QStringLiteral("renewed")));
        QVERIFY(!table->findChild<QPushButton *>(QStringLiteral("renewButton_") + fetched->policyNumber));
        QCOMPARE(f.thankYouMails(), 1);
    }
};

QTEST_MAIN(TestResumeWizard)
#include "tst_resume_wizard.moc"
