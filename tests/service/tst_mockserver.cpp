// The mock as an HTTP server: routing, bad requests, size cap, concurrency, reset, seed files, logs.
#include "tst_mockhttp.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace mocktest;
using clickar::MockOptions;
using clickar::MockRenewalService;

class TestMockServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void routesAreTheApi();
    void unknownRoute();
    void wrongMethod();
    void badJson_data();
    void badJson();
    void bodyTooLarge();
    void declaredBodyTooLarge();
    void twentyConcurrentClients();
    void resetRestoresTheSeed();
    void logsNeverShowIds();
    void badSeedFile();
    void otherSeedFile();
    void portInUse();

private:
    std::unique_ptr<MockRenewalService> m_service;
    std::unique_ptr<Http> m_http;
    QString m_token;
};

void TestMockServer::initTestCase()
{
    m_service = startService();
    QVERIFY(m_service);
    QVERIFY(m_service->serverUrl().toString().startsWith(QStringLiteral("http://127.0.0.1:")));
    QCOMPARE(m_service->serverUrl().port(), int(m_service->port()));
    m_http = std::make_unique<Http>(m_service->serverUrl());
}

void TestMockServer::init()
{
    QCOMPARE(m_http->post(QStringLiteral("/_mock/reset"), {}).status, 204);
    m_token = m_http->login(QStringLiteral("suzuki@example.jp"));
    QVERIFY(!m_token.isEmpty());
}

void TestMockServer::routesAreTheApi()
{
    const QList<QPair<QByteArray, QString>> routes = m_service->routes();
    const QList<QPair<QByteArray, QString>> api = {
        {"POST", QStringLiteral("/auth/login")},
        {"POST", QStringLiteral("/auth/otp")},
        {"POST", QStringLiteral("/auth/otp/resend")},
        {"POST", QStringLiteral("/auth/refresh")},
        {"POST", QStringLiteral("/auth/logout")},
        {"GET", QStringLiteral("/me")},
        {"GET", QStringLiteral("/contracts")},
        {"GET", QStringLiteral("/contracts/{policyNumber}/guide")},
        {"POST", QStringLiteral("/contracts/{policyNumber}/renewals")},
        {"GET", QStringLiteral("/renewals/{id}")},
        {"PUT", QStringLiteral("/renewals/{id}/steps/{step}")},
        {"PUT", QStringLiteral("/renewals/{id}/inputs/{step}")},
        {"POST", QStringLiteral("/renewals/{id}/quote")},
        {"GET", QStringLiteral("/documents/{docId}")},
        {"POST", QStringLiteral("/renewals/{id}/submit")},
        {"GET", QStringLiteral("/support")},
        {"GET", QStringLiteral("/_mock/outbox")},
        {"POST", QStringLiteral("/_mock/reset")},
        {"POST", QStringLiteral("/_mock/advance")},
    };
    for (const auto &route : api)
        QVERIFY2(routes.contains(route), qPrintable(route.second));
    QCOMPARE(routes.size(), api.size());
}

void TestMockServer::unknownRoute()
{
    for (const QString &path : {QStringLiteral("/nothing"), QStringLiteral("/renewals"), QStringLiteral("/me/"),
                                QStringLiteral("/contracts/1/guide/x")}) {
        const Response r = m_http->get(path, m_token);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.code(), QStringLiteral("not_found"));
        QVERIFY(r.contentType.startsWith("application/json"));
    }
    Http root(m_service->serverUrl());
    QNetworkRequest outside(m_service->serverUrl().resolved(QUrl(QStringLiteral("/index.html"))));
    const Response r = Http::wait(root.manager().get(outside));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), QStringLiteral("not_found"));
}

void TestMockServer::wrongMethod()
{
    const Response del = m_http->send("DELETE", QStringLiteral("/me"), {}, Http::withToken(m_token, {}));
    QCOMPARE(del.status, 405);
    QCOMPARE(del.code(), QStringLiteral("method_not_allowed"));
    QCOMPARE(del.header("Allow"), QByteArray("GET"));
    const Response get = m_http->get(QStringLiteral("/auth/login"));
    QCOMPARE(get.status, 405);
    QCOMPARE(get.header("Allow"), QByteArray("POST"));
    QCOMPARE(m_http->send("PATCH", QStringLiteral("/renewals/x/steps/basic"), "{}").status, 405);
    QCOMPARE(m_http->send("PUT", QStringLiteral("/_mock/reset"), "{}").status, 405);
}

