// Submission against the mock over loopback: sent once while on its way; the idempotency key (and the request) is
// kept after an unclear outcome, so the retry is answered with the first result instead of a second application,
// and is new after a clear refusal; an application made elsewhere shows the service's policy.
#include "support/TestSupport.h"
#include "wizard/StepSaver.h"
#include "wizard/Submission.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace clickar;

class TestSubmission : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoService> m_demo;
    std::unique_ptr<StepSaver> m_renewal;
    std::unique_ptr<Submission> m_submission;
    QList<int> m_submitStatuses; // the status the mock answered each POST …/submit with (0: no answer)

    static SubmitRequest request(bool driverCard, const QString &nextNotice)
    {
        SubmitRequest r;
        r.driverCard = driverCard;
        r.nextNotice = nextNotice;
        return r;
    }
    static bool same(const std::optional<SubmitRequest> &a, const SubmitRequest &b)
    {
        return a && a->driverCard == b.driverCard && a->nextNotice == b.nextNotice;
    }
    std::optional<Renewal> fetch() { return m_demo->fetchRenewal(m_renewal->renewal().id); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_demo = std::make_unique<test::DemoService>();
        // every step confirmed: ready to apply
        const std::optional<Renewal> renewal = m_demo->startRenewalFor(QStringLiteral("tanaka@example.jp"), allSteps());
        QVERIFY(renewal);
        m_renewal = std::make_unique<StepSaver>(&m_demo->client(), *renewal);
        m_submission = std::make_unique<Submission>(&m_demo->client(), m_renewal.get());
        m_submitStatuses.clear();
        connect(&m_demo->mock(), &MockRenewalService::requestServed, this,
                [this](const QByteArray &method, const QString &path, int status) {
                    if (method == "POST" && path.endsWith(QStringLiteral("/submit")))
                        m_submitStatuses.append(status);
                });
    }

    void cleanup()
    {
        m_submission.reset();
        m_renewal.reset();
        m_demo.reset();
    }

    void sentOnceWhileOnItsWay()
    {
        QSignalSpy submitting(m_submission.get(), &Submission::submittingChanged);
        QSignalSpy submitted(m_submission.get(), &Submission::submitted);
        QSignalSpy changed(m_renewal.get(), &StepSaver::renewalChanged);
        const SubmitRequest chosen = request(true, QStringLiteral("post"));
        m_submission->submit(chosen);
        QVERIFY(m_submission->isSubmitting());
        m_submission->submit(chosen); // a double click
        m_submission->submit(request(false, QStringLiteral("web")));
        QTRY_COMPARE(submitted.count(), 1);
        QCOMPARE(m_submitStatuses, QList<int>{200});
        QCOMPARE(submitting.count(), 2);
        QVERIFY(!m_submission->isSubmitting());
        QVERIFY(m_submission->isSubmitted());
        QVERIFY(!m_submission->hasPendingSubmission());
        QVERIFY(same(m_submission->submittedRequest(), chosen));
        // The outcome is the renewal's: submitted, with the policy the service issued.
        const SubmitResult result = submitted.first().first().value<SubmitResult>();
        QVERIFY(!result.newPolicyNumber.isEmpty());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_renewal->renewal().status, QStringLiteral("submitted"));
        QCOMPARE(m_renewal->renewal().submission, std::optional<SubmitResult>(result));
        QCOMPARE(fetch()->submission->newPolicyNumber, result.newPolicyNumber);

        m_submission->submit(chosen); // once submitted, never again
        QVERIFY(!m_submission->isSubmitting());
        QCOMPARE(m_submitStatuses.size(), 1);
    }

    void theKeyIsKeptUntilAnAnswerCame()
    {
        QSignalSpy submitted(m_submission.get(), &Submission::submitted);
        QSignalSpy failed(m_submission.get(), &Submission::submitFailed);
        // The service applies the application, then the connection drops before the answer arrives.
        m_demo->client().setExtraHeader("X-Mock-Fault", "drop");
        const SubmitRequest first = request(true, QStringLiteral("post"));
        m_submission->submit(first);
        const QString key = m_submission->idempotencyKey();
        QVERIFY(!key.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Network);
        QVERIFY(m_submission->hasPendingSubmission());
        QCOMPARE(m_submission->idempotencyKey(), key);
        QVERIFY(!m_submission->isSubmitted());
        m_demo->client().setExtraHeader("X-Mock-Fault", {});
        QCOMPARE(fetch()->status, QStringLiteral("submitted")); // it did reach the service

        // The retry is the same request under the same key, whatever is passed now: the service answers it with
        // the result it stored (200), not as a second application (409 already_submitted).
        m_submitStatuses.clear();
        m_submission->submit(request(false, QStringLiteral("web")));
        QCOMPARE(m_submission->idempotencyKey(), key);
        QTRY_COMPARE(submitted.count(), 1);
        QCOMPARE(m_submitStatuses, QList<int>{200});
        QVERIFY(same(m_submission->submittedRequest(), first));
        QCOMPARE(submitted.first().first().value<SubmitResult>().newPolicyNumber, fetch()->submission->newPolicyNumber);
        QVERIFY(!m_submission->hasPendingSubmission());
    }

    void aServerErrorKeepsTheKey()
    {
        QSignalSpy submitted(m_submission.get(), &Submission::submitted);
        QSignalSpy failed(m_submission.get(), &Submission::submitFailed);
        m_demo->client().setExtraHeader("X-Mock-Fault", "status=502");
        const SubmitRequest first = request(true, QStringLiteral("web"));
        m_submission->submit(first);
        const QString key = m_submission->idempotencyKey();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
        QCOMPARE(failed.first().first().value<ApiError>().status, 502);
        QCOMPARE(m_submission->idempotencyKey(), key);
        QVERIFY(m_submission->hasPendingSubmission());

        m_demo->client().setExtraHeader("X-Mock-Fault", {});
        m_submission->submit(request(false, QStringLiteral("post")));
        QCOMPARE(m_submission->idempotencyKey(), key);
        QTRY_COMPARE(submitted.count(), 1);
        QVERIFY(same(m_submission->submittedRequest(), first));
    }

    void aClearRefusalAllowsANewApplication()
    {
        QSignalSpy submitted(m_submission.get(), &Submission::submitted);
        QSignalSpy failed(m_submission.get(), &Submission::submitFailed);
        m_demo->client().setExtraHeader("X-Mock-Fault", "status=422");
        m_submission->submit(request(true, QStringLiteral("web")));
        const QString refusedKey = m_submission->idempotencyKey();
        QVERIFY(!refusedKey.isEmpty());
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().status, 422);
        // Nothing was applied: no key, no request kept.
        QVERIFY(m_submission->idempotencyKey().isEmpty());
        QVERIFY(!m_submission->hasPendingSubmission());
        QVERIFY(!m_submission->isSubmitting());
        m_demo->client().setExtraHeader("X-Mock-Fault", {});
        QCOMPARE(fetch()->status, QStringLiteral("draft"));

        const SubmitRequest corrected = request(false, QStringLiteral("post"));
        m_submission->submit(corrected);
        QVERIFY(!m_submission->idempotencyKey().isEmpty());
        QVERIFY(m_submission->idempotencyKey() != refusedKey);
        QTRY_COMPARE(submitted.count(), 1);
        QVERIFY(same(m_submission->submittedRequest(), corrected));
    }

    void anApplicationMadeElsewhereShowsTheServicesPolicy()
    {
        const auto other = test::await<SubmitResult>([&](QObject *c, auto done) {
            m_demo->client().submit(m_renewal->renewal().id, SubmitRequest(), QStringLiteral("other-device-key"), c,
                                    done);
        });
        QVERIFY(other && other->ok());
        m_submitStatuses.clear();
        QSignalSpy submitted(m_submission.get(), &Submission::submitted);
        QSignalSpy reloaded(m_renewal.get(), &StepSaver::reloaded);
        m_submission->submit(request(true, QStringLiteral("post")));
        QTRY_COMPARE(submitted.count(), 1);
        QCOMPARE(m_submitStatuses, QList<int>{409});
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(submitted.first().first().value<SubmitResult>().newPolicyNumber, other->value().newPolicyNumber);
        QCOMPARE(m_renewal->renewal().submission->newPolicyNumber, other->value().newPolicyNumber);
        QVERIFY(!m_submission->submittedRequest()); // what this app chose is not what was applied
        QVERIFY(!m_submission->isSubmitting());
    }

    void waitsForAStepSaveOnItsWay()
    {
        QSignalSpy saved(m_renewal.get(), &StepSaver::stepSaved);
        m_renewal->confirmStep(Step::Disclosure, test::stepFieldsFrom(m_renewal->renewal(), Step::Disclosure));
        m_submission->submit(request(true, QStringLiteral("web")));
        QVERIFY(!m_submission->isSubmitting());
        QVERIFY(m_submission->idempotencyKey().isEmpty());
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(m_submitStatuses.isEmpty());
    }
};

QTEST_MAIN(TestSubmission)
#include "tst_submission.moc"
