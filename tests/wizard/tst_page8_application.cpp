// Page 8 お申込み手続き: ドライバーカード and 次回満期時のご案内方法, the final summary from the service, and
// 「契約を申し込む」 — disabled (with Back, Interrupt and the choices) while the application is on its way; errors
// shown with a retry.
#include "support/AppDriver.h"
#include "ui/Format.h"
#include "ui/Labels.h"

#include <QGroupBox>
#include <QLabel>
#include <QPushButton>

using namespace clickar;

class TestApplicationPage : public QObject
{
    Q_OBJECT

private:
    static bool startAtPage8(test::AppDriver &f)
    {
        // From page 7, so that Back has somewhere to go (a wizard resumed at page 8 has no history).
        return f.startApp() && f.openWizardAfter(Step::Customer) && f.reachPage(ApplicationPageId) &&
               f.wizard()->button(QWizard::BackButton)->isEnabled();
    }
    static QString text(test::AppDriver &f, const char *name)
    {
        auto *label = f.find<QLabel>(name);
        return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
    }
    static bool choose(test::AppDriver &f)
    {
        return f.click(f.find<QRadioButton>("driverCard0")) && f.click(f.find<QRadioButton>("nextNotice1"));
    }

private slots:
    void summaryAndChoices()
    {
        test::AppDriver f;
        QVERIFY(startAtPage8(f));
        const Renewal r = *f.serviceRenewal();
        QCOMPARE(text(f, "summary_plan"), r.selectedPlan()->name);
        QCOMPARE(text(f, "summary_annualPremium"), format::yen(r.quote.annualPremium));
        QCOMPARE(text(f, "summary_lastYearPremium"), format::yen(r.lastYearPremium));
        QCOMPARE(text(f, "summary_paymentMethod"), labels::paymentMethod(r.customer.paymentMethod));
        QVERIFY(text(f, "summary_address").contains(r.customer.postalCode));
        QVERIFY(text(f, "summary_address").contains(r.customer.address1));
        QCOMPARE(text(f, "summary_phone"), r.customer.phone);
        QCOMPARE(text(f, "summary_email"), r.customer.maskedEmail);
        QCOMPARE(text(f, "summary_policyNumber"), r.policyNumber);
        const QByteArray documentRow = "summary_document_" + r.documents.first().id.toLatin1();
        QVERIFY(text(f, documentRow.constData()).contains(r.documents.first().title));
        QVERIFY(text(f, documentRow.constData()).contains(r.documents.first().version));
        QVERIFY(!text(f, documentRow.constData()).contains(QStringLiteral("SHA"))); // no internals on screen
        QVERIFY(!text(f, documentRow.constData()).contains(r.documents.first().sha256.left(8)));

        // 「契約を申し込む」 on a commit page, enabled only with both choices made.
        QAbstractButton *commit = f.wizard()->button(QWizard::CommitButton);
        QVERIFY(commit->isVisible());
        QCOMPARE(commit->text(), QStringLiteral("Apply for the contract"));
        QVERIFY(!commit->isEnabled());
        QVERIFY(f.click(f.find<QRadioButton>("driverCard1")));
        QVERIFY(!commit->isEnabled());
        QVERIFY(f.click(f.find<QRadioButton>("nextNotice0")));
        QVERIFY(commit->isEnabled());
    }

    void everythingIsLockedWhileSending()
    {
        test::AppDriver f;
        QVERIFY(startAtPage8(f));
        QVERIFY(choose(f));
        QAbstractButton *commit = f.wizard()->button(QWizard::CommitButton);
        f.appClient().setExtraHeader("X-Mock-Fault", "latency=800");
        QVERIFY(f.click(commit));
        f.appClient().setExtraHeader("X-Mock-Fault", {});
        QVERIFY(f.controller().isSubmitting());
        QCOMPARE(f.wizard()->currentId(), int(ApplicationPageId));
        QVERIFY(!commit->isEnabled());
        QVERIFY(!f.wizard()->button(QWizard::BackButton)->isEnabled());
        QVERIFY(!f.wizard()->button(QWizard::CancelButton)->isEnabled());
        QVERIFY(!f.find<QRadioButton>("driverCard1")->isEnabled());
        QVERIFY(f.find<QLabel>("pageStatus")->text().startsWith(QStringLiteral("Sending your application")));
        f.wizard()->reject(); // Esc: ignored while sending
        QVERIFY(f.wizard()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(f.wizard()->currentId(), int(CompletionPageId), 10000);
        QCOMPARE(f.controller().submittedRequest()->driverCard, true);
        QCOMPARE(f.controller().submittedRequest()->nextNotice, QStringLiteral("post"));
        // A commit page: there is no way back from the completion page.
        QVERIFY(!f.wizard()->button(QWizard::BackButton)->isEnabled() ||
                !f.wizard()->button(QWizard::BackButton)->isVisible());
    }

    void aServiceErrorIsShownWithARetry()
    {
        test::AppDriver f;
        QVERIFY(startAtPage8(f));
        QVERIFY(choose(f));
        f.appClient().setExtraHeader("X-Mock-Fault", "status=503");
        QVERIFY(f.click(f.wizard()->button(QWizard::CommitButton)));
        auto *status = f.find<QLabel>("pageStatus");
        auto *retry = f.find<QPushButton>("retrySubmitButton");
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 15000);
        QVERIFY(status->property("error").toBool());
        QVERIFY(status->text().contains(QStringLiteral("temporarily unavailable")));
        QCOMPARE(f.wizard()->currentId(), int(ApplicationPageId));
        // A 503 may hide an applied submission: the same one is sent again, so the choices stay as sent.
        QVERIFY(f.controller().hasPendingSubmission());
        QVERIFY(!f.find<QRadioButton>("driverCard1")->isEnabled());
        QVERIFY(f.wizard()->button(QWizard::BackButton)->isEnabled());
        const QString key = f.controller().idempotencyKey();
        f.appClient().setExtraHeader("X-Mock-Fault", {});
        QVERIFY(f.click(retry));
        QTRY_COMPARE_WITH_TIMEOUT(f.wizard()->currentId(), int(CompletionPageId), 10000);
        QCOMPARE(f.controller().idempotencyKey(), key);
        QCOMPARE(f.thankYouMails(), 1);
    }

    void aDefiniteRefusalStartsANewApplication()
    {
        test::AppDriver f;
        QVERIFY(startAtPage8(f));
        QVERIFY(choose(f));
        f.appClient().setExtraHeader("X-Mock-Fault", "status=422");
        QVERIFY(f.click(f.wizard()->button(QWizard::CommitButton)));
        auto *retry = f.find<QPushButton>("retrySubmitButton");
        QTRY_VERIFY(retry->isVisible());
        f.appClient().setExtraHeader("X-Mock-Fault", {});
        QVERIFY(f.find<QLabel>("pageStatus")->text().contains(QStringLiteral("Nothing has been applied")));
        QVERIFY(!f.controller().hasPendingSubmission());
        QVERIFY(f.controller().idempotencyKey().isEmpty());
        // Nothing was applied, so the choices may change before the next attempt.
        auto *noCard = f.find<QRadioButton>("driverCard1");
        QVERIFY(noCard->isEnabled());
        QVERIFY(f.click(noCard));
        QVERIFY(f.clickNext(CompletionPageId));
        QCOMPARE(f.controller().submittedRequest()->driverCard, false);
    }
};

QTEST_MAIN(TestApplicationPage)
#include "tst_page8_application.moc"
