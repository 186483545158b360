// The mock's HTTP transport over real sockets: limits enforced while reading (headers, chunked bodies, request
// smuggling), timeouts (shortened here), Connection: close and HTTP/1.0, pipelining, the listen backlog and the
// connection cap.
#include "tst_mockhttp.h"

#include "support/ResidentMemory.h"

#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

using namespace mocktest;
using clickar::MockOptions;
using clickar::MockRenewalService;
using clickar::test::residentKiB;

namespace {

// A client that writes raw bytes and collects everything the server sends until it closes.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(5000);
    }
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void write(const QByteArray &bytes) { m_socket.write(bytes); }
    QByteArray &received()
    {
        m_received += m_socket.readAll();
        return m_received;
    }
    bool closed()
    {
        received();
        return m_socket.state() == QAbstractSocket::UnconnectedState;
    }
    int answers() { return int(received().count("HTTP/1.1 ")); }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

const QByteArray meRequest = "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\n\r\n";

} // namespace

class TestMockTransport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tooManyHeadersAre431AndClosed();
    void largeHeadersAre431AndClosed();
    void smuggledRequestIsNeverAnswered();
    void chunkedUploadOverTheCapStreamsToA413();
    void declaredBodyOverTheCapIsReadThen413();
    void headerTimeout();
    void bodyTimeout();
    void idleTimeout();
    void connectionCloseIsHonoured();
    void http10ClosesUnlessKeepAlive();
    void pipelinedRequestsAnsweredInOrder();
    void headHasNoBody();
    void connectionCap();
    void listenBacklog();

private:
    void start(MockOptions options = {});
    std::unique_ptr<MockRenewalService> m_service;
};

void TestMockTransport::start(MockOptions options)
{
    m_service = startService(options);
    QVERIFY(m_service);
}

void TestMockTransport::init()
{
    MockOptions options;
    options.http.lingerMs = 200;
    start(options);
}

void TestMockTransport::cleanup()
{
    m_service.reset();
}

void TestMockTransport::tooManyHeadersAre431AndClosed()
{
    // What follows the headers looks like a request of its own: it must not be run as one.
    QByteArray head = "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n";
    for (int i = 0; i < 120; ++i)
        head += "X-Filler-" + QByteArray::number(i) + ": 1\r\n";
    RawClient client(m_service->port());
    client.write(head + "\r\n" + meRequest);
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 10000);
    QVERIFY2(client.received().startsWith("HTTP/1.1 431 "), client.received().constData());
    QVERIFY(client.received().contains("Connection: close"));
    QVERIFY(client.received().contains("headers_too_large"));
    QCOMPARE(client.answers(), 1);
}

void TestMockTransport::largeHeadersAre431AndClosed()
{
    RawClient client(m_service->port());
    client.write("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nCookie: " + QByteArray(70 * 1024, 'c') + "\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 10000);
    QVERIFY2(client.received().startsWith("HTTP/1.1 431 "), client.received().left(200).constData());
}

void TestMockTransport::smuggledRequestIsNeverAnswered()
{
    Http http(m_service->serverUrl());
    const QString token = http.login(QStringLiteral("suzuki@example.jp"));
    QVERIFY(!token.isEmpty());
    const QByteArray smuggled =
        "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token.toLatin1() + "\r\n\r\n";
    RawClient client(m_service->port());
    client.write("POST /api/v1/_mock/reset HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4\r\n"
                 "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n" +
                 smuggled);
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 10000);
    QVERIFY2(client.received().startsWith("HTTP/1.1 400 "), client.received().constData());
    QCOMPARE(client.answers(), 1);
    QVERIFY(!client.received().contains("\"displayName\""));
    QCOMPARE(http.get(QStringLiteral("/me"), token).status, 200); // the reset was not run either
}

void TestMockTransport::chunkedUploadOverTheCapStreamsToA413()
{
    // 200 MiB offered in 1 MiB chunks without a login: the server answers once the body passes 1 MiB and never
    // holds more than that, so the process's memory stays flat.
    const qint64 before = residentKiB();
    RawClient client(m_service->port());
    client.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
                 "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk = "100000\r\n" + QByteArray(1024 * 1024, 'x') + "\r\n";
    qint64 offered = 0;
    while (offered < 200LL * 1024 * 1024 && !client.received().contains("payload_too_large") && client.connected()) {
        if (client.socket().bytesToWrite() < 2 * chunk.size()) {
            client.write(chunk);
            offered += chunk.size();
        }
        QTest::qWait(1);
    }
    QTRY_VERIFY_WITH_TIMEOUT(client.received().contains("payload_too_large"), 10000);
    QVERIFY2(client.received().startsWith("HTTP/1.1 413 "), client.received().left(200).constData());
    QVERIFY2(offered < 50LL * 1024 * 1024, qPrintable(QString::number(offered)));
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 10000);
    const qint64 after = residentKiB();
    QVERIFY2(after - before < 32 * 1024, qPrintable(QStringLiteral("%1 → %2 KiB").arg(before).arg(after)));
}

void TestMockTransport::declaredBodyOverTheCapIsReadThen413()
{
    // Between the cap and 8 MiB a body is read and dropped, then answered: an ordinary client reads its 413.
    Http http(m_service->serverUrl());
    const Response r = http.send("POST", QStringLiteral("/auth/login"), QByteArray(3 * 1024 * 1024, ' '));
    QCOMPARE(r.status, 413);
    QCOMPARE(r.code(), QStringLiteral("payload_too_large"));
}

