// Page 4 ③ 契約詳細の確認: the insured and the vehicle from the service, 次回免許更新年月 required and validated by
// the service (its message at the field), 使用目的 re-quoted, the youngest driver required for 26/35 and warned
// about when the age condition does not cover them, every input kept on Back.
#include "support/AppDriver.h"
#include "ui/InfoTable.h"
#include "wizard/ContractDetailsPage.h"
#include <QApplication>

#include <QLineEdit>

using namespace clickar;

class TestPage4Details : public QObject
{
    Q_OBJECT

private:
    static QStringList facts(test::AppDriver &h)
    {
        QStringList texts;
        for (InfoTable *table : h.page()->findChildren<InfoTable *>()) {
            for (QLabel *label : table->findChildren<QLabel *>())
                texts.append(label->text());
        }
        return texts;
    }
    static bool typeBirthDate(test::AppDriver &h, const QString &text)
    {
        return h.typeInto("youngestBirthDateEdit", text);
    }
    static bool reachPage4(test::AppDriver &h, const char *email = "tanaka@example.jp")
    {
        return h.startApp() && h.openWizard(QString::fromLatin1(email)) && h.reachPage(ContractDetailsPageId);
    }

private slots:
    void showsTheDetailsFromTheService()
    {
        test::AppDriver h;
        QVERIFY(reachPage4(h));
        QCOMPARE(h.next()->text(), QStringLiteral("Next (④ Decided plan)"));
        const Renewal r = *h.serviceRenewal();
        const QStringList shown = facts(h);
        for (const QString &fact :
             {r.insured.name, format::date(r.insured.birthDate), labels::licenceColour(r.insured.licenceColour),
              r.vehicle.name, r.vehicle.model, r.vehicle.registration, format::month(r.vehicle.firstRegistered)})
            QVERIFY2(shown.contains(fact), qPrintable(fact));
        QCOMPARE(h.find<QComboBox>("useCombo")->currentData().toString(), r.vehicle.use);
        QCOMPARE(h.find<QComboBox>("youngestRelationCombo")->currentData().toString(), QStringLiteral("spouse"));
        QCOMPARE(h.find<QLineEdit>("youngestBirthDateEdit")->text(), QStringLiteral("1981/02/03"));
        // Not known yet: the person enters it from the licence.
        QCOMPARE(h.find<QComboBox>("nextLicenceYearCombo")->currentIndex(), 0);
        QCOMPARE(h.find<QComboBox>("nextLicenceMonthCombo")->currentIndex(), 0);
        QVERIFY(h.text("youngestNote").startsWith(QStringLiteral("Required")));
        QVERIFY(!h.find<QLabel>("youngestWarning")->isVisible());
        QCOMPARE(h.text("annualPremium"), format::yen(r.quote.annualPremium));
    }

    void theLicenceMonthIsRequiredAndCheckedAsItIsChosen()
    {
        // A term starting mid-year (the demo today put in spring), so that its own year holds months either side.
        MockOptions options;
        options.today = QDate(2026, 5, 10);
        test::AppDriver h(options);
        QVERIFY(reachPage4(h));
        h.check("detailsConfirmed");
        QVERIFY(!h.next()->isEnabled());
        const QDate start = h.renewal().newPeriod.start;
        auto *year = h.find<QComboBox>("nextLicenceYearCombo");
        auto *month = h.find<QComboBox>("nextLicenceMonthCombo");
        // Only the years that can hold an accepted month: up to 5 years after the start (the insured is under 72).
        QCOMPARE(year->itemData(year->count() - 1).toInt(), start.year() + 5);
        QCOMPARE(year->itemData(1).toInt(), start.year());
        QVERIFY(start.month() < 12);
        test::AppDriver::choose(year, start.year());
        QVERIFY(!h.next()->isEnabled());
        // The month the new term starts in: marked at the field as soon as it is chosen (it must lie after the
        // start), before anything is sent; Next stays disabled.
        test::AppDriver::choose(month, start.month());
        auto *error = h.find<QLabel>("nextLicenceRenewalError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(format::month(QDate(start.year(), start.month(), 1))),
                 qPrintable(error->text()));
        QVERIFY(!h.next()->isEnabled());
        QCOMPARE(h.wizard()->currentId(), int(ContractDetailsPageId));
        QVERIFY(h.find<QCheckBox>("detailsConfirmed")->isChecked());
        // More than five years on: marked the same way.
        test::AppDriver::choose(year, start.year() + 5);
        test::AppDriver::choose(month, start.month() + 1);
        QVERIFY2(error->isVisible() && error->text().contains(QStringLiteral("5 years")), qPrintable(error->text()));
        QVERIFY(!h.next()->isEnabled());

        // Fixing it clears the message; the service accepts and saves it.
        const QDate licence = start.addYears(2);
        test::AppDriver::choose(year, licence.year());
        QVERIFY(!error->isVisible());
        test::AppDriver::choose(month, licence.month());
        QVERIFY(h.clickNext(DecisionPageId));
        QCOMPARE(h.serviceRenewal()->insured.nextLicenceRenewal, QDate(licence.year(), licence.month(), 1));
    }

