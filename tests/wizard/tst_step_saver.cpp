// StepSaver against the mock over loopback: a step saved is the service's answer held as the renewal, one save at
// a time, a refused or failed save keeps the renewal as it was, a version conflict loads the latest version, and
// reload fetches the service's renewal (or keeps the held one when it cannot).
#include "support/TestSupport.h"
#include "wizard/StepSaver.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace clickar;

class TestStepSaver : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoService> m_demo;
    std::unique_ptr<StepSaver> m_saver;

    // Saves `step` with the renewal's own values as another window or device would, behind the saver's back.
    std::optional<Renewal> saveElsewhere(const Renewal &renewal, Step step) { return m_demo->confirm(renewal, step); }

    qsizetype stepPuts() const { return m_demo->requestsServed("PUT", QStringLiteral("/steps/")); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_demo = std::make_unique<test::DemoService>();
        const std::optional<Renewal> renewal = m_demo->startRenewalFor(QStringLiteral("tanaka@example.jp"));
        QVERIFY(renewal);
        QVERIFY(renewal->confirmedSteps.isEmpty());
        m_saver = std::make_unique<StepSaver>(&m_demo->client(), *renewal);
    }

    void cleanup()
    {
        m_saver.reset();
        m_demo.reset();
    }

    void aSavedStepIsTheServicesAnswer()
    {
        QSignalSpy saving(m_saver.get(), &StepSaver::savingChanged);
        QSignalSpy changed(m_saver.get(), &StepSaver::renewalChanged);
        QSignalSpy saved(m_saver.get(), &StepSaver::stepSaved);
        const int before = m_saver->renewal().version;
        m_saver->confirmStep(Step::Preconfirm, {});
        QVERIFY(m_saver->isSaving()); // returns at once; the page shows it is busy
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().value<Step>(), Step::Preconfirm);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!m_saver->isSaving());
        QCOMPARE(saving.count(), 2);
        QVERIFY(m_saver->renewal().isConfirmed(Step::Preconfirm));
        QVERIFY(m_saver->renewal().version > before);
        QCOMPARE(m_saver->renewal(), test::await<Renewal>([&](QObject *c, auto done) {
                                         m_demo->client().renewal(m_saver->renewal().id, c, done);
                                     })->value());
    }

    void oneSaveAtATime()
    {
        QSignalSpy saved(m_saver.get(), &StepSaver::stepSaved);
        m_saver->confirmStep(Step::Preconfirm, {});
        m_saver->confirmStep(Step::Preconfirm, {}); // a second Next while the first is on its way
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(stepPuts(), 1);
    }

    void aRefusedSaveKeepsTheRenewal()
    {
        QSignalSpy saved(m_saver.get(), &StepSaver::stepSaved);
        m_saver->confirmStep(Step::Preconfirm, {});
        QTRY_COMPARE(saved.count(), 1);
        const Renewal before = m_saver->renewal();
        QSignalSpy changed(m_saver.get(), &StepSaver::renewalChanged);
        QSignalSpy failed(m_saver.get(), &StepSaver::stepFailed);

        QJsonObject fields = test::stepFieldsFrom(before, Step::Basic);
        fields.insert(QStringLiteral("limit"), QStringLiteral("nobody"));
        m_saver->confirmStep(Step::Basic, fields);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<Step>(), Step::Basic);
        const ApiError refused = failed.first().at(1).value<ApiError>();
        QCOMPARE(refused.status, 422);
        QVERIFY(refused.fieldMessages().contains(QStringLiteral("limit")));
        QCOMPARE(m_saver->renewal(), before);
        QVERIFY(!m_saver->isSaving());

        // A step out of order is refused as well, naming the missing step.
        m_saver->confirmStep(Step::Details, test::stepFieldsFrom(before, Step::Details));
        QTRY_COMPARE(failed.count(), 2);
        QCOMPARE(failed.at(1).at(1).value<ApiError>().status, 422);
        QVERIFY(failed.at(1).at(1).value<ApiError>().fieldMessages().contains(QStringLiteral("step")));

        // So is a save the service fails to answer properly.
        m_demo->client().setExtraHeader("X-Mock-Fault", "status=500");
        m_saver->confirmStep(Step::Basic, test::stepFieldsFrom(before, Step::Basic));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 3, 15000);
        QCOMPARE(failed.at(2).at(1).value<ApiError>().status, 500);
        QCOMPARE(m_saver->renewal(), before);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(saved.count(), 1);
        QVERIFY(!m_saver->isSaving());

        // Nothing was lost: the next attempt saves.
        m_demo->client().setExtraHeader("X-Mock-Fault", {});
        m_saver->confirmStep(Step::Basic, test::stepFieldsFrom(before, Step::Basic));
        QTRY_COMPARE(saved.count(), 2);
        QVERIFY(m_saver->renewal().isConfirmed(Step::Basic));
    }

    void aVersionConflictLoadsTheLatestVersion()
    {
        const Renewal stale = m_saver->renewal();
        const std::optional<Renewal> elsewhere = saveElsewhere(stale, Step::Preconfirm);
        QVERIFY(elsewhere);
        QVERIFY(elsewhere->version > stale.version);

        QSignalSpy failed(m_saver.get(), &StepSaver::stepFailed);
        QSignalSpy reloaded(m_saver.get(), &StepSaver::reloaded);
        QSignalSpy saving(m_saver.get(), &StepSaver::savingChanged);
        m_saver->confirmStep(Step::Preconfirm, {});
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(1).value<ApiError>().code, QStringLiteral("version_conflict"));
        QCOMPARE(reloaded.count(), 1); // before the page is told, so its next attempt goes against it
        QCOMPARE(m_saver->renewal(), *elsewhere);
        QCOMPARE(saving.count(), 2); // busy throughout, reload included
        QVERIFY(!m_saver->isSaving());

        QSignalSpy saved(m_saver.get(), &StepSaver::stepSaved);
        m_saver->confirmStep(Step::Basic, test::stepFieldsFrom(*elsewhere, Step::Basic));
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(m_saver->renewal().isConfirmed(Step::Basic));
    }

    void reloadFetchesTheServicesRenewal()
    {
        const std::optional<Renewal> elsewhere = saveElsewhere(m_saver->renewal(), Step::Preconfirm);
        QVERIFY(elsewhere);
        QSignalSpy changed(m_saver.get(), &StepSaver::renewalChanged);
        QSignalSpy reloaded(m_saver.get(), &StepSaver::reloaded);
        std::optional<std::optional<ApiError>> outcome;
        m_saver->reload([&outcome](const std::optional<ApiError> &error) { outcome = error; });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(!outcome->has_value());
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<Renewal>(), *elsewhere);
        QCOMPARE(m_saver->renewal(), *elsewhere);
    }

    void aFailedReloadKeepsTheRenewal()
    {
        const Renewal before = m_saver->renewal();
        QSignalSpy changed(m_saver.get(), &StepSaver::renewalChanged);
        QSignalSpy failed(m_saver.get(), &StepSaver::reloadFailed);
        m_demo->client().setExtraHeader("X-Mock-Fault", "status=404");
        std::optional<std::optional<ApiError>> outcome;
        m_saver->reload([&outcome](const std::optional<ApiError> &error) { outcome = error; });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(outcome->has_value());
        QCOMPARE((*outcome)->status, 404);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_saver->renewal(), before);
    }
};

QTEST_MAIN(TestStepSaver)
#include "tst_step_saver.moc"