void TestMockServer::badJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray(R"({"challengeId": "x", "code":)");
    QTest::newRow("not JSON") << QByteArray("challengeId=x&code=1");
    QTest::newRow("array") << QByteArray(R"(["x", "1"])");
    QTest::newRow("string") << QByteArray(R"("x")");
    QTest::newRow("wrong type") << QByteArray(R"({"challengeId": 1, "code": "1"})");
    QTest::newRow("missing") << QByteArray(R"({"code": "123456"})");
    QTest::newRow("nested") << QByteArray(R"({"challengeId": {"a": 1}, "code": ["1"]})");
    QTest::newRow("binary") << QByteArray("\xff\xfe\x00\x01", 4);
}

void TestMockServer::badJson()
{
    QFETCH(QByteArray, body);
    const Response r = m_http->send("POST", QStringLiteral("/auth/otp"), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), QStringLiteral("bad_request"));
    QVERIFY(!r.message().isEmpty());
}

void TestMockServer::bodyTooLarge()
{
    QByteArray body = R"({"email": "suzuki@example.jp", "password": ")";
    body.append(QByteArray(1024 * 1024, 'x'));
    body.append("\"}");
    const Response r = m_http->send("POST", QStringLiteral("/auth/login"), body);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.code(), QStringLiteral("payload_too_large"));
    QCOMPARE(m_http->get(QStringLiteral("/me"), m_token).status, 200);
}

void TestMockServer::declaredBodyTooLarge()
{
    // A client that announces 50 MB gets its answer at once, without uploading anything.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_service->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
                 "Content-Type: application/json\r\nContent-Length: 50000000\r\n\r\n{\"email\":");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("payload_too_large"), 5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY(answer.contains("too large"));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(m_http->get(QStringLiteral("/me"), m_token).status, 200);
}

void TestMockServer::twentyConcurrentClients()
{
    const QJsonObject renewal = m_http->renewal(m_token, QStringLiteral("7012345602"));
    const QString id = renewal[QStringLiteral("id")].toString();
    std::vector<std::unique_ptr<Http>> clients;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 20; ++i) {
        clients.push_back(std::make_unique<Http>(m_service->serverUrl()));
        Http &c = *clients.back();
        // Every client confirms the first step at version 1 while others read: exactly one may win.
        replies.append(c.start("PUT", QStringLiteral("/renewals/%1/steps/preconfirm").arg(id), R"({"confirmed": true})",
                               Http::withToken(m_token, {{"If-Match", "1"}})));
        replies.append(c.start("GET", QStringLiteral("/contracts"), {}, Http::withToken(m_token, {})));
    }
    int won = 0;
    int conflicts = 0;
    for (int i = 0; i < replies.size(); ++i) {
        const Response r = Http::wait(replies.at(i));
        if (i % 2 == 1) {
            QCOMPARE(r.status, 200);
            QCOMPARE(r.array().size(), 2);
            continue;
        }
        if (r.status == 200) {
            ++won;
            QCOMPARE(r.object()[QStringLiteral("version")].toInt(), 2);
        } else {
            QCOMPARE(r.code(), QStringLiteral("version_conflict"));
            QCOMPARE(r.details()[QStringLiteral("currentVersion")].toInt(), 2);
            ++conflicts;
        }
    }
    QCOMPARE(won, 1);
    QCOMPARE(conflicts, 19);
}

