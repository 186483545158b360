// Bad days on demand: X-Mock-Fault per request and the server-wide latency and failure rate.
#include "tst_mockhttp.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace mocktest;
using clickar::MockOptions;
using clickar::MockRenewalService;

class TestMockFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void latency();
    void status_data();
    void status();
    void everyInjectableStatus();
    void statusFaultAppliesNothing();
    void drop();
    void submitAppliedThenDropped();
    void malformed();
    void unknownFault();
    void lateAnswerToAGoneClient();
    void serverWideLatency();
    void serverWideFailures();
    void failuresAreSeeded();

private:
    Headers fault(const QByteArray &value) const { return Http::withToken(m_token, {{"X-Mock-Fault", value}}); }

    std::unique_ptr<MockRenewalService> m_service;
    std::unique_ptr<Http> m_http;
    QString m_token;
};

void TestMockFaults::initTestCase()
{
    m_service = startService();
    QVERIFY(m_service);
    m_http = std::make_unique<Http>(m_service->serverUrl());
}

void TestMockFaults::init()
{
    QCOMPARE(m_http->post(QStringLiteral("/_mock/reset"), {}).status, 204);
    m_token = m_http->login(QStringLiteral("suzuki@example.jp"));
    QVERIFY(!m_token.isEmpty());
}

void TestMockFaults::latency()
{
    QElapsedTimer timer;
    timer.start();
    const Response r = m_http->send("GET", QStringLiteral("/me"), {}, fault("latency=300"));
    QCOMPARE(r.status, 200);
    QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(r.object()[QStringLiteral("role")].toString(), QStringLiteral("policyholder"));
}

void TestMockFaults::status_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("503") << QByteArray("status=503") << 503 << QStringLiteral("unavailable");
    QTest::newRow("500") << QByteArray("status=500") << 500 << QStringLiteral("internal");
    QTest::newRow("429") << QByteArray("status=429") << 429 << QStringLiteral("rate_limited");
    QTest::newRow("401") << QByteArray("status=401") << 401 << QStringLiteral("unauthorized");
    QTest::newRow("409") << QByteArray("status=409") << 409 << QStringLiteral("version_conflict");
    QTest::newRow("502") << QByteArray("status=502") << 502 << QStringLiteral("internal");
    QTest::newRow("spaces, case") << QByteArray(" Status = 503 ") << 503 << QStringLiteral("unavailable");
}

void TestMockFaults::status()
{
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Response r = m_http->send("GET", QStringLiteral("/contracts"), {}, fault(header));
    QCOMPARE(r.status, status);
    QCOMPARE(r.code(), code);
    QVERIFY(!r.message().isEmpty());
    QVERIFY(r.contentType.startsWith("application/json"));
    if (status == 503 || status == 429)
        QVERIFY(!r.header("Retry-After").isEmpty());
}

void TestMockFaults::everyInjectableStatus()
{
    for (int code : {400, 401, 403, 404, 405, 408, 409, 410, 413, 415, 422, 423, 428, 429, 500, 501, 502, 503, 504}) {
        const Response r =
            m_http->send("GET", QStringLiteral("/support"), {}, fault("status=" + QByteArray::number(code)));
        QCOMPARE(r.status, code);
        QVERIFY2(!r.code().isEmpty(), qPrintable(QString::number(code)));
    }
}

void TestMockFaults::statusFaultAppliesNothing()
{
    const Response r = m_http->send("POST", QStringLiteral("/contracts/7012345602/renewals"), {}, fault("status=503"));
    QCOMPARE(r.status, 503);
    QCOMPARE(m_http->post(QStringLiteral("/contracts/7012345602/renewals"), {}, m_token).status, 201);
}

void TestMockFaults::drop()
{
    QSignalSpy served(m_service.get(), &MockRenewalService::requestServed);
    const Response r = m_http->send("GET", QStringLiteral("/me"), {}, fault("drop"));
    QCOMPARE(r.status, 0);
    QVERIFY(r.error != QNetworkReply::NoError);
    QVERIFY(!served.isEmpty());
    QCOMPARE(served.last().at(1).toString(), QStringLiteral("/api/v1/me"));
    QCOMPARE(served.last().at(2).toInt(), 0);
    QCOMPARE(m_http->get(QStringLiteral("/me"), m_token).status, 200); // the service is still there
}

