// End to end through pages 1–4 for two demo policyholders, against the mock over loopback: every premium shown
// on pages 2–4 is the one the service quotes for what is entered.
//  鈴木 花子: her son is 20 when the new term starts, so 26歳以上補償 must become 全年齢補償 — the service refuses
//            the wrong condition (422) and its message is shown at the field.
//  佐藤 健:   a 3-grade claim this term: grade 9 → 6 with 3 years of the accident coefficient; insured only.
#include "support/AppDriver.h"

#include <QLineEdit>
#include <QRadioButton>

using namespace clickar;

class TestRenewalSuzukiSato : public QObject
{
    Q_OBJECT

private:
    // The premium on the page is the service's quote for `selections` on top of what is saved.
    static void verifyPremium(test::AppDriver &h, QJsonObject selections)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!h.controller().isQuoting(), 10000);
        selections.insert(QStringLiteral("planId"), h.renewal().selectedPlanId);
        const std::optional<Quote> expected = h.serviceQuote(selections);
        QVERIFY(expected);
        QCOMPARE(h.text("annualPremium"), format::yen(expected->annualPremium));
        QCOMPARE(h.text("perInstallment"), PremiumBox::installmentText(*expected));
        QCOMPARE(h.text("premiumDifference"), PremiumBox::differenceText(expected->differenceFromLastYear));
    }
    static void verifyPlans(test::AppDriver &h)
    {
        const std::optional<Renewal> saved = h.serviceRenewal();
        QVERIFY(saved);
        for (const Plan &plan : saved->plans) {
            const Quote expected = h.serviceQuote({{QStringLiteral("planId"), plan.id}}).value();
            QCOMPARE(plan.quote, expected);
            auto *annual = h.page()->findChild<QLabel *>(QStringLiteral("annualPremium_") + plan.id);
            QVERIFY(annual);
            QCOMPARE(annual->text(), format::yen(expected.annualPremium));
            QCOMPARE(h.page()->findChild<QLabel *>(QStringLiteral("perInstallment_") + plan.id)->text(),
                     PremiumBox::installmentText(expected));
        }
    }

