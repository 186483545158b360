// Wizard-wide parts of pages 1–4: help on every page (the Help button and F1) with what the page is for and the
// contacts from GET /support, and the side panel with the nine steps, those done and the current one.
#include "support/AppDriver.h"
#include "ui/HelpDialog.h"
#include "wizard/StepsPanel.h"

#include <QPushButton>

using namespace clickar;

class TestWizardHelpSteps : public QObject
{
    Q_OBJECT

private:
    static HelpDialog *helpDialog(QWizard *wizard)
    {
        auto *dialog = wizard->findChild<HelpDialog *>(QStringLiteral("helpDialog"));
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }
    static QString contacts(HelpDialog *dialog)
    {
        return dialog->findChild<QLabel *>(QStringLiteral("helpContacts"))->text();
    }
    static QWidget *step(test::AppDriver &h, int n)
    {
        return h.wizard()->stepsPanel()->findChild<QWidget *>(QStringLiteral("step%1").arg(n));
    }
    static QLabel *mark(test::AppDriver &h, int n)
    {
        return h.wizard()->stepsPanel()->findChild<QLabel *>(QStringLiteral("step%1Mark").arg(n));
    }

private slots:
    void everyPageHasHelpWithTheContacts()
    {
        test::AppDriver h;
        QVERIFY(h.startApp() && h.openWizard(QStringLiteral("tanaka@example.jp")));
        for (int pageId = PreConfirmationPageId; pageId <= ContractDetailsPageId; ++pageId) {
            QCOMPARE(h.wizard()->currentId(), pageId);
            QAbstractButton *help = h.wizard()->button(QWizard::HelpButton);
            QVERIFY(help->isVisible());
            QCOMPARE(help->text(), QStringLiteral("&Help"));
            QVERIFY(h.click(help));
            QTRY_VERIFY(helpDialog(h.wizard()));
            HelpDialog *dialog = helpDialog(h.wizard());
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("helpHeading"))->text().contains(h.page()->title()));
            QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("helpPurpose"))->text(), HelpDialog::purposeOf(pageId));
            QVERIFY(!HelpDialog::purposeOf(pageId).isEmpty());
            // The insurer as the service names it; 田中's contract has no agency.
            QTRY_VERIFY(contacts(dialog).contains(QStringLiteral("サンプル損害保険株式会社")));
            QVERIFY(contacts(dialog).contains(QStringLiteral("0120-000-000")));
            QVERIFY(contacts(dialog).contains(QStringLiteral("9:00")));
            QVERIFY(contacts(dialog).contains(QStringLiteral("No agency")));
            QVERIFY(h.click(dialog->findChild<QPushButton *>(QStringLiteral("helpCloseButton"))));
            QTRY_VERIFY(!helpDialog(h.wizard()));
            if (pageId == PreConfirmationPageId)
                QVERIFY(h.passPage());
            else if (pageId == BasicInfoPageId)
                QVERIFY(h.passPage());
            else if (pageId == CoveragePageId)
                QVERIFY(h.passPage());
        }
        // Help kept every input: still on page 4, nothing lost.
        QCOMPARE(h.wizard()->currentId(), int(ContractDetailsPageId));
    }

    void f1OpensHelpForTheCurrentPage()
    {
        test::AppDriver h;
        QVERIFY(h.startApp() && h.openWizard(QStringLiteral("tanaka@example.jp")));
        QVERIFY(h.passPage());
        QVERIFY(h.tabTo(h.find<QComboBox>("limitCombo")));
        QVERIFY(h.pressKey(Qt::Key_F1));
        QTRY_VERIFY(helpDialog(h.wizard()));
        QCOMPARE(helpDialog(h.wizard())->findChild<QLabel *>(QStringLiteral("helpPurpose"))->text(),
                 HelpDialog::purposeOf(BasicInfoPageId));
    }

    void anAgentsCustomerSeesTheAgency()
    {
        test::AppDriver h;
        QVERIFY(h.startApp() && h.openWizard(QStringLiteral("agent@example.jp"), QStringLiteral("Agent#2026")));
        QVERIFY(h.click(h.wizard()->button(QWizard::HelpButton)));
        QTRY_VERIFY(helpDialog(h.wizard()));
        QTRY_VERIFY(contacts(helpDialog(h.wizard())).contains(QStringLiteral("サンプル保険サービス株式会社")));
        QVERIFY(contacts(helpDialog(h.wizard())).contains(QStringLiteral("AG-0001")));
        QVERIFY(contacts(helpDialog(h.wizard())).contains(QStringLiteral("サンプル損害保険株式会社")));
    }

    void contactsThatFailToLoadCanBeLoadedAgain()
    {
        test::AppDriver h;
        QVERIFY(h.startApp() && h.logIn(QStringLiteral("tanaka@example.jp")) && h.openGuide());
        // The renewal is started as usual; what the wizard asks once it is open (the contacts) fails.
        QVERIFY(h.click("proceedButton"));
        h.appClient().setExtraHeader("X-Mock-Fault", "status=404");
        QTRY_VERIFY(h.wizard());
        QWizard &wizard = *h.wizard();
        QVERIFY(h.click(wizard.button(QWizard::HelpButton)));
        QTRY_VERIFY(helpDialog(&wizard));
        auto *retry = helpDialog(&wizard)->findChild<QPushButton *>(QStringLiteral("helpRetryButton"));
        QTRY_VERIFY(retry->isVisible());
        QVERIFY(contacts(helpDialog(&wizard)).contains(QStringLiteral("could not be loaded")));
        h.appClient().setExtraHeader("X-Mock-Fault", {});
        QVERIFY(h.click(retry));
        QTRY_VERIFY(contacts(helpDialog(&wizard)).contains(QStringLiteral("サンプル損害保険株式会社")));
        QVERIFY(!retry->isVisible());
    }

    void theSidePanelShowsTheStepsDoneAndTheCurrentOne()
    {
        test::AppDriver h;
        QVERIFY(h.startApp() && h.openWizard(QStringLiteral("tanaka@example.jp")));
        StepsPanel *panel = h.wizard()->stepsPanel();
        QVERIFY(panel->isVisible());
        for (int n = 1; n <= 9; ++n)
            QCOMPARE(mark(h, n)->text(), QString::number(n));
        QCOMPARE(panel->current(), 1);
        QVERIFY(step(h, 1)->property("current").toBool());
        QCOMPARE(step(h, 1)->accessibleName(), QStringLiteral("Step 1 of 9: Before you start, current step"));

        QVERIFY(h.passPage());
        QVERIFY(panel->isDone(1));
        QCOMPARE(mark(h, 1)->text(), QStringLiteral("✓"));
        QVERIFY(step(h, 1)->accessibleName().endsWith(QStringLiteral("done")));
        QVERIFY(step(h, 2)->property("current").toBool());
        QVERIFY(!step(h, 1)->property("current").toBool());
        QCOMPARE(step(h, 3)->accessibleName(), QStringLiteral("Step 3 of 9: ② Coverage, not yet done"));

        QVERIFY(h.clickBack(PreConfirmationPageId));
        QVERIFY(step(h, 1)->property("current").toBool());
        QVERIFY(panel->isDone(1));
    }

    void aResumedRenewalShowsItsConfirmedSteps()
    {
        // 高橋: pages 1–3 confirmed earlier; the wizard opens at page 4.
        test::AppDriver h;
        QVERIFY(h.startApp() && h.openWizard(QStringLiteral("takahashi@example.jp")));
        QCOMPARE(h.wizard()->currentId(), int(ContractDetailsPageId));
        StepsPanel *panel = h.wizard()->stepsPanel();
        QVERIFY(panel->isDone(1) && panel->isDone(2) && panel->isDone(3));
        QVERIFY(!panel->isDone(4));
        QCOMPARE(panel->current(), int(ContractDetailsPageId));
    }
};

QTEST_MAIN(TestWizardHelpSteps)
#include "tst_wizard_help_steps.moc"
