// RenewalClient against the mock over loopback: every endpoint, and every fault kind — a timeout becomes an
// ApiError, only idempotent requests are retried, a submission retried after a dropped answer yields one policy.
#include "support/TestSupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace clickar;
using test::await;

class TestClient : public QObject
{
    Q_OBJECT

private:
    // How many requests the mock served for one route template (retries included).
    static int servedFor(const QSignalSpy &spy, const QString &routeEnd)
    {
        int count = 0;
        for (const QList<QVariant> &call : spy) {
            if (call.at(1).toString().endsWith(routeEnd))
                ++count;
        }
        return count;
    }

    static ApiJobOptions quickOptions()
    {
        ApiJobOptions options;
        options.timeoutMs = 3000;
        options.maxRetries = 2;
        options.retryBaseDelayMs = 10;
        return options;
    }

private slots:
    void refusesPlainHttpToOtherHosts()
    {
        QVERIFY(RenewalClient::checkServerUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))).isEmpty());
        QVERIFY(RenewalClient::checkServerUrl(QUrl(QStringLiteral("http://localhost:8080"))).isEmpty());
        QVERIFY(RenewalClient::checkServerUrl(QUrl(QStringLiteral("http://[::1]:8080"))).isEmpty());
        QVERIFY(RenewalClient::checkServerUrl(QUrl(QStringLiteral("https://renewal.example.jp"))).isEmpty());
        QVERIFY(!RenewalClient::checkServerUrl(QUrl(QStringLiteral("http://renewal.example.jp"))).isEmpty());
        QVERIFY(!RenewalClient::checkServerUrl(QUrl(QStringLiteral("http://192.168.1.10"))).isEmpty());
        QVERIFY(!RenewalClient::checkServerUrl(QUrl(QStringLiteral("ftp://127.0.0.1"))).isEmpty());

        RenewalClient insecure(QUrl(QStringLiteral("http://renewal.example.jp")));
        const auto me = await<Me>([&](QObject *c, auto done) { insecure.me(c, done); });
        QVERIFY(me && !me->ok());
        QCOMPARE(me->error().kind, ApiError::Kind::Insecure);
    }

    void everyEndpoint()
    {
        test::DemoService demo;
        RenewalClient &client = demo.client();
        QVERIFY(demo.signIn(QStringLiteral("tanaka@example.jp")));

        const auto me = await<Me>([&](QObject *c, auto done) { client.me(c, done); });
        QVERIFY(me && me->ok());
        QCOMPARE(me->value().role, QStringLiteral("policyholder"));
        const auto support = await<Support>([&](QObject *c, auto done) { client.support(c, done); });
        QVERIFY(support && support->ok());
        QVERIFY(support->value().insurer.name.contains(QStringLiteral("サンプル損害保険")));

        const auto contracts = await<QList<Contract>>([&](QObject *c, auto done) { client.contracts({}, c, done); });
        QVERIFY(contracts && contracts->ok());
        QCOMPARE(contracts->value().size(), 1);
        const Contract contract = contracts->value().first();
        QVERIFY(contract.isRenewable());
        const auto guide = await<Guide>([&](QObject *c, auto done) { client.guide(contract.policyNumber, c, done); });
        QVERIFY(guide && guide->ok());
        QCOMPARE(guide->value().estimatedMinutes, 10);

        const auto started =
            await<Renewal>([&](QObject *c, auto done) { client.startRenewal(contract.policyNumber, c, done); });
        QVERIFY(started && started->ok());
        Renewal renewal = started->value();
        // The worked example of docs/rating.md §5 is tanaka's last-year plan.
        QCOMPARE(renewal.quote.annualPremium, 35210);
        QCOMPARE(renewal.quote.perInstallment, 2930);
        QCOMPARE(renewal.quote.firstInstallment, 2980);

        const auto again = await<Renewal>([&](QObject *c, auto done) { client.renewal(renewal.id, c, done); });
        QVERIFY(again && again->ok());
        QCOMPARE(again->value(), renewal);

        const auto quote = await<Quote>([&](QObject *c, auto done) {
            client.quote(renewal.id, {{QStringLiteral("paymentMethod"), QStringLiteral("lump")}}, c, done);
        });
        QVERIFY(quote && quote->ok());
        QCOMPARE(quote->value().installments, 1);
        QCOMPARE(quote->value().annualPremium, 35210);

        for (Step step : allSteps()) {
            QJsonObject fields = test::stepFieldsFrom(renewal, step);
            if (step == Step::Disclosure) {
                const DocumentInfo info = renewal.documents.first();
                const auto pdf = await<QByteArray>([&](QObject *c, auto done) { client.document(info.id, c, done); });
                QVERIFY(pdf && pdf->ok());
                const QByteArray sha = QCryptographicHash::hash(pdf->value(), QCryptographicHash::Sha256).toHex();
                QCOMPARE(QString::fromLatin1(sha), info.sha256);
                fields = {{QStringLiteral("eDeliveryConsent"), true},
                          {QStringLiteral("documentSha256"), info.sha256},
                          {QStringLiteral("noticesConfirmed"), true}};
            }
            const auto saved =
                await<Renewal>([&](QObject *c, auto done) { client.confirmStep(renewal, step, fields, c, done); });
            QVERIFY2(saved && saved->ok(), test::problem(saved).constData());
            QVERIFY(saved->value().isConfirmed(step));
            QCOMPARE(saved->value().version, renewal.version + 1);
            renewal = saved->value();
        }

        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto submitted = await<SubmitResult>([&](QObject *c, auto done) {
            client.submit(renewal.id, SubmitRequest{true, QStringLiteral("web")}, key, c, done);
        });
        QVERIFY(submitted && submitted->ok());
        QCOMPARE(submitted->value().newPolicyNumber.size(), 10);
        QCOMPARE(submitted->value().confirmationEmail.subject,
                 QStringLiteral("【御礼】自動車保険のお手続きありがとうございました/サンプル損保"));

        const auto logout = await<Nothing>([&](QObject *c, auto done) { client.logout(c, done); });
        QVERIFY(logout && logout->ok());
        const auto afterLogout = await<Me>([&](QObject *c, auto done) { client.me(c, done); });
        QVERIFY(afterLogout && !afterLogout->ok());
        QCOMPARE(afterLogout->error().code, QStringLiteral("unauthorized"));

        const auto reset = await<Nothing>([&](QObject *c, auto done) { demo.mockClient().reset(c, done); });
        QVERIFY(reset && reset->ok());
    }

    void refreshAndResend()
    {
        test::DemoService demo;
        RenewalClient &client = demo.client();
        const auto login = await<LoginResult>([&](QObject *c, auto done) {
            client.login(QStringLiteral("sato@example.jp"), QStringLiteral("Clickar#2026"), c, done);
        });
        QVERIFY(login && login->ok() && login->value().otpRequired);
        const QString first = demo.latestOtp();
        const auto resent =
            await<int>([&](QObject *c, auto done) { client.resendOtp(login->value().challengeId, c, done); });
        QVERIFY(resent && resent->ok());
        QCOMPARE(resent->value(), 300);
        const auto tokens = await<Tokens>(
            [&](QObject *c, auto done) { client.verifyOtp(login->value().challengeId, demo.latestOtp(), c, done); });
        QVERIFY2(tokens && tokens->ok(), test::problem(tokens).constData());
        const auto refreshed =
            await<Tokens>([&](QObject *c, auto done) { client.refresh(tokens->value().refreshToken, c, done); });
        QVERIFY(refreshed && refreshed->ok());
        QVERIFY(refreshed->value().accessToken != tokens->value().accessToken);
        Q_UNUSED(first)
    }

    void unauthorizedIsSignalled()
    {
        test::DemoService demo;
        QSignalSpy unauthorized(&demo.client(), &RenewalClient::unauthorized);
        const auto me = await<Me>([&](QObject *c, auto done) { demo.client().me(c, done); });
        QVERIFY(me && !me->ok());
        QCOMPARE(me->error().status, 401);
        QCOMPARE(unauthorized.count(), 1);
    }

    void timeoutBecomesAnError()
    {
        test::DemoService demo;
        QVERIFY(demo.signIn(QStringLiteral("suzuki@example.jp")));
        ApiJobOptions options = quickOptions();
        options.timeoutMs = 200;
        options.maxRetries = 0;
        demo.client().setOptions(options);
        demo.client().setExtraHeader("X-Mock-Fault", "latency=2000");
        const auto me = await<Me>([&](QObject *c, auto done) { demo.client().me(c, done); });
        QVERIFY(me && !me->ok());
        QCOMPARE(me->error().kind, ApiError::Kind::Timeout);
        QVERIFY(!me->error().userMessage().isEmpty());
    }

    void onlyIdempotentRequestsAreRetried()
    {
        test::DemoService demo;
        QVERIFY(demo.signIn(QStringLiteral("suzuki@example.jp")));
        demo.client().setOptions(quickOptions());
        QSignalSpy served(&demo.mock(), &MockRenewalService::requestServed);
        demo.client().setExtraHeader("X-Mock-Fault", "status=503");

        const auto me = await<Me>([&](QObject *c, auto done) { demo.client().me(c, done); });
        QVERIFY(me && !me->ok());
        QCOMPARE(me->error().status, 503);
        QCOMPARE(servedFor(served, QStringLiteral("/me")), 3); // the first try and two retries

        const auto login = await<LoginResult>([&](QObject *c, auto done) {
            demo.client().login(QStringLiteral("suzuki@example.jp"), QStringLiteral("Clickar#2026"), c, done);
        });
        QVERIFY(login && !login->ok());
        QCOMPARE(servedFor(served, QStringLiteral("/auth/login")), 1); // a login is never sent twice
    }

    void malformedAnswerIsAnError()
    {
        test::DemoService demo;
        QVERIFY(demo.signIn(QStringLiteral("suzuki@example.jp")));
        demo.client().setExtraHeader("X-Mock-Fault", "malformed");
        const auto contracts =
            await<QList<Contract>>([&](QObject *c, auto done) { demo.client().contracts({}, c, done); });
        QVERIFY(contracts && !contracts->ok());
        QCOMPARE(contracts->error().kind, ApiError::Kind::Malformed);
    }

    void bodySizeIsCapped()
    {
        test::DemoService demo;
        QVERIFY(demo.signIn(QStringLiteral("tanaka@example.jp")));
        const std::optional<Renewal> renewal = demo.startFirstRenewal();
        QVERIFY(renewal);
        ApiJobOptions options = quickOptions();
        options.maxBodyBytes = 1024; // the disclosure PDF is far larger
        demo.client().setOptions(options);
        const auto pdf = await<QByteArray>(
            [&](QObject *c, auto done) { demo.client().document(renewal->documents.first().id, c, done); });
        QVERIFY(pdf && !pdf->ok());
        QCOMPARE(pdf->error().kind, ApiError::Kind::TooLarge);
    }

    void submissionRetriedAfterDropYieldsOnePolicy()
    {
        test::DemoService demo;
        QVERIFY(demo.signIn(QStringLiteral("suzuki@example.jp")));
        std::optional<Renewal> renewal = demo.startFirstRenewal();
        QVERIFY(renewal);
        // suzuki's son is 20 at the start of the new term: the driver range must be 全年齢.
        for (Step step : allSteps()) {
            QJsonObject fields = test::stepFieldsFrom(*renewal, step);
            if (step == Step::Basic)
                fields.insert(QStringLiteral("ageCondition"), QStringLiteral("all"));
            const auto saved = await<Renewal>(
                [&](QObject *c, auto done) { demo.client().confirmStep(*renewal, step, fields, c, done); });
            QVERIFY2(saved && saved->ok(), test::problem(saved).constData());
            renewal = saved->value();
        }

        demo.client().setOptions(quickOptions());
        QSignalSpy served(&demo.mock(), &MockRenewalService::requestServed);
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        demo.client().setExtraHeader("X-Mock-Fault", "drop");
        const auto dropped = await<SubmitResult>(
            [&](QObject *c, auto done) { demo.client().submit(renewal->id, SubmitRequest{}, key, c, done); });
        QVERIFY(dropped && !dropped->ok());
        QCOMPARE(dropped->error().kind, ApiError::Kind::Network);
        // Retried with the same key (Qt's network layer may itself resend once on a closed connection).
        QVERIFY(servedFor(served, QStringLiteral("/submit")) >= 3);

        demo.client().setExtraHeader("X-Mock-Fault", {});
        const auto retried = await<SubmitResult>(
            [&](QObject *c, auto done) { demo.client().submit(renewal->id, SubmitRequest{}, key, c, done); });
        QVERIFY(retried && retried->ok());
        const auto twice = await<SubmitResult>(
            [&](QObject *c, auto done) { demo.client().submit(renewal->id, SubmitRequest{}, key, c, done); });
        QVERIFY(twice && twice->ok());
        QCOMPARE(twice->value().newPolicyNumber, retried->value().newPolicyNumber);

        const auto mails = await<QList<Mail>>([&](QObject *c, auto done) { demo.mockClient().outbox(c, done); });
        QVERIFY(mails && mails->ok());
        int thankYous = 0;
        for (const Mail &mail : mails->value())
            thankYous += mail.subject.startsWith(QStringLiteral("【御礼】")) ? 1 : 0;
        QCOMPARE(thankYous, 1);
    }
};

QTEST_MAIN(TestClient)
#include "tst_client.moc"
