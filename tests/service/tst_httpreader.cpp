// HttpRequestReader on its own: requests fed as bytes, in one piece and byte by byte, and every limit it enforces.
#include "mock/HttpRequestReader.h"

#include <QTest>

using clickar::HttpLimits;
using clickar::HttpRequest;
using clickar::HttpRequestReader;
using State = HttpRequestReader::State;

class TestHttpReader : public QObject
{
    Q_OBJECT

private slots:
    void simpleGet();
    void byteByByte();
    void contentLengthBody();
    void chunkedBody();
    void pipelined();
    void keepAliveRules_data();
    void keepAliveRules();
    void refusals_data();
    void refusals();
    void tooManyHeaderLines();
    void headersTooLarge();
    void chunkedOverTheCapRefusedWhileStreaming();
    void declaredBodyOverTheCapIsDrained();
    void declaredBodyFarOverTheCapRefusedAtOnce();
    void trailersCountAgainstTheLimits();
};

namespace {
HttpRequestReader fed(const QByteArray &bytes, const HttpLimits &limits = {})
{
    HttpRequestReader reader(limits);
    reader.feed(bytes);
    return reader;
}
} // namespace

void TestHttpReader::simpleGet()
{
    HttpRequestReader reader = fed("GET /api/v1/me?x=1 HTTP/1.1\r\nHost: h\r\nAccept-Language:  en \r\n\r\n");
    QCOMPARE(reader.state(), State::Complete);
    const HttpRequest r = reader.takeRequest();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.target, QByteArray("/api/v1/me?x=1"));
    QCOMPARE(r.minorVersion, 1);
    QCOMPARE(r.header("accept-language"), QByteArray("en"));
    QVERIFY(r.keepAlive);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(reader.state(), State::Idle);
}

void TestHttpReader::byteByByte()
{
    const QByteArray request = "POST /x HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                               "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n";
    HttpRequestReader reader;
    for (qsizetype i = 0; i < request.size(); ++i) {
        QVERIFY2(reader.state() != State::Complete && reader.state() != State::Failed, qPrintable(QString::number(i)));
        reader.feed(request.mid(i, 1));
    }
    QCOMPARE(reader.state(), State::Complete);
    QCOMPARE(reader.takeRequest().body, QByteArray("hello world"));
}

void TestHttpReader::contentLengthBody()
{
    HttpRequestReader reader = fed("PUT /x HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nab");
    QCOMPARE(reader.state(), State::Body);
    reader.feed("cd");
    QCOMPARE(reader.state(), State::Complete);
    QCOMPARE(reader.takeRequest().body, QByteArray("abcd"));
}

void TestHttpReader::chunkedBody()
{
    HttpRequestReader reader =
        fed("POST /x HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: Chunked\r\n\r\n000A\r\n0123456789\r\n0\r\n\r\n");
    QCOMPARE(reader.state(), State::Complete);
    QCOMPARE(reader.takeRequest().body, QByteArray("0123456789"));
}

void TestHttpReader::pipelined()
{
    HttpRequestReader reader = fed("GET /a HTTP/1.1\r\nHost: h\r\n\r\nPOST /b HTTP/1.1\r\nHost: h\r\n"
                                   "Content-Length: 2\r\n\r\nokGET /c HTTP/1.1\r\n");
    QCOMPARE(reader.state(), State::Complete);
    QCOMPARE(reader.takeRequest().target, QByteArray("/a"));
    QCOMPARE(reader.state(), State::Complete);
    const HttpRequest b = reader.takeRequest();
    QCOMPARE(b.target, QByteArray("/b"));
    QCOMPARE(b.body, QByteArray("ok"));
    QCOMPARE(reader.state(), State::Headers);
    reader.feed("Host: h\r\n\r\n");
    QCOMPARE(reader.takeRequest().target, QByteArray("/c"));
}

void TestHttpReader::keepAliveRules_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nConnection: Close\r\n") << false;
    QTest::newRow("1.1 close in a list") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nConnection: te, close\r\n")
                                         << false;
    QTest::newRow("1.0") << QByteArray("GET / HTTP/1.0\r\n") << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n") << true;
}

void TestHttpReader::keepAliveRules()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, keepAlive);
    HttpRequestReader reader = fed(head + "\r\n");
    QCOMPARE(reader.state(), State::Complete);
    QCOMPARE(reader.takeRequest().keepAlive, keepAlive);
}

