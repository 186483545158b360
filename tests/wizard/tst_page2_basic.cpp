// Page 2 ① 契約基本情報の確認: the contract from the service, the driver-range pop-up (OK keeps the tick, Cancel
// removes it), the two gates, re-quoting after a change, the service's 422 message at its field, Back keeps input.
#include "support/AppDriver.h"
#include "ui/InfoTable.h"
#include <QApplication>

using namespace clickar;

class TestPage2BasicInfo : public QObject
{
    Q_OBJECT

private:
    static QJsonObject basic(test::AppDriver &h)
    {
        return {{QStringLiteral("limit"), h.find<QComboBox>("limitCombo")->currentData().toString()},
                {QStringLiteral("ageCondition"), h.find<QComboBox>("ageConditionCombo")->currentData().toString()},
                {QStringLiteral("licenceColour"), h.find<QComboBox>("licenceColourCombo")->currentData().toString()},
                {QStringLiteral("planId"), h.renewal().selectedPlanId}};
    }

private slots:
    void showsTheContractFromTheService()
    {
        test::AppDriver h;
        QVERIFY(h.startApp() && h.openWizard(QStringLiteral("tanaka@example.jp")));
        QVERIFY(h.passPage());
        const Renewal r = *h.serviceRenewal();
        QCOMPARE(h.next()->text(), QStringLiteral("Next (② Coverage)"));
        QStringList facts;
        for (QLabel *label : h.page()->findChild<InfoTable *>()->findChildren<QLabel *>())
            facts.append(label->text());
        QVERIFY(facts.contains(r.policyNumber));
        QVERIFY(facts.contains(format::period(r.newPeriod.start, r.newPeriod.end)));
        QVERIFY(facts.contains(r.holder.name));
        QVERIFY(facts.contains(r.insured.name));
        QCOMPARE(h.find<QComboBox>("limitCombo")->currentData().toString(), QStringLiteral("couple"));
        QCOMPARE(h.find<QComboBox>("ageConditionCombo")->currentData().toString(), QStringLiteral("26"));
        QCOMPARE(h.find<QComboBox>("licenceColourCombo")->currentData().toString(), QStringLiteral("gold"));
        QCOMPARE(h.text("gradeLabel"), QStringLiteral("Grade %1").arg(r.grade.next));
        QCOMPARE(h.text("gradeLabel"), QStringLiteral("Grade 16"));
        QCOMPARE(h.text("accidentYearsLabel"), QStringLiteral("0 year(s)"));
        // The premium of the plan in the renewal, as the service quoted it (docs/rating.md §5, the worked example).
        QCOMPARE(h.text("annualPremium"), format::yen(r.quote.annualPremium));
        QCOMPARE(h.text("annualPremium"), QStringLiteral("¥35,210"));
        QCOMPARE(h.text("perInstallment"), QStringLiteral("¥2,930 × 12 payments (first payment ¥2,980)"));
        QCOMPARE(h.text("premiumDifference"), QStringLiteral("▼ ") + format::yenDifference(35210 - 36480));
    }

    void thePopUpDecidesTheDriverRangeTick()
    {
        test::AppDriver h;
        QVERIFY(h.startApp() && h.openWizard(QStringLiteral("tanaka@example.jp")));
        QVERIFY(h.passPage());
        auto *range = h.find<QCheckBox>("driverRangeConfirmed");
        auto *basicBox = h.find<QCheckBox>("basicConfirmed");
        QVERIFY(h.click(basicBox));
        QVERIFY(!h.next()->isEnabled());

        // The pop-up names the range and warns; Cancel leaves the box unchecked.
        const int asked = MessageBoxes::count();
        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(h.click(range));
        QCOMPARE(MessageBoxes::count(), asked + 1);
        const QString shown = MessageBoxes::lastText();
        QVERIFY(shown.contains(QStringLiteral("not covered")));
        QVERIFY(shown.contains(labels::limit(QStringLiteral("couple"))));
        QVERIFY(shown.contains(labels::ageCondition(QStringLiteral("26"))));
        QVERIFY(!range->isChecked());
        QVERIFY(!h.next()->isEnabled());

        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        QVERIFY(h.click(range));
        QTRY_VERIFY(range->isChecked());
        QVERIFY(h.next()->isEnabled());
        // Unchecking asks nothing and closes the gate again.
        QVERIFY(h.click(range));
        QCOMPARE(MessageBoxes::count(), asked + 2);
        QVERIFY(!range->isChecked());
        QVERIFY(!h.next()->isEnabled());
    }

