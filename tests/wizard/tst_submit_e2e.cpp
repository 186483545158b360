// tanaka renews end to end through the nine pages, clicking as a person would, and every premium the wizard
// shows is the service's own figure (asked from the service directly at each step; docs/rating.md §5's worked example
// for tanaka's plan: ¥35,210 a year, ¥2,930 a month, first month ¥2,980).
#include "support/AppDriver.h"
#include "ui/Format.h"

#include <QComboBox>
#include <QLabel>

using namespace clickar;

class TestSubmitEndToEnd : public QObject
{
    Q_OBJECT

private:
    static QString text(test::AppDriver &f, const QByteArray &name) { return f.text(name.constData()); }

private slots:
    void tanakaRenewsAndEveryPremiumIsTheServices()
    {
        test::AppDriver f;
        QVERIFY(f.startApp() && f.openWizard(QStringLiteral("tanaka@example.jp")));
        QCOMPARE(f.pageId(), int(PreConfirmationPageId));
        const std::optional<Renewal> started = f.serviceRenewal();
        QVERIFY(started);
        QVERIFY(f.check("preconfirmChecked"));
        QVERIFY(f.clickNext(BasicInfoPageId));
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        QVERIFY(f.check("driverRangeConfirmed"));
        QVERIFY(f.check("basicConfirmed"));
        QVERIFY(f.clickNext(CoveragePageId));

        // Page 3: each plan's premium as the service quotes it.
        std::optional<Renewal> service = f.serviceRenewal();
        QVERIFY(service);
        for (const Plan &plan : service->plans) {
            QTRY_COMPARE(text(f, "annualPremium_" + plan.id.toLatin1()), format::yen(plan.quote.annualPremium));
            QVERIFY(text(f, "perInstallment_" + plan.id.toLatin1()).contains(format::yen(plan.quote.perInstallment)));
        }
        const Plan *lastYears = service->selectedPlan();
        QVERIFY(lastYears);
        QCOMPARE(lastYears->quote.annualPremium, 35210);
        QCOMPARE(lastYears->quote.perInstallment, 2930);
        QCOMPARE(lastYears->quote.firstInstallment, 2980);
        QVERIFY(f.check("coverageConfirmed"));
        QVERIFY(f.clickNext(ContractDetailsPageId));

        const QDate licence = started->newPeriod.start.addYears(1);
        QVERIFY(test::AppDriver::choose(f.find<QComboBox>("nextLicenceYearCombo"), licence.year()));
        QVERIFY(test::AppDriver::choose(f.find<QComboBox>("nextLicenceMonthCombo"), licence.month()));
        QVERIFY(f.check("detailsConfirmed"));
        QVERIFY(f.clickNext(DecisionPageId));

        // Page 5: this year's and last year's premium.
        service = f.serviceRenewal();
        QVERIFY(service);
        QCOMPARE(text(f, "summary_annualPremium"), format::yen(service->quote.annualPremium));
        QCOMPARE(text(f, "summary_lastYearPremium"), format::yen(service->lastYearPremium));
        QCOMPARE(text(f, "summary_difference"), format::yenDifference(service->quote.differenceFromLastYear));
        QVERIFY(f.reachPage(CustomerPaymentPageId));

        // Page 6: the amount per payment; then a single payment instead, quoted by the service.
        QVERIFY(text(f, "amountPerPayment").contains(format::yen(service->quote.perInstallment)));
        const auto lump = test::await<Quote>([&](QObject *c, auto done) {
            f.service().quote(started->id, {{QStringLiteral("paymentMethod"), QStringLiteral("lump")}}, c, done);
        });
        QVERIFY(lump && lump->ok());
        QVERIFY(test::AppDriver::choose(f.find<QComboBox>("paymentMethodCombo"), QStringLiteral("lump")));
        QTRY_VERIFY(text(f, "amountPerPayment").contains(format::yen(lump->value().annualPremium)));
        QVERIFY(f.reachPage(ApplicationPageId));

        // Page 8: the final summary carries the saved (single payment) premium.
        service = f.serviceRenewal();
        QVERIFY(service);
        QCOMPARE(service->quote.installments, 1);
        QCOMPARE(text(f, "summary_annualPremium"), format::yen(service->quote.annualPremium));
        QVERIFY(text(f, "summary_perPayment").contains(format::yen(service->quote.annualPremium)));
        QVERIFY(f.reachPage(CompletionPageId));

        // Page 9: one new policy, announced by one thank-you mail.
        service = f.serviceRenewal();
        QVERIFY(service && service->submission);
        QCOMPARE(text(f, "newPolicyNumber"), service->submission->newPolicyNumber);
        QCOMPARE(f.thankYouMails(), 1);
    }
};

QTEST_MAIN(TestSubmitEndToEnd)
#include "tst_submit_e2e.moc"