void TestHttpReader::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    const QByteArray host = "Host: h\r\n";
    QTest::newRow("CL and TE") << "POST / HTTP/1.1\r\n" + host +
                                      "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
                               << 400;
    QTest::newRow("TE and CL") << "POST / HTTP/1.1\r\n" + host +
                                      "Transfer-Encoding: chunked\r\nContent-Length: 0\r\n\r\n"
                               << 400;
    QTest::newRow("two lengths") << "POST / HTTP/1.1\r\n" + host + "Content-Length: 1\r\nContent-Length: 2\r\n\r\n"
                                 << 400;
    QTest::newRow("length list") << "POST / HTTP/1.1\r\n" + host + "Content-Length: 1, 2\r\n\r\n" << 400;
    QTest::newRow("signed length") << "POST / HTTP/1.1\r\n" + host + "Content-Length: +1\r\n\r\n" << 400;
    QTest::newRow("gzip") << "POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: gzip, chunked\r\n\r\n" << 501;
    QTest::newRow("folding") << "GET / HTTP/1.1\r\n" + host + "X-A: 1\r\n  2\r\n\r\n" << 400;
    QTest::newRow("space before colon") << "GET / HTTP/1.1\r\n" + host + "Host : h\r\n\r\n" << 400;
    QTest::newRow("no colon") << "GET / HTTP/1.1\r\n" + host + "nonsense\r\n\r\n" << 400;
    QTest::newRow("NUL in a value") << "GET / HTTP/1.1\r\n" + host + QByteArray("X-A: a\0b\r\n\r\n", 13) << 400;
    QTest::newRow("bare CR") << "GET / HTTP/1.1\r\n" + host + "X-A: a\rb\r\n\r\n" << 400;
    QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("two hosts") << "GET / HTTP/1.1\r\n" + host + host + "\r\n" << 400;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n", 13) << 400;
    QTest::newRow("space in target") << QByteArray("GET /a b HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("bad chunk size") << "POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" << 400;
    QTest::newRow("chunk without CRLF") << "POST / HTTP/1.1\r\n" + host +
                                               "Transfer-Encoding: chunked\r\n\r\n2\r\nabcd\r\n"
                                        << 400;
}

void TestHttpReader::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    HttpRequestReader reader = fed(bytes);
    QCOMPARE(reader.state(), State::Failed);
    QCOMPARE(reader.status(), status);
    QVERIFY(!reader.reason().isEmpty());
    reader.feed("GET / HTTP/1.1\r\nHost: h\r\n\r\n"); // nothing after a refusal is read
    QCOMPARE(reader.state(), State::Failed);
}

void TestHttpReader::tooManyHeaderLines()
{
    QByteArray head = "GET / HTTP/1.1\r\nHost: h\r\n";
    for (int i = 0; i < 99; ++i)
        head += "X-" + QByteArray::number(i) + ": 1\r\n";
    QCOMPARE(fed(head + "\r\n").state(), State::Complete); // 100 lines
    HttpRequestReader reader = fed(head + "X-Last: 1\r\n\r\n");
    QCOMPARE(reader.state(), State::Failed);
    QCOMPARE(reader.status(), 431);
}

void TestHttpReader::headersTooLarge()
{
    HttpRequestReader reader = fed("GET / HTTP/1.1\r\nHost: h\r\nX-Big: " + QByteArray(64 * 1024, 'a'));
    QCOMPARE(reader.state(), State::Failed); // refused before the line ends
    QCOMPARE(reader.status(), 431);
    QCOMPARE(reader.buffered(), 0);
    HttpRequestReader line = fed("GET /" + QByteArray(70 * 1024, 'a'));
    QCOMPARE(line.status(), 431);
    HttpRequestReader blank = fed(QByteArray(40 * 1024, '\n') + QByteArray(40 * 1024, '\n'));
    QCOMPARE(blank.status(), 431);
}

void TestHttpReader::chunkedOverTheCapRefusedWhileStreaming()
{
    HttpLimits limits;
    limits.maxBodyBytes = 1000;
    HttpRequestReader reader = fed("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n", limits);
    for (int i = 0; i < 9; ++i)
        reader.feed("64\r\n" + QByteArray(100, 'x') + "\r\n");
    QCOMPARE(reader.state(), State::Body);
    QCOMPARE(reader.partial().body.size(), 900);
    reader.feed("C8\r\n"); // announces 200 more: refused before any of it is read
    QCOMPARE(reader.state(), State::Failed);
    QCOMPARE(reader.status(), 413);
    QCOMPARE(fed("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFF\r\n", limits)
                 .status(),
             413);
}

void TestHttpReader::declaredBodyOverTheCapIsDrained()
{
    HttpLimits limits;
    limits.maxBodyBytes = 1000;
    limits.drainBodyBytes = 5000;
    HttpRequestReader reader = fed("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3000\r\n\r\n", limits);
    for (int i = 0; i < 29; ++i) {
        reader.feed(QByteArray(100, 'x'));
        QCOMPARE(reader.state(), State::Body);
        QVERIFY(reader.partial().body.isEmpty()); // dropped, never kept
    }
    reader.feed(QByteArray(100, 'x'));
    QCOMPARE(reader.state(), State::Failed);
    QCOMPARE(reader.status(), 413);
}

void TestHttpReader::declaredBodyFarOverTheCapRefusedAtOnce()
{
    HttpRequestReader reader = fed("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 50000000\r\n\r\n{");
    QCOMPARE(reader.state(), State::Failed);
    QCOMPARE(reader.status(), 413);
}

void TestHttpReader::trailersCountAgainstTheLimits()
{
    QByteArray bytes = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n";
    for (int i = 0; i < 101; ++i)
        bytes += "X-T: 1\r\n";
    HttpRequestReader reader = fed(bytes);
    QCOMPARE(reader.state(), State::Failed);
    QCOMPARE(reader.status(), 431);
}

QTEST_APPLESS_MAIN(TestHttpReader)
#include "tst_httpreader.moc"
