// Page 3 ② 補償内容の確認: the service's plans side by side with every coverage row and their premiums, the
// difference from last year highlighted, exactly one plan chosen, the gate, the choice saved and kept on Back.
#include "support/AppDriver.h"
#include "ui/PlanComparison.h"
#include "ui/Style.h"

#include <QGridLayout>
#include <QRadioButton>

using namespace clickar;

class TestPage3Coverage : public QObject
{
    Q_OBJECT

private:
    static QRadioButton *choice(test::AppDriver &h, const QString &planId)
    {
        return h.page()->findChild<QRadioButton *>(QStringLiteral("plan_") + planId);
    }
    static QString cell(test::AppDriver &h, const QString &prefix, const QString &planId)
    {
        auto *label = h.page()->findChild<QLabel *>(prefix + planId);
        return label ? label->text() : QStringLiteral("<missing %1%2>").arg(prefix, planId);
    }
    static QStringList columnTexts(test::AppDriver &h, const QString &planId)
    {
        auto *grid = h.find<PlanComparison>("planComparison");
        auto *layout = qobject_cast<QGridLayout *>(grid->layout());
        const int column = int(grid->planIds().indexOf(planId)) + 1;
        QStringList texts;
        for (int i = 0; i < layout->count(); ++i) {
            int row = 0, itemColumn = 0, rowSpan = 0, columnSpan = 0;
            layout->getItemPosition(i, &row, &itemColumn, &rowSpan, &columnSpan);
            auto *label = qobject_cast<QLabel *>(layout->itemAt(i)->widget());
            if (label && itemColumn == column && row > 0 && rowSpan == 1)
                texts.append(label->text());
        }
        return texts;
    }

private slots:
    void showsThePlansSideBySide()
    {
        test::AppDriver h;
        QVERIFY(h.startApp() && h.openWizard(QStringLiteral("tanaka@example.jp")));
        QVERIFY(h.reachPage(CoveragePageId));
        QCOMPARE(h.next()->text(), QStringLiteral("Next (③ Contract details)"));
        const Renewal r = *h.serviceRenewal();
        QVERIFY(r.plans.size() >= 3);
        QCOMPARE(r.plans.first().name, QStringLiteral("前年同等プラン"));
        QCOMPARE(h.find<PlanComparison>("planComparison")->planIds().size(), r.plans.size());
        QCOMPARE(h.text("lastYearPremium"), QStringLiteral("Last year's annual premium: ¥36,480"));
        for (const Plan &plan : r.plans) {
            QRadioButton *radio = choice(h, plan.id);
            QVERIFY2(radio, qPrintable(plan.id));
            QCOMPARE(radio->text(), plan.name);
            QVERIFY(radio->accessibleName().contains(format::yen(plan.quote.annualPremium)));
            QCOMPARE(cell(h, QStringLiteral("annualPremium_"), plan.id), format::yen(plan.quote.annualPremium));
            QCOMPARE(cell(h, QStringLiteral("perInstallment_"), plan.id), PremiumBox::installmentText(plan.quote));
            QCOMPARE(cell(h, QStringLiteral("difference_"), plan.id),
                     PremiumBox::differenceText(plan.quote.differenceFromLastYear));
            // Every coverage row, from the plan's coverages.
            const QStringList texts = columnTexts(h, plan.id);
            QVERIFY(texts.contains(labels::personalInjury(plan.coverages.personalInjury)));
            QVERIFY(texts.contains(labels::passenger(plan.coverages.passenger)));
            QVERIFY(texts.join(QLatin1Char('\n')).contains(labels::vehicleType(plan.coverages.vehicle.type)));
            for (const QString &rider : plan.coverages.riders)
                QVERIFY(texts.join(QLatin1Char('\n')).contains(labels::rider(rider)));
        }
        // docs/rating.md §5's worked example is last year's plan: ¥35,210, ¥1,270 less than last year.
        QCOMPARE(cell(h, QStringLiteral("annualPremium_"), QStringLiteral("last_year")), QStringLiteral("¥35,210"));
        QCOMPARE(cell(h, QStringLiteral("difference_"), QStringLiteral("last_year")), QStringLiteral("▼ −¥1,270"));
    }