void TestMockServer::resetRestoresTheSeed()
{
    const QString id = m_http->renewal(m_token, QStringLiteral("7012345602"))[QStringLiteral("id")].toString();
    QVERIFY(!m_http->get(QStringLiteral("/_mock/outbox")).array().isEmpty() || true);
    QCOMPARE(m_http->post(QStringLiteral("/_mock/advance"), {{QStringLiteral("seconds"), 3600}}).status, 200);
    QCOMPARE(m_http->post(QStringLiteral("/_mock/reset"), {}).status, 204);
    QCOMPARE(m_http->get(QStringLiteral("/me"), m_token).status, 401); // sessions are gone
    const QString token = m_http->login(QStringLiteral("suzuki@example.jp"));
    QCOMPARE(m_http->get(QStringLiteral("/renewals/%1").arg(id), token).status, 404);
    const Response created = m_http->post(QStringLiteral("/contracts/7012345602/renewals"), {}, token);
    QCOMPARE(created.status, 201);
    QCOMPARE(m_http->get(QStringLiteral("/_mock/outbox")).array().size(), 0);
}

void TestMockServer::logsNeverShowIds()
{
    QSignalSpy served(m_service.get(), &MockRenewalService::requestServed);
    const QString id = m_http->renewal(m_token, QStringLiteral("7012345602"))[QStringLiteral("id")].toString();
    m_http->get(QStringLiteral("/contracts/7012345602/guide"), m_token);
    m_http->get(QStringLiteral("/renewals/%1").arg(id), m_token);
    m_http->get(QStringLiteral("/contracts/7012345602/unknown"), m_token);
    QCOMPARE(served.size(), 4);
    QCOMPARE(served.at(0).at(1).toString(), QStringLiteral("/api/v1/contracts/{policyNumber}/renewals"));
    QCOMPARE(served.at(1).at(1).toString(), QStringLiteral("/api/v1/contracts/{policyNumber}/guide"));
    QCOMPARE(served.at(2).at(1).toString(), QStringLiteral("/api/v1/renewals/{id}"));
    QCOMPARE(served.at(2).at(2).toInt(), 200);
    QCOMPARE(served.at(3).at(1).toString(), QStringLiteral("(no route)"));
    QCOMPARE(served.at(3).at(2).toInt(), 404);
}

void TestMockServer::badSeedFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("broken.json"));
    for (const QByteArray &content :
         {QByteArray("{\"insurer\": "), QByteArray("[]"), QByteArray(R"({"insurer": {"name": 1}})")}) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(content);
        out.close();
        MockOptions options;
        options.dataFile = file;
        auto service = startService(options);
        QVERIFY(service);
        QVERIFY2(service->loadError().contains(QStringLiteral("broken.json")), qPrintable(service->loadError()));
        Http http(service->serverUrl());
        const Response r =
            http.post(QStringLiteral("/auth/login"), {{QStringLiteral("email"), QStringLiteral("a@b")},
                                                      {QStringLiteral("password"), QStringLiteral("x")}});
        QCOMPARE(r.status, 503);
        QCOMPARE(http.get(QStringLiteral("/_mock/outbox")).status, 200);
    }
    MockOptions missing;
    missing.dataFile = dir.filePath(QStringLiteral("absent.json"));
    QVERIFY(!startService(missing)->loadError().isEmpty());
}

void TestMockServer::otherSeedFile()
{
    QFile builtIn(QStringLiteral(":/seed/demo.json"));
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    QJsonObject seed = QJsonDocument::fromJson(builtIn.readAll()).object();
    QJsonArray accounts = seed[QStringLiteral("accounts")].toArray();
    QJsonObject suzuki = accounts.at(1).toObject();
    suzuki[QStringLiteral("password")] = QStringLiteral("Other#1");
    accounts[1] = suzuki;
    seed[QStringLiteral("accounts")] = accounts;
    QTemporaryDir dir;
    QFile out(dir.filePath(QStringLiteral("other.json")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(seed).toJson());
    out.close();
    MockOptions options;
    options.dataFile = out.fileName();
    auto service = startService(options);
    QVERIFY(service->loadError().isEmpty());
    Http http(service->serverUrl());
    QVERIFY(http.login(QStringLiteral("suzuki@example.jp")).isEmpty());
    QVERIFY(!http.login(QStringLiteral("suzuki@example.jp"), QStringLiteral("Other#1")).isEmpty());
}

void TestMockServer::portInUse()
{
    MockRenewalService second;
    QVERIFY(!second.listen(QHostAddress::LocalHost, m_service->port()));
    QCOMPARE(second.port(), quint16(0));
}

QTEST_GUILESS_MAIN(TestMockServer)
#include "tst_mockserver.moc"