    void theYoungestDriverIsRequiredForTheAgeCondition()
    {
        test::AppDriver h;
        QVERIFY(reachPage4(h));
        h.chooseLicenceMonth(h.renewal().newPeriod.start.addYears(1));
        h.check("detailsConfirmed");
        QVERIFY(h.next()->isEnabled());
        QVERIFY(typeBirthDate(h, QString()));
        QVERIFY(!h.next()->isEnabled());
        QVERIFY(typeBirthDate(h, QStringLiteral("1981/02")));
        QVERIFY(!h.next()->isEnabled()); // not a date yet
        QVERIFY(typeBirthDate(h, QStringLiteral("1981/02/03")));
        QVERIFY(h.next()->isEnabled());
        test::AppDriver::choose(h.find<QComboBox>("youngestRelationCombo"), QString());
        QVERIFY(!h.next()->isEnabled());
    }

    void warnsWhenTheYoungestDriverIsNotCovered()
    {
        test::AppDriver h;
        QVERIFY(reachPage4(h));
        h.chooseLicenceMonth(h.renewal().newPeriod.start.addYears(1));
        test::AppDriver::choose(h.find<QComboBox>("youngestRelationCombo"), QStringLiteral("child"));
        // 22 when the new term starts: under 26歳以上補償.
        const QDate birth = h.renewal().newPeriod.start.addYears(-22).addDays(-10);
        QVERIFY(typeBirthDate(h, birth.toString(QStringLiteral("yyyy/MM/dd"))));
        auto *warning = h.find<QLabel>("youngestWarning");
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("22")), qPrintable(warning->text()));
        QVERIFY(warning->text().contains(labels::ageCondition(QStringLiteral("26"))));

        // A warning, not a gate: the service refuses, and its message is shown in the youngest driver's box.
        h.check("detailsConfirmed");
        QVERIFY(h.click(h.next()));
        auto *error = h.find<QLabel>("ageConditionError");
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(h.wizard()->currentId(), int(ContractDetailsPageId));
        QVERIFY2(error->text().contains(QStringLiteral("22歳")), qPrintable(error->text()));
        QCOMPARE(h.find<QLineEdit>("youngestBirthDateEdit")->text(), birth.toString(QStringLiteral("yyyy/MM/dd")));
        auto *status = h.find<QLabel>("pageStatus");
        QVERIFY(status->isVisible());

        // An adult driver is covered again: the message at the field and the one under the page go.
        QVERIFY(typeBirthDate(h, QStringLiteral("1990/04/01")));
        QVERIFY(!warning->isVisible());
        QVERIFY(!error->isVisible());
        QVERIFY2(!status->isVisible(), qPrintable(status->text()));
        QVERIFY(h.clickNext(DecisionPageId));
        const Renewal saved = *h.serviceRenewal();
        QCOMPARE(saved.drivers.youngest->relation, QStringLiteral("child"));
        QCOMPARE(saved.drivers.youngest->birthDate, QDate(1990, 4, 1));
    }

    void implausibleBirthDatesRefusedAtTheField_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("1800") << QStringLiteral("1800/01/01");
        QTest::newRow("3000") << QStringLiteral("3000/01/01");
        QTest::newRow("after the term starts") << QStringLiteral("2027/06/01");
    }
    void implausibleBirthDatesRefusedAtTheField()
    {
        QFETCH(QString, typed);
        test::AppDriver h;
        QVERIFY(reachPage4(h));
        h.chooseLicenceMonth(h.renewal().newPeriod.start.addYears(1));
        h.check("detailsConfirmed");
        QVERIFY(typeBirthDate(h, typed));
        auto *error = h.find<QLabel>("youngestError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("1900")), qPrintable(error->text()));
        QVERIFY(!h.next()->isEnabled());
        QVERIFY(typeBirthDate(h, QStringLiteral("1990/04/01")));
        QVERIFY(!error->isVisible());
        QVERIFY(h.next()->isEnabled());
    }

    // The service's rules the page knows are checked as the date is typed: no such day, under 18 at the term's
    // start. Next stays disabled, the focus stays in the field.
    void unusableBirthDatesMarkedAsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("30 February") << QStringLiteral("2001/02/30") << QString();
        QTest::newRow("month 13, digits only") << QStringLiteral("19901301") << QString();
        QTest::newRow("16 at the start") << QString() << QStringLiteral("18");
    }
    void unusableBirthDatesMarkedAsTyped()
    {
        QFETCH(QString, typed);
        QFETCH(QString, message);
        test::AppDriver h;
        QVERIFY(reachPage4(h));
        h.chooseLicenceMonth(h.renewal().newPeriod.start.addYears(1));
        h.check("detailsConfirmed");
        if (typed.isEmpty())
            typed = h.renewal().newPeriod.start.addYears(-16).toString(QStringLiteral("yyyy/MM/dd"));
        auto *edit = h.find<QLineEdit>("youngestBirthDateEdit");
        QVERIFY(typeBirthDate(h, typed.left(typed.size() - 1)));
        QVERIFY(typeBirthDate(h, typed));
        auto *error = h.find<QLabel>("youngestError");
        QVERIFY(error->isVisible());
        if (message.isEmpty()) // in the UI's language
            message = ContractDetailsPage::tr("There is no such date: check the year, month and day.");
        QVERIFY2(error->text().contains(message), qPrintable(error->text()));
        QVERIFY(!h.next()->isEnabled());
        QCOMPARE(QApplication::focusWidget(), edit);
        QVERIFY(typeBirthDate(h, QStringLiteral("1990/04/01")));
        QVERIFY(!error->isVisible());
        QVERIFY(h.next()->isEnabled());
    }

    void changingTheUseReQuotesWithoutBlocking()
    {
        test::AppDriver h;
        QVERIFY(reachPage4(h));
        h.appClient().setExtraHeader("X-Mock-Fault", "latency=600");
        test::AppDriver::choose(h.find<QComboBox>("useCombo"), QStringLiteral("business"));
        QVERIFY(h.find<QLabel>("quoteStatus")->isVisible());
        QVERIFY(h.find<QComboBox>("useCombo")->isEnabled());
        // The person goes on entering while the service answers.
        h.chooseLicenceMonth(h.renewal().newPeriod.start.addYears(1));
        h.check("detailsConfirmed");
        QVERIFY(h.next()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!h.controller().isQuoting(), 10000);
        h.appClient().setExtraHeader("X-Mock-Fault", {});
        const Quote expected = *h.serviceQuote({{QStringLiteral("use"), QStringLiteral("business")},
                                                {QStringLiteral("planId"), h.renewal().selectedPlanId}});
        QVERIFY(expected.annualPremium > h.renewal().quote.annualPremium);
        QCOMPARE(h.text("annualPremium"), format::yen(expected.annualPremium));
        QCOMPARE(h.text("premiumDifference"), PremiumBox::differenceText(expected.differenceFromLastYear));
        QVERIFY(!h.find<QLabel>("quoteStatus")->isVisible());
        QVERIFY(h.clickNext(DecisionPageId));
        QCOMPARE(h.serviceRenewal()->quote, expected);
    }

    void backKeepsEveryInput()
    {
        test::AppDriver h;
        QVERIFY(reachPage4(h));
        const QDate licence = h.renewal().newPeriod.start.addYears(3);
        h.chooseLicenceMonth(licence);
        test::AppDriver::choose(h.find<QComboBox>("useCombo"), QStringLiteral("commute"));
        test::AppDriver::choose(h.find<QComboBox>("youngestRelationCombo"), QStringLiteral("other"));
        QVERIFY(typeBirthDate(h, QStringLiteral("1985/07/07")));
        h.check("detailsConfirmed");
        QVERIFY(h.clickBack(CoveragePageId));
        QVERIFY(h.clickNext(ContractDetailsPageId)); // page 3 saved again: the renewal's version changed
        QCOMPARE(h.find<QComboBox>("nextLicenceYearCombo")->currentData().toInt(), licence.year());
        QCOMPARE(h.find<QComboBox>("nextLicenceMonthCombo")->currentData().toInt(), licence.month());
        QCOMPARE(h.find<QComboBox>("useCombo")->currentData().toString(), QStringLiteral("commute"));
        QCOMPARE(h.find<QComboBox>("youngestRelationCombo")->currentData().toString(), QStringLiteral("other"));
        QCOMPARE(h.find<QLineEdit>("youngestBirthDateEdit")->text(), QStringLiteral("1985/07/07"));
        QVERIFY(h.find<QCheckBox>("detailsConfirmed")->isChecked());
        QTRY_VERIFY(!h.controller().isQuoting());
        const Quote commute = *h.serviceQuote({{QStringLiteral("use"), QStringLiteral("commute")},
                                               {QStringLiteral("planId"), h.renewal().selectedPlanId}});
        QCOMPARE(h.text("annualPremium"), format::yen(commute.annualPremium));
    }
};

QTEST_MAIN(TestPage4Details)
#include "tst_page4_details.moc"