    void theDifferenceFromLastYearIsHighlighted()
    {
        test::AppDriver h;
        QVERIFY(h.startApp() && h.openWizard(QStringLiteral("tanaka@example.jp")));
        QVERIFY(h.reachPage(CoveragePageId));
        bool sawIncrease = false;
        bool sawDecrease = false;
        for (const Plan &plan : h.renewal().plans) {
            auto *label = h.page()->findChild<QLabel *>(QStringLiteral("difference_") + plan.id);
            const qint64 difference = plan.quote.differenceFromLastYear;
            if (difference > 0) {
                sawIncrease = true;
                QVERIFY(label->text().startsWith(QStringLiteral("▲ +")));
                QCOMPARE(label->property("difference").toString(), QStringLiteral("increase"));
                QCOMPARE(label->palette().color(QPalette::Active, QPalette::WindowText),
                         style::colour(QStringLiteral("error")));
            } else if (difference < 0) {
                sawDecrease = true;
                QVERIFY(label->text().startsWith(QStringLiteral("▼ −")));
                QCOMPARE(label->property("difference").toString(), QStringLiteral("decrease"));
                QCOMPARE(label->palette().color(QPalette::Active, QPalette::WindowText),
                         style::colour(QStringLiteral("success")));
            }
            QVERIFY(!label->accessibleName().isEmpty());
        }
        QVERIFY(sawIncrease && sawDecrease);
    }

    void exactlyOnePlanIsChosen()
    {
        test::AppDriver h;
        QVERIFY(h.startApp() && h.openWizard(QStringLiteral("tanaka@example.jp")));
        QVERIFY(h.reachPage(CoveragePageId));
        const auto checkedCount = [&h] {
            int n = 0;
            for (QRadioButton *radio : h.page()->findChildren<QRadioButton *>())
                n += radio->isChecked() ? 1 : 0;
            return n;
        };
        // The service's current choice is preselected.
        QVERIFY(choice(h, h.renewal().selectedPlanId)->isChecked());
        QCOMPARE(checkedCount(), 1);
        QVERIFY(h.click(choice(h, QStringLiteral("full"))));
        QCOMPARE(checkedCount(), 1);
        QVERIFY(choice(h, QStringLiteral("full"))->isChecked());
        QVERIFY(h.find<QFrame>("planColumn_full")->property("selected").toBool());
        QVERIFY(!h.find<QFrame>("planColumn_last_year")->property("selected").toBool());
        QVERIFY(h.click(choice(h, QStringLiteral("full")))); // clicking the chosen one again does not leave none chosen
        QCOMPARE(checkedCount(), 1);
        QVERIFY(h.click(choice(h, QStringLiteral("saving"))));
        QCOMPARE(checkedCount(), 1);

        // The gate, then the choice is what the service saves.
        auto *box = h.find<QCheckBox>("coverageConfirmed");
        QVERIFY(!h.next()->isEnabled());
        QVERIFY(h.click(box));
        QVERIFY(h.next()->isEnabled());
        QVERIFY(h.click(box));
        QVERIFY(!h.next()->isEnabled());
        QVERIFY(h.click(box));
        QVERIFY(h.clickNext(ContractDetailsPageId));
        QCOMPARE(h.serviceRenewal()->selectedPlanId, QStringLiteral("saving"));
        // The next pages quote the chosen plan.
        QCOMPARE(h.text("quotePlanName"), QStringLiteral("節約プラン"));
        QCOMPARE(h.text("annualPremium"), format::yen(h.serviceRenewal()->quote.annualPremium));
    }

    void backKeepsTheChoice()
    {
        test::AppDriver h;
        QVERIFY(h.startApp() && h.openWizard(QStringLiteral("tanaka@example.jp")));
        QVERIFY(h.reachPage(CoveragePageId));
        QVERIFY(h.click(choice(h, QStringLiteral("full"))));
        h.check("coverageConfirmed");
        QVERIFY(h.clickBack(BasicInfoPageId));
        QVERIFY(h.clickNext(CoveragePageId));
        QVERIFY(choice(h, QStringLiteral("full"))->isChecked());
        QVERIFY(h.find<QCheckBox>("coverageConfirmed")->isChecked());
        QVERIFY(h.clickNext(ContractDetailsPageId));
        QVERIFY(h.clickBack(CoveragePageId));
        QVERIFY(choice(h, QStringLiteral("full"))->isChecked());
    }

    void premiumsFollowTheChangesOnPage2()
    {
        test::AppDriver h;
        QVERIFY(h.startApp() && h.openWizard(QStringLiteral("tanaka@example.jp")));
        QVERIFY(h.passPage());
        test::AppDriver::choose(h.find<QComboBox>("limitCombo"), QStringLiteral("none"));
        QVERIFY(h.passPage());
        const Renewal r = *h.serviceRenewal();
        for (const Plan &plan : r.plans) {
            const Quote expected =
                h.serviceQuote({{QStringLiteral("planId"), plan.id}, {QStringLiteral("limit"), QStringLiteral("none")}})
                    .value();
            QCOMPARE(plan.quote, expected);
            QCOMPARE(cell(h, QStringLiteral("annualPremium_"), plan.id), format::yen(expected.annualPremium));
        }
    }
};

QTEST_MAIN(TestPage3Coverage)
#include "tst_page3_coverage.moc"