    void changingTheRangeRemovesTheTickAndReQuotes()
    {
        test::AppDriver h;
        QVERIFY(h.startApp() && h.openWizard(QStringLiteral("tanaka@example.jp")));
        QVERIFY(h.passPage());
        auto *range = h.find<QCheckBox>("driverRangeConfirmed");
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        QVERIFY(h.click(range));
        QTRY_VERIFY(range->isChecked());

        // Slow service: the page shows that it recalculates, and stays usable meanwhile.
        h.appClient().setExtraHeader("X-Mock-Fault", "latency=600");
        test::AppDriver::choose(h.find<QComboBox>("limitCombo"), QStringLiteral("none"));
        QVERIFY(!range->isChecked());
        QVERIFY(h.find<QLabel>("quoteStatus")->isVisible());
        QVERIFY(!h.find<QLabel>("annualPremium")->isEnabled());
        QVERIFY(h.find<QComboBox>("licenceColourCombo")->isEnabled());
        test::AppDriver::choose(h.find<QComboBox>("licenceColourCombo"), QStringLiteral("blue"));
        QTRY_VERIFY_WITH_TIMEOUT(!h.controller().isQuoting(), 10000);
        h.appClient().setExtraHeader("X-Mock-Fault", {});
        QVERIFY(!h.find<QLabel>("quoteStatus")->isVisible());
        const Quote expected = h.serviceQuote(basic(h)).value();
        QVERIFY(expected.annualPremium != h.renewal().quote.annualPremium);
        QCOMPARE(h.text("annualPremium"), format::yen(expected.annualPremium));
        QCOMPARE(h.text("perInstallment"), PremiumBox::installmentText(expected));
        // The colour does not change the range: the tick given again stays.
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        QVERIFY(h.click(range));
        QTRY_VERIFY(range->isChecked());
        test::AppDriver::choose(h.find<QComboBox>("licenceColourCombo"), QStringLiteral("green"));
        QVERIFY(range->isChecked());
        test::AppDriver::choose(h.find<QComboBox>("ageConditionCombo"), QStringLiteral("35"));
        QVERIFY(!range->isChecked());

        // What is confirmed is saved, and the saved renewal is quoted as shown.
        QVERIFY(h.passPage());
        const Renewal saved = *h.serviceRenewal();
        QCOMPARE(saved.drivers.limit, QStringLiteral("none"));
        QCOMPARE(saved.drivers.ageCondition, QStringLiteral("35"));
        QCOMPARE(saved.insured.licenceColour, QStringLiteral("green"));
    }

    void theServicesRefusalIsShownAtTheField()
    {
        // 鈴木: the son is 20 when the new term starts, so 26歳以上補償 does not cover him.
        test::AppDriver h;
        QVERIFY(h.startApp() && h.openWizard(QStringLiteral("suzuki@example.jp")));
        QVERIFY(h.passPage());
        auto *age = h.find<QComboBox>("ageConditionCombo");
        QCOMPARE(age->currentData().toString(), QStringLiteral("26"));
        auto *error = h.find<QLabel>("ageConditionError");
        QVERIFY(!error->isVisible());
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        QVERIFY(h.click(h.find<QCheckBox>("driverRangeConfirmed")));
        QTRY_VERIFY(h.find<QCheckBox>("driverRangeConfirmed")->isChecked());
        h.check("basicConfirmed");
        QVERIFY(h.click(h.next()));
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(h.wizard()->currentId(), int(BasicInfoPageId));
        QVERIFY2(error->text().contains(QStringLiteral("20歳")), qPrintable(error->text()));
        QVERIFY(error->text().contains(QStringLiteral("26歳以上補償")));
        // The input is kept, the wrong field has the focus, and the page says to check the entries.
        QCOMPARE(age->currentData().toString(), QStringLiteral("26"));
        QCOMPARE(QApplication::focusWidget(), age);
        QVERIFY(h.find<QLabel>("pageStatus")->text().contains(QStringLiteral("入力内容をご確認ください")));
        QVERIFY(!h.find<QLabel>("limitError")->isVisible());

        test::AppDriver::choose(age, QStringLiteral("all"));
        QVERIFY(!error->isVisible());
        QVERIFY(h.passPage());
        QCOMPARE(h.serviceRenewal()->drivers.ageCondition, QStringLiteral("all"));
    }

    void backKeepsWhatWasEntered()
    {
        test::AppDriver h;
        QVERIFY(h.startApp() && h.openWizard(QStringLiteral("tanaka@example.jp")));
        QVERIFY(h.passPage());
        test::AppDriver::choose(h.find<QComboBox>("licenceColourCombo"), QStringLiteral("blue"));
        h.check("basicConfirmed");
        QTRY_VERIFY(!h.controller().isQuoting());
        QVERIFY(h.clickBack(PreConfirmationPageId));
        QVERIFY(h.clickNext(BasicInfoPageId)); // page 1 is saved again: the renewal changed, page 2's part did not
        QCOMPARE(h.find<QComboBox>("licenceColourCombo")->currentData().toString(), QStringLiteral("blue"));
        QVERIFY(h.find<QCheckBox>("basicConfirmed")->isChecked());
        // The premium shown is still the one for what is entered, not for what is saved.
        QTRY_VERIFY(!h.controller().isQuoting());
        QCOMPARE(h.text("annualPremium"), format::yen(h.serviceQuote(basic(h))->annualPremium));

        // Saved, then back from page 3: still the same.
        QVERIFY(h.passPage());
        QVERIFY(h.clickBack(BasicInfoPageId));
        QCOMPARE(h.find<QComboBox>("licenceColourCombo")->currentData().toString(), QStringLiteral("blue"));
        QVERIFY(h.find<QCheckBox>("basicConfirmed")->isChecked());
        QCOMPARE(h.text("annualPremium"), format::yen(h.renewal().quote.annualPremium));
    }
};

QTEST_MAIN(TestPage2BasicInfo)
#include "tst_page2_basic.moc"