void TestMockFaults::submitAppliedThenDropped()
{
    const QJsonObject ready = m_http->confirmAll(m_token, [&] {
        QJsonObject r = m_http->renewal(m_token, QStringLiteral("7012345602"));
        // suzuki's son is 20: the age condition must become 全年齢 before the rest can be confirmed
        r = m_http->step(m_token, r, QStringLiteral("preconfirm"), {}).object();
        return m_http
            ->step(m_token, r, QStringLiteral("basic"),
                   {{QStringLiteral("limit"), QStringLiteral("family")},
                    {QStringLiteral("ageCondition"), QStringLiteral("all")},
                    {QStringLiteral("licenceColour"), QStringLiteral("blue")}})
            .object();
    }());
    QVERIFY(!ready.isEmpty());
    const QString path = QStringLiteral("/renewals/%1/submit").arg(ready[QStringLiteral("id")].toString());
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray body = R"({"driverCard": true, "nextNotice": "post"})";
    Headers headers = fault("drop");
    headers.append({"Idempotency-Key", key});
    const Response lost = m_http->send("POST", path, body, headers);
    QCOMPARE(lost.status, 0); // the client never heard back…

    // …but the service applied it: a retry with the same key gets the result, and nothing is applied twice.
    const Response retry = m_http->send("POST", path, body, Http::withToken(m_token, {{"Idempotency-Key", key}}));
    QCOMPARE(retry.status, 200);
    const QString number = retry.object()[QStringLiteral("newPolicyNumber")].toString();
    QVERIFY(!number.isEmpty());
    const QJsonObject renewal =
        m_http->get(QStringLiteral("/renewals/%1").arg(ready[QStringLiteral("id")].toString()), m_token).object();
    QCOMPARE(renewal[QStringLiteral("submission")][QStringLiteral("newPolicyNumber")].toString(), number);
    int thanks = 0;
    for (const QJsonValue &mail : m_http->get(QStringLiteral("/_mock/outbox")).array())
        thanks += mail[QStringLiteral("body")].toString().contains(number);
    QCOMPARE(thanks, 1);
}

void TestMockFaults::malformed()
{
    const Response r = m_http->send("GET", QStringLiteral("/contracts"), {}, fault("malformed"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.contentType.startsWith("application/json"));
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QVERIFY(!r.body.isEmpty());
    // An error answer is mangled too.
    const Response e = m_http->send("GET", QStringLiteral("/renewals/none"), {}, fault("malformed"));
    QCOMPARE(e.status, 200);
    QJsonDocument::fromJson(e.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestMockFaults::unknownFault()
{
    for (const QByteArray &bad : {QByteArray("explode"), QByteArray("status=200"), QByteArray("latency=-5"),
                                  QByteArray("status=abc"), QByteArray("latency=999999")}) {
        const Response r = m_http->send("GET", QStringLiteral("/me"), {}, fault(bad));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("bad_request"));
    }
}

void TestMockFaults::lateAnswerToAGoneClient()
{
    QSignalSpy served(m_service.get(), &MockRenewalService::requestServed);
    QNetworkReply *reply = m_http->start("GET", QStringLiteral("/me"), {}, fault("latency=200"));
    QCOMPARE(served.size(), 0); // nothing answered yet
    QTimer::singleShot(50, reply, [reply] { reply->abort(); });
    QTRY_COMPARE_WITH_TIMEOUT(served.size(), 1, 5000);
    QCOMPARE(served.first().at(2).toInt(), 0); // the client was gone: nothing written
    reply->deleteLater();
    QCOMPARE(m_http->get(QStringLiteral("/me"), m_token).status, 200);

    // The service itself going away with a late answer pending does not crash either.
    auto doomed = startService();
    Http other(doomed->serverUrl());
    QNetworkReply *pending = other.start("GET", QStringLiteral("/_mock/outbox"), {}, {{"X-Mock-Fault", "latency=500"}});
    QTRY_VERIFY(pending->isRunning());
    doomed.reset();
    const Response gone = Http::wait(pending, 5000);
    QCOMPARE(gone.status, 0);
}

void TestMockFaults::serverWideLatency()
{
    MockOptions options;
    options.latencyMs = 600;
    auto slow = startService(options);
    Http http(slow->serverUrl());
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(http.get(QStringLiteral("/_mock/outbox")).status, 200); // mock-only routes are not delayed
    QVERIFY(timer.elapsed() < 600);
    timer.restart();
    QCOMPARE(http.post(QStringLiteral("/auth/login"), {{QStringLiteral("email"), QStringLiteral("a@b")},
                                                       {QStringLiteral("password"), QStringLiteral("x")}})
                 .status,
             401);
    QVERIFY(timer.elapsed() >= 590);
}

void TestMockFaults::serverWideFailures()
{
    MockOptions options;
    options.failRate = 1.0;
    auto failing = startService(options);
    Http http(failing->serverUrl());
    const Response r =
        http.post(QStringLiteral("/auth/login"), {{QStringLiteral("email"), QStringLiteral("suzuki@example.jp")},
                                                  {QStringLiteral("password"), password}});
    QCOMPARE(r.status, 503);
    QCOMPARE(r.code(), QStringLiteral("unavailable"));
    QCOMPARE(http.get(QStringLiteral("/_mock/outbox")).status, 200);
}

void TestMockFaults::failuresAreSeeded()
{
    auto run = [](quint32 seed) {
        MockOptions options;
        options.failRate = 0.5;
        options.seed = seed;
        auto service = startService(options);
        Http http(service->serverUrl());
        QList<int> statuses;
        for (int i = 0; i < 16; ++i)
            statuses.append(http.get(QStringLiteral("/me")).status);
        return statuses;
    };
    const QList<int> a = run(7);
    QCOMPARE(run(7), a);
    QVERIFY(a.contains(503) && a.contains(401)); // some failed at random, the others reached the route
}

QTEST_GUILESS_MAIN(TestMockFaults)
#include "tst_mockfaults.moc"
