// RenewalController, the façade the pages talk to, against the mock over loopback: one thing that changes the
// renewal at a time (a step save or the submission: busy), and the parts' news forwarded — a changed renewal
// re-quotes and reaches the pages, an accepted application is announced.
#include "support/TestSupport.h"
#include "wizard/RenewalController.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace clickar;

class TestRenewalController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoService> m_demo;
    std::unique_ptr<RenewalController> m_controller;
    QList<QByteArray> m_sent; // "PUT" for a step save, "POST submit" for a submission

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_demo = std::make_unique<test::DemoService>();
        // all but the last: one save left before the application
        const std::optional<Renewal> renewal = m_demo->startRenewalFor(
            QStringLiteral("tanaka@example.jp"),
            {Step::Preconfirm, Step::Basic, Step::Coverage, Step::Details, Step::Decision, Step::Customer});
        QVERIFY(renewal);
        m_controller = std::make_unique<RenewalController>(&m_demo->client(), *renewal);
        m_sent.clear();
        connect(&m_demo->mock(), &MockRenewalService::requestServed, this,
                [this](const QByteArray &method, const QString &path) {
                    if (method == "PUT" && path.contains(QStringLiteral("/steps/")))
                        m_sent.append("PUT");
                    if (method == "POST" && path.endsWith(QStringLiteral("/submit")))
                        m_sent.append("POST submit");
                });
    }

    void cleanup()
    {
        m_controller.reset();
        m_demo.reset();
    }

    void oneChangeAtATime()
    {
        QSignalSpy busy(m_controller.get(), &RenewalController::busyChanged);
        QSignalSpy saved(m_controller->steps(), &StepSaver::stepSaved);
        const Renewal &renewal = m_controller->renewal();
        m_controller->confirmStep(Step::Disclosure, test::stepFieldsFrom(renewal, Step::Disclosure));
        QVERIFY(m_controller->isBusy());
        m_controller->submit(SubmitRequest()); // while the save is on its way: ignored
        QVERIFY(!m_controller->isSubmitting());
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(!m_controller->isBusy());
        QCOMPARE(busy.count(), 2);

        QSignalSpy submitted(m_controller.get(), &RenewalController::submitted);
        m_controller->submit(SubmitRequest());
        QVERIFY(m_controller->isBusy());
        QVERIFY(m_controller->isSubmitting());
        m_controller->confirmStep(Step::Disclosure, test::stepFieldsFrom(renewal, Step::Disclosure)); // ignored
        QVERIFY(!m_controller->steps()->isSaving());
        QTRY_COMPARE(submitted.count(), 1);
        QVERIFY(!m_controller->isBusy());
        QCOMPARE(busy.count(), 4);
        QVERIFY(m_controller->isSubmitted());
        QCOMPARE(m_sent, (QList<QByteArray>{"PUT", "POST submit"}));
    }

    void aChangedRenewalReachesThePagesAfterThePremiums()
    {
        QSignalSpy changed(m_controller.get(), &RenewalController::renewalChanged);
        const QJsonObject business{{QStringLiteral("use"), QStringLiteral("business")}};
        m_controller->requoter()->requestQuote(business);
        QTRY_VERIFY(!m_controller->isQuoting());
        bool quotingWhenShown = false;
        connect(m_controller.get(), &RenewalController::renewalChanged, this,
                [&] { quotingWhenShown = m_controller->isQuoting(); });
        m_controller->reload();
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<Renewal>(), m_controller->renewal());
        // The unsaved choice is quoted again against the reloaded renewal, already under way when pages hear of it.
        QVERIFY(quotingWhenShown);
        QTRY_VERIFY(!m_controller->isQuoting());
        QCOMPARE(m_controller->requoter()->unsavedSelections(), business);
    }
};

QTEST_MAIN(TestRenewalController)
#include "tst_renewal_controller.moc"
