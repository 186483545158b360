// A resumed renewal opens at its first unconfirmed page with the confirmed pages behind it: Back reaches them,
// ticked as confirmed, and Next from there saves again what is shown.
#include "PageDriver.h"

#include <QSignalSpy>
#include <QStandardPaths>

using namespace clickar;

class TestResumeBack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void backReachesTheConfirmedPages()
    {
        test::DemoService demo;
        QVERIFY(demo.signIn(QStringLiteral("takahashi@example.jp")));
        const std::optional<Renewal> renewal = demo.startFirstRenewal();
        QVERIFY(renewal);
        QCOMPARE(renewal->confirmedSteps.size(), 3); // docs/demo-data.md: pages 1–3 confirmed
        RenewalController controller(&demo.client(), *renewal);
        RenewalWizard wizard(&controller);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(ContractDetailsPageId));
        QSignalSpy saved(controller.steps(), &StepSaver::stepSaved);
        QCOMPARE(saved.count(), 0); // passing the confirmed pages sent nothing

        QAbstractButton *back = wizard.button(QWizard::BackButton);
        QVERIFY(back->isVisible() && back->isEnabled());
        back->click();
        QCOMPARE(wizard.currentId(), int(CoveragePageId));
        QVERIFY(test::child<QCheckBox>(&wizard, "coverageConfirmed")->isChecked());
        back->click();
        QCOMPARE(wizard.currentId(), int(BasicInfoPageId));
        QVERIFY(test::child<QCheckBox>(&wizard, "basicConfirmed")->isChecked());
        back->click();
        QCOMPARE(wizard.currentId(), int(PreConfirmationPageId));
        QVERIFY(test::child<QCheckBox>(&wizard, "preconfirmChecked")->isChecked());

        // Next from a confirmed page saves it again, then moves on.
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.button(QWizard::NextButton)->click();
        QTRY_COMPARE(wizard.currentId(), int(BasicInfoPageId));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).value<Step>(), Step::Preconfirm);
    }
};

QTEST_MAIN(TestResumeBack)
#include "tst_resume_back.moc"
