// tanaka renews end to end through the nine pages, clicking as a person would, and every premium the wizard
// shows is the service's own figure (asked from the service directly at each step; docs/rating.md §5, the worked
// example, for tanaka's plan: ¥35,210 a year, ¥2,930 a month, first month ¥2,980).
#include "PageDriver.h"
#include "ui/Format.h"

#include <QComboBox>
#include <QLabel>
#include <QStandardPaths>

using namespace clickar;

class TestSubmitEndToEnd : public QObject
{
    Q_OBJECT

private:
    static QString text(QWizard *wizard, const QByteArray &name)
    {
        auto *label = test::child<QLabel>(wizard, name.constData());
        return label ? label->text() : QStringLiteral("<missing %1>").arg(QString::fromLatin1(name));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tanakaRenewsAndEveryPremiumIsTheServices()
    {
        test::DemoService demo;
        QVERIFY(demo.signIn(QStringLiteral("tanaka@example.jp")));
        const std::optional<Renewal> started = demo.startFirstRenewal();
        QVERIFY(started);
        RenewalController controller(&demo.client(), *started);
        RenewalWizard wizard(&controller);
        wizard.resize(1100, 800);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(PreConfirmationPageId));

        QVERIFY(test::check(&wizard, "preconfirmChecked"));
        QVERIFY(test::clickForwardTo(&wizard, BasicInfoPageId));
        test::answerNextMessageBox(QMessageBox::Ok);
        test::child<QCheckBox>(&wizard, "driverRangeConfirmed")->click();
        QTRY_VERIFY(test::child<QCheckBox>(&wizard, "driverRangeConfirmed")->isChecked());
        QVERIFY(test::check(&wizard, "basicConfirmed"));
        QVERIFY(test::clickForwardTo(&wizard, CoveragePageId));

        // Page 3: each plan's premium as the service quotes it.
        std::optional<Renewal> service = test::fetchRenewal(demo.client(), started->id);
        QVERIFY(service);
        for (const Plan &plan : service->plans) {
            QTRY_COMPARE(text(&wizard, "annualPremium_" + plan.id.toLatin1()), format::yen(plan.quote.annualPremium));
            QVERIFY(
                text(&wizard, "perInstallment_" + plan.id.toLatin1()).contains(format::yen(plan.quote.perInstallment)));
        }
        const Plan *lastYears = service->selectedPlan();
        QVERIFY(lastYears);
        QCOMPARE(lastYears->quote.annualPremium, 35210);
        QCOMPARE(lastYears->quote.perInstallment, 2930);
        QCOMPARE(lastYears->quote.firstInstallment, 2980);
        QVERIFY(test::check(&wizard, "coverageConfirmed"));
        QVERIFY(test::clickForwardTo(&wizard, ContractDetailsPageId));

        const QDate licence = started->newPeriod.start.addYears(1);
        QVERIFY(test::selectData(test::child<QComboBox>(&wizard, "nextLicenceYearCombo"), licence.year()));
        QVERIFY(test::selectData(test::child<QComboBox>(&wizard, "nextLicenceMonthCombo"), licence.month()));
        QVERIFY(test::check(&wizard, "detailsConfirmed"));
        QVERIFY(test::clickForwardTo(&wizard, DecisionPageId));

        // Page 5: this year's and last year's premium.
        service = test::fetchRenewal(demo.client(), started->id);
        QVERIFY(service);
        QCOMPARE(text(&wizard, "summary_annualPremium"), format::yen(service->quote.annualPremium));
        QCOMPARE(text(&wizard, "summary_lastYearPremium"), format::yen(service->lastYearPremium));
        QCOMPARE(text(&wizard, "summary_difference"), format::yenDifference(service->quote.differenceFromLastYear));
        QVERIFY(test::driveTo(&wizard, CustomerPaymentPageId));

        // Page 6: the amount per payment; then a single payment instead, quoted by the service.
        QVERIFY(text(&wizard, "amountPerPayment").contains(format::yen(service->quote.perInstallment)));
        const auto lump = test::await<Quote>([&](QObject *c, auto done) {
            demo.client().quote(started->id, {{QStringLiteral("paymentMethod"), QStringLiteral("lump")}}, c, done);
        });
        QVERIFY(lump && lump->ok());
        QVERIFY(test::selectData(test::child<QComboBox>(&wizard, "paymentMethodCombo"), QStringLiteral("lump")));
        QTRY_VERIFY(text(&wizard, "amountPerPayment").contains(format::yen(lump->value().annualPremium)));
        QVERIFY(test::driveTo(&wizard, ApplicationPageId));

        // Page 8: the final summary carries the saved (single payment) premium.
        service = test::fetchRenewal(demo.client(), started->id);
        QVERIFY(service);
        QCOMPARE(service->quote.installments, 1);
        QCOMPARE(text(&wizard, "summary_annualPremium"), format::yen(service->quote.annualPremium));
        QVERIFY(text(&wizard, "summary_perPayment").contains(format::yen(service->quote.annualPremium)));
        QVERIFY(test::driveTo(&wizard, CompletionPageId));

        // Page 9: one new policy, announced by one thank-you mail.
        service = test::fetchRenewal(demo.client(), started->id);
        QVERIFY(service && service->submission);
        QCOMPARE(text(&wizard, "newPolicyNumber"), service->submission->newPolicyNumber);
        QCOMPARE(test::thankYouMails(demo.client()), 1);
    }
};

QTEST_MAIN(TestSubmitEndToEnd)
#include "tst_submit_e2e.moc"
