// A resumed renewal opens at its first unconfirmed page with the confirmed pages behind it: Back reaches them,
// ticked as confirmed, and Next from there saves again what is shown.
#include "support/AppDriver.h"
#include "wizard/StepSaver.h"

#include <QSignalSpy>

using namespace clickar;

class TestResumeBack : public QObject
{
    Q_OBJECT

private slots:
    void backReachesTheConfirmedPages()
    {
        test::AppDriver f;
        QVERIFY(f.startApp() && f.openWizard(QStringLiteral("takahashi@example.jp")));
        QCOMPARE(f.renewal().confirmedSteps.size(), 3); // docs/demo-data.md: pages 1–3 confirmed
        RenewalWizard &wizard = *f.wizard();
        RenewalController &controller = f.controller();
        QCOMPARE(wizard.currentId(), int(ContractDetailsPageId));
        QSignalSpy saved(controller.steps(), &StepSaver::stepSaved);
        QCOMPARE(saved.count(), 0); // passing the confirmed pages sent nothing

        QAbstractButton *back = wizard.button(QWizard::BackButton);
        QVERIFY(back->isVisible() && back->isEnabled());
        QVERIFY(f.click(back));
        QCOMPARE(wizard.currentId(), int(CoveragePageId));
        QVERIFY(f.find<QCheckBox>("coverageConfirmed")->isChecked());
        QVERIFY(f.click(back));
        QCOMPARE(wizard.currentId(), int(BasicInfoPageId));
        QVERIFY(f.find<QCheckBox>("basicConfirmed")->isChecked());
        QVERIFY(f.click(back));
        QCOMPARE(wizard.currentId(), int(PreConfirmationPageId));
        QVERIFY(f.find<QCheckBox>("preconfirmChecked")->isChecked());

        // Next from a confirmed page saves it again, then moves on.
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(f.click(wizard.button(QWizard::NextButton)));
        QTRY_COMPARE(wizard.currentId(), int(BasicInfoPageId));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).value<Step>(), Step::Preconfirm);
    }
};

QTEST_MAIN(TestResumeBack)
#include "tst_resume_back.moc"
