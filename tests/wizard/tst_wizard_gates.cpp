// Every wizard page: Next stays disabled until the page's boxes are checked, and is disabled again when
// one is unchecked — driven by clicking the real widgets, against the mock service over loopback.
#include "support/TestSupport.h"
#include "ui/documents/PdfViewerWindow.h"
#include "wizard/DisclosurePage.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalController.h"
#include "wizard/RenewalWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPdfView>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>

using namespace clickar;

class TestWizardGates : public QObject
{
    Q_OBJECT

private:
    QAbstractButton *forward(QWizard *wizard)
    {
        QAbstractButton *commit = wizard->button(QWizard::CommitButton);
        return commit->isVisible() ? commit : wizard->button(QWizard::NextButton);
    }

    QCheckBox *box(QWizard *wizard, const char *name)
    {
        auto *found = wizard->currentPage()->findChild<QCheckBox *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no check box %s on page %d", name, wizard->currentId());
        return found;
    }

    // Checks each gate on the current page: Next off until all are on, off again when one goes off.
    void verifyGates(QWizard *wizard, const QList<QCheckBox *> &boxes)
    {
        QVERIFY(!forward(wizard)->isEnabled());
        for (QCheckBox *b : boxes) {
            QVERIFY(!forward(wizard)->isEnabled());
            QTRY_VERIFY(b->isEnabled());
            b->click();
            QVERIFY(b->isChecked());
        }
        QVERIFY(forward(wizard)->isEnabled());
        boxes.last()->click();
        QVERIFY(!forward(wizard)->isEnabled());
        boxes.last()->click();
        QVERIFY(forward(wizard)->isEnabled());
    }

    void goForward(QWizard *wizard, int expectedId)
    {
        forward(wizard)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), expectedId, 10000);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyPageIsGated()
    {
        test::DemoService demo;
        QVERIFY(demo.signIn(QStringLiteral("tanaka@example.jp")));
        const std::optional<Renewal> renewal = demo.startFirstRenewal();
        QVERIFY(renewal);
        RenewalController controller(&demo.client(), *renewal);
        RenewalWizard wizard(&controller);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(PreConfirmationPageId));

        verifyGates(&wizard, {box(&wizard, "preconfirmChecked")});
        goForward(&wizard, BasicInfoPageId);

        // The driver-range box asks first; Cancel leaves it unchecked, OK keeps the tick.
        QCheckBox *range = box(&wizard, "driverRangeConfirmed");
        test::answerNextMessageBox(QMessageBox::Cancel);
        range->click();
        QTRY_VERIFY(!range->isChecked());
        test::answerNextMessageBox(QMessageBox::Ok);
        range->click();
        QTRY_VERIFY(range->isChecked());
        QVERIFY(!forward(&wizard)->isEnabled());
        QCheckBox *basic = box(&wizard, "basicConfirmed");
        basic->click();
        QVERIFY(forward(&wizard)->isEnabled());
        basic->click();
        QVERIFY(!forward(&wizard)->isEnabled());
        basic->click();
        goForward(&wizard, CoveragePageId);

        verifyGates(&wizard, {box(&wizard, "coverageConfirmed")});
        goForward(&wizard, ContractDetailsPageId);
        // 次回免許更新年月 is required: Next stays off until a year and a month are chosen.
        const QDate licence = controller.renewal().newPeriod.start.addYears(1);
        auto *year = wizard.currentPage()->findChild<QComboBox *>(QStringLiteral("nextLicenceYearCombo"));
        auto *month = wizard.currentPage()->findChild<QComboBox *>(QStringLiteral("nextLicenceMonthCombo"));
        QVERIFY(year && month);
        box(&wizard, "detailsConfirmed")->click();
        QVERIFY(!forward(&wizard)->isEnabled());
        box(&wizard, "detailsConfirmed")->click();
        year->setCurrentIndex(year->findData(licence.year()));
        month->setCurrentIndex(month->findData(licence.month()));
        verifyGates(&wizard, {box(&wizard, "detailsConfirmed")});
        goForward(&wizard, DecisionPageId);
        verifyGates(&wizard, {box(&wizard, "decisionConfirmed")});
        goForward(&wizard, CustomerPaymentPageId);
        verifyGates(&wizard, {box(&wizard, "customerConfirmed")});
        goForward(&wizard, DisclosurePageId);

        // The e-delivery consent can only be given once the document has been opened, checked and scrolled to
        // its end in the viewer window.
        QCheckBox *consent = box(&wizard, "eDeliveryConsent");
        QVERIFY(!consent->isEnabled());
        auto *disclosure = qobject_cast<DisclosurePage *>(wizard.currentPage());
        QVERIFY(disclosure);
        wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("openDisclosureButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(disclosure->viewer() && disclosure->viewer()->isLoaded(), 10000);
        QScrollBar *bar = disclosure->viewer()->view()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QVERIFY(!consent->isEnabled());
        bar->triggerAction(QAbstractSlider::SliderToMaximum);
        verifyGates(&wizard, {consent, box(&wizard, "noticesConfirmed")});
        goForward(&wizard, ApplicationPageId);

        // Page 8: both choices are required before 「契約を申し込む」.
        QVERIFY(!forward(&wizard)->isEnabled());
        wizard.currentPage()->findChild<QRadioButton *>(QStringLiteral("driverCard1"))->click();
        QVERIFY(!forward(&wizard)->isEnabled());
        wizard.currentPage()->findChild<QRadioButton *>(QStringLiteral("nextNotice0"))->click();
        QVERIFY(forward(&wizard)->isEnabled());
        goForward(&wizard, CompletionPageId);
        QCOMPARE(controller.renewal().status, QStringLiteral("submitted"));
    }
};

QTEST_MAIN(TestWizardGates)
#include "tst_wizard_gates.moc"