private slots:
    void suzukiMustCoverHerSon()
    {
        test::AppDriver h;
        QVERIFY(h.startApp() && h.openWizard(QStringLiteral("suzuki@example.jp")));
        QVERIFY(h.passPage());

        // Page 2: as saved, 家族限定 + 26歳以上補償.
        auto *age = h.find<QComboBox>("ageConditionCombo");
        QCOMPARE(h.find<QComboBox>("limitCombo")->currentData().toString(), QStringLiteral("family"));
        QCOMPARE(age->currentData().toString(), QStringLiteral("26"));
        verifyPremium(h, {});
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        QVERIFY(h.click(h.find<QCheckBox>("driverRangeConfirmed")));
        QTRY_VERIFY(h.find<QCheckBox>("driverRangeConfirmed")->isChecked());
        h.check("basicConfirmed");
        QVERIFY(h.click(h.next()));
        auto *error = h.find<QLabel>("ageConditionError");
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("年齢条件「26歳以上補償」では、20歳の運転者が補償されません。"));
        QCOMPARE(h.wizard()->currentId(), int(BasicInfoPageId));
        QVERIFY(!h.serviceRenewal()->isConfirmed(Step::Basic));

        const qint64 before = h.renewal().quote.annualPremium;
        test::AppDriver::choose(age, QStringLiteral("all"));
        QVERIFY(!error->isVisible());
        verifyPremium(h, {{QStringLiteral("limit"), QStringLiteral("family")},
                          {QStringLiteral("ageCondition"), QStringLiteral("all")},
                          {QStringLiteral("licenceColour"), QStringLiteral("blue")}});
        QVERIFY(h.controller().currentQuote().annualPremium > before); // 全年齢 costs more
        QVERIFY(h.passPage());
        QCOMPARE(h.serviceRenewal()->drivers.ageCondition, QStringLiteral("all"));

        // Page 3: every plan quoted under 全年齢補償.
        verifyPlans(h);
        QVERIFY(h.passPage());

        // Page 4: the son is the youngest driver; 全年齢 covers him, so no warning.
        QCOMPARE(h.find<QComboBox>("youngestRelationCombo")->currentData().toString(), QStringLiteral("child"));
        const QDate sonsBirth = h.renewal().drivers.youngest->birthDate;
        QCOMPARE(h.find<QLineEdit>("youngestBirthDateEdit")->text(), sonsBirth.toString(QStringLiteral("yyyy/MM/dd")));
        QVERIFY(!h.find<QLabel>("youngestWarning")->isVisible());
        QVERIFY(h.text("youngestNote").startsWith(QStringLiteral("Optional")));
        verifyPremium(h, {});
        QVERIFY(h.passPage());
        const Renewal saved = *h.serviceRenewal();
        QCOMPARE(saved.drivers.ageCondition, QStringLiteral("all"));
        QCOMPARE(saved.drivers.youngest->birthDate, sonsBirth);
        QVERIFY(saved.quote.annualPremium > before);
    }

    void satoAfterAClaim()
    {
        test::AppDriver h;
        QVERIFY(h.startApp() && h.openWizard(QStringLiteral("sato@example.jp")));
        QVERIFY(h.passPage());

        // Page 2: grade 9 → 6 with three years of the accident coefficient; insured only, 21歳以上, green, lump sum.
        QCOMPARE(h.text("gradeLabel"), QStringLiteral("Grade 6"));
        QCOMPARE(h.text("accidentYearsLabel"), QStringLiteral("3 year(s)"));
        QCOMPARE(h.find<QComboBox>("limitCombo")->currentData().toString(), QStringLiteral("self"));
        QCOMPARE(h.find<QComboBox>("ageConditionCombo")->currentData().toString(), QStringLiteral("21"));
        QCOMPARE(h.find<QComboBox>("licenceColourCombo")->currentData().toString(), QStringLiteral("green"));
        verifyPremium(h, {});
        QVERIFY(h.text("perInstallment").startsWith(QStringLiteral("Single payment of ¥")));
        test::AppDriver::choose(h.find<QComboBox>("ageConditionCombo"), QStringLiteral("all"));
        verifyPremium(h, {{QStringLiteral("limit"), QStringLiteral("self")},
                          {QStringLiteral("ageCondition"), QStringLiteral("all")},
                          {QStringLiteral("licenceColour"), QStringLiteral("green")}});
        QVERIFY(h.controller().currentQuote() != h.renewal().quote);
        test::AppDriver::choose(h.find<QComboBox>("ageConditionCombo"), QStringLiteral("21"));
        verifyPremium(h, {});
        QCOMPARE(h.controller().currentQuote(), h.renewal().quote);
        QVERIFY(h.passPage());

        // Page 3.
        verifyPlans(h);
        QVERIFY(h.passPage());

        // Page 4: only he drives, so no youngest driver; 通勤 → レジャー is re-quoted.
        QVERIFY(!h.find<QComboBox>("youngestRelationCombo")->isEnabled());
        QVERIFY(h.text("youngestNote").startsWith(QStringLiteral("Not needed")));
        QCOMPARE(h.find<QComboBox>("useCombo")->currentData().toString(), QStringLiteral("commute"));
        verifyPremium(h, {});
        test::AppDriver::choose(h.find<QComboBox>("useCombo"), QStringLiteral("leisure"));
        verifyPremium(h, {{QStringLiteral("use"), QStringLiteral("leisure")}});
        QVERIFY(h.controller().currentQuote().annualPremium < h.renewal().quote.annualPremium);
        const Quote shown = h.controller().currentQuote();
        QVERIFY(h.passPage());
        const Renewal saved = *h.serviceRenewal();
        QCOMPARE(saved.vehicle.use, QStringLiteral("leisure"));
        QCOMPARE(saved.grade.next, 6);
        QCOMPARE(saved.grade.accidentYears, 3);
        QCOMPARE(saved.quote, shown);
    }
};

QTEST_MAIN(TestRenewalSuzukiSato)
#include "tst_renewal_suzuki_sato.moc"
