// HTTPS end to end: a throw-away certificate authority and server certificates made with openssl at test time,
// the mock serving HTTPS (as clickar-mock-server --tls-cert/--tls-key), the app's client trusting the extra CA
// (--ca-file) and running a whole renewal, and the certificates it must refuse — for another host, expired, and
// not issued by a trusted authority — each with its plain reason and no way to go on.
#include "support/TestCertificates.h"
#include "support/TestSupport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>
#include <QUuid>

using namespace clickar;
using test::await;

class TestHttps : public QObject
{
    Q_OBJECT

private:
    test::TestCertificates m_certificates;

    static void trustTestCa(RenewalClient &client, const QString &caFile)
    {
        ApiJobOptions options = client.options();
        options.caCertificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
        options.maxRetries = 0;
        client.setOptions(options);
    }
    ApiError refusal(const QString &name)
    {
        std::unique_ptr<MockRenewalService> service = m_certificates.httpsService(name);
        if (!service)
            return {};
        RenewalClient client(service->serverUrl());
        trustTestCa(client, m_certificates.caFile());
        client.setLanguage(QStringLiteral("ja"));
        const auto me = await<Me>([&](QObject *c, auto done) { client.me(c, done); });
        return me && !me->ok() ? me->error() : ApiError{};
    }

private slots:
    void initTestCase() { QVERIFY(m_certificates.make()); }

    void wholeRenewalOverHttps()
    {
        std::unique_ptr<MockRenewalService> service = m_certificates.httpsService(QStringLiteral("loopback"));
        QVERIFY(service);
        QVERIFY(service->serverUrl().toString().startsWith(QStringLiteral("https://127.0.0.1:")));
        RenewalClient client(service->serverUrl());
        trustTestCa(client, m_certificates.caFile());
        QString code;
        connect(service.get(), &MockRenewalService::mailSent, this, [&code](const Mail &mail) {
            static const QRegularExpression six(QStringLiteral("(\\d{6})"));
            code = six.match(mail.body).captured(1);
        });

        const auto login = await<LoginResult>([&](QObject *c, auto done) {
            client.login(QStringLiteral("tanaka@example.jp"), QStringLiteral("Clickar#2026"), c, done);
        });
        QVERIFY2(login && login->ok(), test::problem(login).constData());
        QVERIFY(login->value().otpRequired && code.size() == 6);
        const auto tokens =
            await<Tokens>([&](QObject *c, auto done) { client.verifyOtp(login->value().challengeId, code, c, done); });
        QVERIFY2(tokens && tokens->ok(), test::problem(tokens).constData());
        client.setAccessToken(tokens->value().accessToken);
        const auto contracts = await<QList<Contract>>([&](QObject *c, auto done) { client.contracts({}, c, done); });
        QVERIFY(contracts && contracts->ok() && !contracts->value().isEmpty());
        const auto started =
            await<Renewal>([&](QObject *c, auto done) { client.startRenewal(QStringLiteral("7012345601"), c, done); });
        QVERIFY2(started && started->ok(), test::problem(started).constData());
        Renewal renewal = started->value();
        for (Step step : allSteps()) {
            QJsonObject fields = test::stepFieldsFrom(renewal, step);
            if (step == Step::Disclosure) {
                const DocumentInfo info = renewal.documents.first();
                const auto pdf = await<QByteArray>([&](QObject *c, auto done) { client.document(info.id, c, done); });
                QVERIFY(pdf && pdf->ok() && pdf->value().startsWith("%PDF"));
                fields = {{QStringLiteral("eDeliveryConsent"), true},
                          {QStringLiteral("documentSha256"), info.sha256},
                          {QStringLiteral("noticesConfirmed"), true}};
            }
            const auto saved =
                await<Renewal>([&](QObject *c, auto done) { client.confirmStep(renewal, step, fields, c, done); });
            QVERIFY2(saved && saved->ok(), test::problem(saved).constData());
            renewal = saved->value();
        }
        const auto submitted = await<SubmitResult>([&](QObject *c, auto done) {
            client.submit(renewal.id, SubmitRequest{true, QStringLiteral("web")},
                          QUuid::createUuid().toString(QUuid::WithoutBraces), c, done);
        });
        QVERIFY2(submitted && submitted->ok(), test::problem(submitted).constData());
        QCOMPARE(submitted->value().newPolicyNumber.size(), 10);
    }

    void plainHttpToAnHttpsServiceFails()
    {
        std::unique_ptr<MockRenewalService> service = m_certificates.httpsService(QStringLiteral("loopback"));
        QVERIFY(service);
        QUrl plain = service->serverUrl();
        plain.setScheme(QStringLiteral("http"));
        RenewalClient client(plain);
        ApiJobOptions options = client.options();
        options.maxRetries = 0;
        client.setOptions(options);
        const auto me = await<Me>([&](QObject *c, auto done) { client.me(c, done); });
        QVERIFY(me && !me->ok()); // the server answers a TLS alert or closes: never a JSON answer
    }

    void refusedCertificates_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("another host") << QStringLiteral("otherhost") << QStringLiteral("tls_host_mismatch")
                                      << QStringLiteral("belongs to another server");
        QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("tls_expired")
                                 << QStringLiteral("has expired");
        QTest::newRow("not valid yet") << QStringLiteral("notyetvalid") << QStringLiteral("tls_not_yet_valid")
                                       << QStringLiteral("is not valid yet");
        QTest::newRow("self-signed") << QStringLiteral("selfsigned") << QStringLiteral("tls_self_signed")
                                     << QStringLiteral("is self-signed");
    }
    void refusedCertificates()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, code);
        QFETCH(QString, reason);
        const ApiError error = refusal(certificate);
        QCOMPARE(error.kind, ApiError::Kind::Tls);
        QCOMPARE(error.code, code);
        QVERIFY(!error.isTransient());
        QVERIFY2(error.userMessage().contains(reason), qPrintable(error.userMessage()));
        QVERIFY(error.userMessage().contains(QStringLiteral("administrator")));
        // Expired or not valid yet: the server is the right one; the dates (or this computer's clock) are not.
        QCOMPARE(error.userMessage().contains(QStringLiteral("date and time")),
                 certificate == QStringLiteral("expired") || certificate == QStringLiteral("notyetvalid"));
        QVERIFY2(error.technical.contains(code), qPrintable(error.technical));
        QVERIFY(!error.technical.contains(QStringLiteral("tanaka")));
    }

    void untrustedWithoutTheCaFile()
    {
        std::unique_ptr<MockRenewalService> service = m_certificates.httpsService(QStringLiteral("loopback"));
        QVERIFY(service);
        RenewalClient client(service->serverUrl()); // the system's authorities only
        const auto me = await<Me>([&](QObject *c, auto done) { client.me(c, done); });
        QVERIFY(me && !me->ok());
        QCOMPARE(me->error().kind, ApiError::Kind::Tls);
        QCOMPARE(me->error().code, QStringLiteral("tls_untrusted"));
    }
};

QTEST_MAIN(TestHttps)
#include "tst_https.moc"
