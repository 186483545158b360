// Page 1 事前確認: the three texts come from the service, 「確認しました」 gates Next, the step is saved, and
// going back keeps the tick.
#include "support/AppDriver.h"

#include <QTextBrowser>

using namespace clickar;

class TestPage1PreConfirmation : public QObject
{
    Q_OBJECT

private slots:
    void showsTheServicesTexts()
    {
        test::AppDriver h;
        QVERIFY(h.startApp() && h.openWizard(QStringLiteral("tanaka@example.jp")));
        QCOMPARE(h.wizard()->currentId(), int(PreConfirmationPageId));
        const std::optional<Renewal> service = h.serviceRenewal();
        QVERIFY(service);
        QVERIFY(service->texts.privacy.contains(QStringLiteral("個人情報")));
        QCOMPARE(h.find<QTextBrowser>("privacyText")->toPlainText(), service->texts.privacy);
        QCOMPARE(h.find<QTextBrowser>("solicitationText")->toPlainText(), service->texts.solicitation);
        QCOMPARE(h.find<QTextBrowser>("notesText")->toPlainText(), service->texts.notes);
        // Each text is named for screen readers.
        for (const char *name : {"privacyText", "solicitationText", "notesText"})
            QVERIFY(!h.find<QTextBrowser>(name)->accessibleName().isEmpty());
    }

    void confirmationGatesNextAndSaves()
    {
        test::AppDriver h;
        QVERIFY(h.startApp() && h.openWizard(QStringLiteral("tanaka@example.jp")));
        QCOMPARE(h.next()->text(), QStringLiteral("Next (① Basic information)"));
        auto *box = h.find<QCheckBox>("preconfirmChecked");
        QVERIFY(!h.next()->isEnabled());
        QVERIFY(h.click(box));
        QVERIFY(h.next()->isEnabled());
        QVERIFY(h.click(box));
        QVERIFY(!h.next()->isEnabled());
        QVERIFY(h.click(box));
        QVERIFY(h.clickNext(BasicInfoPageId));
        QVERIFY(h.renewal().isConfirmed(Step::Preconfirm));
        QVERIFY(h.serviceRenewal()->isConfirmed(Step::Preconfirm));
    }

    void backKeepsTheTick()
    {
        test::AppDriver h;
        QVERIFY(h.startApp() && h.openWizard(QStringLiteral("tanaka@example.jp")));
        QVERIFY(h.passPage());
        QVERIFY(h.clickBack(PreConfirmationPageId));
        QVERIFY(h.find<QCheckBox>("preconfirmChecked")->isChecked());
        QVERIFY(h.next()->isEnabled());
        QVERIFY(h.clickNext(BasicInfoPageId));
    }
};

QTEST_MAIN(TestPage1PreConfirmation)
#include "tst_page1_preconfirm.moc"
