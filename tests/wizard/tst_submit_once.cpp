// 「契約を申し込む」 is applied exactly once: a double click, a connection dropped after the service applied the
// application followed by a retry, and an application already made from elsewhere each end with one new policy,
// whose number the app shows — counted on the service (the renewal, the contract list, the thank-you mails).
#include "support/AppDriver.h"

#include <QLabel>
#include <QPushButton>

using namespace clickar;

class TestSubmitOnce : public QObject
{
    Q_OBJECT

private:
    static bool startReady(test::AppDriver &f)
    {
        if (!f.startApp() || !f.openWizardAfter(Step::Disclosure) || f.wizard()->currentId() != ApplicationPageId)
            return false;
        if (!f.click(f.find<QRadioButton>("driverCard1")) || !f.click(f.find<QRadioButton>("nextNotice0")))
            return false;
        return f.wizard()->button(QWizard::CommitButton)->isEnabled();
    }
    // Exactly one policy on the service, and it is the one the completion page shows.
    static void verifyOnePolicy(test::AppDriver &f)
    {
        QTRY_COMPARE_WITH_TIMEOUT(f.wizard()->currentId(), int(CompletionPageId), 15000);
        const std::optional<Renewal> renewal = f.serviceRenewal();
        QVERIFY(renewal && renewal->submission);
        const QString number = renewal->submission->newPolicyNumber;
        QCOMPARE(f.find<QLabel>("newPolicyNumber")->text(), number);
        QStringList bodies;
        QCOMPARE(f.thankYouMails(&bodies), 1);
        QVERIFY(bodies.first().contains(number));
        const auto contracts =
            test::await<QList<Contract>>([&](QObject *c, auto done) { f.service().contracts({}, c, done); });
        QVERIFY(contracts && contracts->ok());
        int renewed = 0;
        for (const Contract &contract : contracts->value())
            renewed += contract.status == QStringLiteral("renewed") ? 1 : 0;
        QCOMPARE(renewed, 1);
    }

private slots:
    void aDoubleClickAppliesOnce()
    {
        test::AppDriver f;
        QVERIFY(startReady(f));
        int submits = 0;
        connect(&f.mock(), &MockRenewalService::requestServed, this,
                [&submits](const QByteArray &method, const QString &path) {
                    submits += method == "POST" && path.endsWith(QStringLiteral("/submit")) ? 1 : 0;
                });
        QAbstractButton *commit = f.wizard()->button(QWizard::CommitButton);
        QTest::mouseClick(commit, Qt::LeftButton);
        QTest::mouseClick(commit, Qt::LeftButton);
        QTest::mouseDClick(commit, Qt::LeftButton);
        QTest::mouseClick(commit, Qt::LeftButton); // disabled by now: ignored
        verifyOnePolicy(f);
        QCOMPARE(submits, 1); // the app itself sent it once: the service's protection was not even needed
    }

    void aDroppedAnswerAndARetryApplyOnce()
    {
        test::AppDriver f;
        QVERIFY(startReady(f));
        // The service applies the application, then the connection drops before the answer arrives.
        f.appClient().setExtraHeader("X-Mock-Fault", "drop");
        QVERIFY(f.click(f.wizard()->button(QWizard::CommitButton)));
        const QString key = f.controller().idempotencyKey();
        QVERIFY(!key.isEmpty());
        auto *retry = f.find<QPushButton>("retrySubmitButton");
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 15000);
        f.appClient().setExtraHeader("X-Mock-Fault", {});
        QCOMPARE(f.wizard()->currentId(), int(ApplicationPageId));
        const std::optional<Renewal> applied = f.serviceRenewal();
        QVERIFY(applied && applied->status == QStringLiteral("submitted")); // it did reach the service
        QCOMPARE(f.controller().idempotencyKey(), key);                     // kept for the retry
        QVERIFY(f.click(retry));
        verifyOnePolicy(f);
        QCOMPARE(f.find<QLabel>("newPolicyNumber")->text(), applied->submission->newPolicyNumber);
    }

    void anApplicationMadeElsewhereIsShownNotRepeated()
    {
        test::AppDriver f;
        QVERIFY(startReady(f));
        // Another device applies first, with its own idempotency key.
        SubmitRequest request;
        const auto other = test::await<SubmitResult>([&](QObject *c, auto done) {
            f.service().submit(f.prepared().id, request, QStringLiteral("other-device-key"), c, done);
        });
        QVERIFY(other && other->ok());
        QVERIFY(f.click(f.wizard()->button(QWizard::CommitButton)));
        verifyOnePolicy(f);
        QCOMPARE(f.find<QLabel>("newPolicyNumber")->text(), other->value().newPolicyNumber);
        QVERIFY(f.find<QLabel>("thankYouMail")->text().contains(other->value().confirmationEmail.subject));
        QVERIFY(!f.controller().submittedRequest()); // what this app chose was not what was applied
    }
};

QTEST_MAIN(TestSubmitOnce)
#include "tst_submit_once.moc"
