// Every wizard page: Next stays disabled until the page's boxes are checked, and is disabled again when
// one is unchecked — driven by clicking the real widgets in the full main window, against the mock over loopback.
#include "support/AppDriver.h"
#include "ui/documents/PdfViewerWindow.h"
#include "wizard/DisclosurePage.h"

#include <QPdfView>
#include <QScrollBar>

using namespace clickar;

class TestWizardGates : public QObject
{
    Q_OBJECT

private:
    std::optional<test::AppDriver> d;
    QAbstractButton *forward(QWizard *) { return d->next(); }
    QCheckBox *box(QWizard *, const char *name) { return d->find<QCheckBox>(name); }

    // Checks each gate on the current page: Next off until all are on, off again when one goes off.
    void verifyGates(QWizard *wizard, const QList<QCheckBox *> &boxes)
    {
        QVERIFY(!forward(wizard)->isEnabled());
        for (QCheckBox *b : boxes) {
            QVERIFY(!forward(wizard)->isEnabled());
            QTRY_VERIFY(b->isEnabled());
            QVERIFY(d->click(b));
            QVERIFY(b->isChecked());
        }
        QVERIFY(forward(wizard)->isEnabled());
        QVERIFY(d->click(boxes.last()));
        QVERIFY(!forward(wizard)->isEnabled());
        QVERIFY(d->click(boxes.last()));
        QVERIFY(forward(wizard)->isEnabled());
    }

    void goForward(QWizard *, int expectedId) { QVERIFY(d->clickNext(expectedId)); }

private slots:
    void everyPageIsGated()
    {
        d.emplace();
        QVERIFY(d->startApp() && d->openWizard(QStringLiteral("tanaka@example.jp")));
        RenewalWizard &wizard = *d->wizard();
        RenewalController &controller = d->controller();
        QCOMPARE(wizard.currentId(), int(PreConfirmationPageId));

        verifyGates(&wizard, {box(&wizard, "preconfirmChecked")});
        goForward(&wizard, BasicInfoPageId);

        // The driver-range box asks first; Cancel leaves it unchecked, OK keeps the tick.
        QCheckBox *range = box(&wizard, "driverRangeConfirmed");
        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(d->click(range));
        QTRY_VERIFY(!range->isChecked());
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        QVERIFY(d->click(range));
        QTRY_VERIFY(range->isChecked());
        QVERIFY(!forward(&wizard)->isEnabled());
        QCheckBox *basic = box(&wizard, "basicConfirmed");
        QVERIFY(d->click(basic));
        QVERIFY(forward(&wizard)->isEnabled());
        QVERIFY(d->click(basic));
        QVERIFY(!forward(&wizard)->isEnabled());
        QVERIFY(d->click(basic));
        goForward(&wizard, CoveragePageId);

        verifyGates(&wizard, {box(&wizard, "coverageConfirmed")});
        goForward(&wizard, ContractDetailsPageId);
        // 次回免許更新年月 is required: Next stays off until a year and a month are chosen.
        const QDate licence = controller.renewal().newPeriod.start.addYears(1);
        auto *year = wizard.currentPage()->findChild<QComboBox *>(QStringLiteral("nextLicenceYearCombo"));
        auto *month = wizard.currentPage()->findChild<QComboBox *>(QStringLiteral("nextLicenceMonthCombo"));
        QVERIFY(year && month);
        QVERIFY(d->click(box(&wizard, "detailsConfirmed")));
        QVERIFY(!forward(&wizard)->isEnabled());
        QVERIFY(d->click(box(&wizard, "detailsConfirmed")));
        QVERIFY(d->choose(year, licence.year()) && d->choose(month, licence.month()));
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
        QVERIFY(d->click(wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("openDisclosureButton"))));
        QTRY_VERIFY_WITH_TIMEOUT(disclosure->viewer() && disclosure->viewer()->isLoaded(), 10000);
        QScrollBar *bar = disclosure->viewer()->view()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QVERIFY(!consent->isEnabled());
        bar->triggerAction(QAbstractSlider::SliderToMaximum);
        verifyGates(&wizard, {consent, box(&wizard, "noticesConfirmed")});
        goForward(&wizard, ApplicationPageId);

        // Page 8: both choices are required before 「契約を申し込む」.
        QVERIFY(!forward(&wizard)->isEnabled());
        QVERIFY(d->click(wizard.currentPage()->findChild<QRadioButton *>(QStringLiteral("driverCard1"))));
        QVERIFY(!forward(&wizard)->isEnabled());
        QVERIFY(d->click(wizard.currentPage()->findChild<QRadioButton *>(QStringLiteral("nextNotice0"))));
        QVERIFY(forward(&wizard)->isEnabled());
        goForward(&wizard, CompletionPageId);
        QCOMPARE(controller.renewal().status, QStringLiteral("submitted"));
        d.reset();
    }
};

QTEST_MAIN(TestWizardGates)
#include "tst_wizard_gates.moc"