void TestMockTransport::headerTimeout()
{
    MockOptions options;
    options.http.headerTimeoutMs = 300;
    options.http.lingerMs = 100;
    start(options);
    RawClient client(m_service->port());
    client.write("GET /api/v1/me HTTP/1.1\r\nHost: loc");
    // Slow bytes do not extend the header timeout.
    for (int i = 0; i < 5 && !client.closed(); ++i) {
        client.write("a");
        QTest::qWait(100);
    }
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 10000);
    QVERIFY2(client.received().startsWith("HTTP/1.1 408 "), client.received().constData());
    QVERIFY(client.received().contains("request_timeout"));
}

void TestMockTransport::bodyTimeout()
{
    MockOptions options;
    options.http.bodyTimeoutMs = 300;
    options.http.lingerMs = 100;
    start(options);
    RawClient client(m_service->port());
    client.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\n{\"email\"");
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 10000);
    QVERIFY2(client.received().startsWith("HTTP/1.1 408 "), client.received().constData());
}

void TestMockTransport::idleTimeout()
{
    MockOptions options;
    options.http.idleTimeoutMs = 300;
    start(options);
    RawClient client(m_service->port());
    client.write(meRequest);
    QTRY_COMPARE_WITH_TIMEOUT(client.answers(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 10000); // kept alive, then closed when nothing came
    QCOMPARE(client.answers(), 1);
    RawClient silent(m_service->port());
    QTRY_VERIFY_WITH_TIMEOUT(silent.closed(), 10000);
    QVERIFY(silent.received().isEmpty());
}

void TestMockTransport::connectionCloseIsHonoured()
{
    RawClient client(m_service->port());
    client.write("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n" + meRequest);
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 10000);
    QVERIFY2(client.received().startsWith("HTTP/1.1 401 "), client.received().constData());
    QVERIFY(client.received().contains("Connection: close"));
    QCOMPARE(client.answers(), 1);
}

void TestMockTransport::http10ClosesUnlessKeepAlive()
{
    RawClient plain(m_service->port());
    plain.write("GET /api/v1/me HTTP/1.0\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(plain.closed(), 10000);
    QCOMPARE(plain.answers(), 1);

    RawClient keepAlive(m_service->port());
    keepAlive.write("GET /api/v1/me HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(keepAlive.answers(), 1, 10000);
    QVERIFY(keepAlive.received().contains("Connection: keep-alive"));
    keepAlive.write("GET /api/v1/me HTTP/1.0\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(keepAlive.closed(), 10000);
    QCOMPARE(keepAlive.answers(), 2);
}

void TestMockTransport::pipelinedRequestsAnsweredInOrder()
{
    RawClient client(m_service->port());
    client.write(meRequest + "GET /api/v1/nowhere HTTP/1.1\r\nHost: localhost\r\n\r\n" +
                 "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 10000);
    const QByteArray &all = client.received();
    const qsizetype first = all.indexOf("HTTP/1.1 401");
    const qsizetype second = all.indexOf("HTTP/1.1 404");
    const qsizetype third = all.indexOf("HTTP/1.1 401", second);
    QVERIFY2(first == 0 && second > first && third > second, all.constData());
}

void TestMockTransport::headHasNoBody()
{
    RawClient client(m_service->port());
    client.write("HEAD /api/v1/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 10000);
    QVERIFY(client.received().startsWith("HTTP/1.1 405 "));
    QVERIFY(client.received().endsWith("\r\n\r\n"));
}

void TestMockTransport::connectionCap()
{
    MockOptions options;
    options.http.maxConnections = 2;
    start(options);
    RawClient a(m_service->port());
    RawClient b(m_service->port());
    QTRY_COMPARE_WITH_TIMEOUT(m_service->connectionCount(), 2, 10000);
    RawClient c(m_service->port());
    QTRY_VERIFY_WITH_TIMEOUT(c.closed(), 10000);
    QVERIFY(c.received().isEmpty());
    QCOMPARE(m_service->connectionCount(), 2);
    a.socket().abort();
    QTRY_COMPARE_WITH_TIMEOUT(m_service->connectionCount(), 1, 10000);
    RawClient d(m_service->port());
    d.write(meRequest);
    QTRY_COMPARE_WITH_TIMEOUT(d.answers(), 1, 10000);
}

void TestMockTransport::listenBacklog()
{
    // The kernel shows a listening socket's backlog as its Send-Q (capped by net.core.somaxconn).
    QFile somaxconn(QStringLiteral("/proc/sys/net/core/somaxconn"));
    QVERIFY(somaxconn.open(QIODevice::ReadOnly));
    const int cap = somaxconn.readAll().trimmed().toInt();
    QProcess ss;
    ss.start(QStringLiteral("ss"), {QStringLiteral("-ltnH"), QStringLiteral("sport = :%1").arg(m_service->port())});
    QVERIFY(ss.waitForFinished(10000));
    const QList<QByteArray> fields = ss.readAllStandardOutput().simplified().split(' ');
    QVERIFY2(fields.size() >= 3, fields.join(' ').constData());
    QCOMPARE(fields.at(2).toInt(), qMin(clickar::HttpLimits{}.listenBacklog, cap));
}

QTEST_MAIN(TestMockTransport)
#include "tst_mocktransport.moc"
