#include "mock/MockRenewalService.h"

#include "mock/FaultInjector.h"
#include "mock/MockApi.h"
#include "mock/MockHttpServer.h"
#include "mock/MockLog.h"
#include "mock/MockStore.h"
#include "mock/MockTcpServer.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>

namespace clickar {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

// The statuses the mock answers. QHttpServerResponder 6.4 looks the reason phrase up with std::map::at, so a
// status it does not know would throw: anything else goes out as 500.
int writableStatus(int status)
{
    static const QSet<int> known = {200, 201, 204, 400, 401, 403, 404, 405, 408, 409, 410,
                                    413, 415, 422, 423, 428, 429, 500, 501, 502, 503, 504};
    return known.contains(status) ? status : 500;
}

void write(QHttpServerResponder &responder, const MockReply &reply)
{
    const QByteArray body = reply.bytes();
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(writableStatus(reply.status)));
    if (!reply.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"),
                              reply.contentType == "application/json"
                                  ? QByteArrayLiteral("application/json; charset=utf-8")
                                  : reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    if (reply.status != 204)
        responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder.writeBody(body);
}

bool writable(const QTcpSocket *socket)
{
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace

MockRenewalService::MockRenewalService(const MockOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_store(std::make_unique<MockStore>(options))
    , m_api(std::make_unique<MockApi>(*m_store))
    , m_faults(std::make_unique<FaultInjector>(options))
{
    m_store->outbox().setListener([this](const Mail &mail) { emit mailSent(mail); });
    m_server = new MockHttpServer([this](const QHttpServerRequest &request,
                                         QHttpServerResponder &&responder) { handle(request, std::move(responder)); },
                                  this);
}

MockRenewalService::~MockRenewalService()
{
    m_store->outbox().setListener({});
    delete m_server; // sockets first: no answer is written while the store goes away
    m_server = nullptr;
}

bool MockRenewalService::listen(const QHostAddress &address, quint16 port)
{
    auto refusal = [](const QByteArray &headers) {
        const QByteArray language = headers.toLower().contains("accept-language: en") ? "en" : "ja";
        MockRequest request;
        request.headers.append({QByteArrayLiteral("Accept-Language"), language});
        const QByteArray body = mockerror::payloadTooLarge(request.lang()).bytes();
        return QByteArrayLiteral("HTTP/1.1 413 Payload Too Large\r\n"
                                 "Content-Type: application/json; charset=utf-8\r\n"
                                 "Connection: close\r\nContent-Length: ") +
               QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body;
    };
    auto *tcp = new MockTcpServer(8 * MockApi::maxBodyBytes, refusal, this);
    if (!tcp->listen(address, port)) {
        qCWarning(lcMock) << "cannot listen on" << address.toString() << "port" << port << ":" << tcp->errorString();
        delete tcp;
        return false;
    }
    m_server->bind(tcp); // the HTTP server takes the socket server as its child
    m_address = address;
    m_port = tcp->serverPort();
    qCInfo(lcMock) << "listening on" << serverUrl().toString();
    return true;
}

QUrl MockRenewalService::serverUrl() const
{
    QString host = QStringLiteral("127.0.0.1");
    if (m_address == QHostAddress::LocalHostIPv6 || m_address == QHostAddress::AnyIPv6)
        host = QStringLiteral("[::1]");
    else if (!m_address.isNull() && m_address != QHostAddress::LocalHost && m_address != QHostAddress::Any &&
             m_address != QHostAddress::AnyIPv4)
        host = m_address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + m_address.toString() + u']'
                                                                     : m_address.toString();
    return QUrl(QStringLiteral("http://%1:%2").arg(host).arg(m_port));
}

QString MockRenewalService::loadError() const
{
    return m_store->loadError();
}

QList<QPair<QByteArray, QString>> MockRenewalService::routes() const
{
    return m_api->routes();
}

void MockRenewalService::served(const QByteArray &method, const QString &route, int status, qint64 elapsedMs)
{
    const QString path = route.isEmpty() ? QStringLiteral("(no route)") : route;
    emit requestServed(method, path, status);
    emit requestTimed(method, path, status, elapsedMs);
}

void MockRenewalService::handle(const QHttpServerRequest &httpRequest, QHttpServerResponder &&responder)
{
    QElapsedTimer timer;
    timer.start();
    // Everything needed later is copied now: the request object dies with its socket.
    MockRequest request;
    request.method = methodName(httpRequest.method());
    request.path = httpRequest.url().path(QUrl::FullyEncoded);
    request.query = httpRequest.query();
    request.headers = httpRequest.headers();
    request.body = httpRequest.body();
    const MockLang lang = request.lang();
    const bool mockRoute = request.path.startsWith(MockApi::prefix + QStringLiteral("/_mock/"));

    QString problem;
    const std::optional<FaultInjector::Fault> fault = FaultInjector::parse(request.header("X-Mock-Fault"), &problem);
    using Kind = FaultInjector::Fault::Kind;
    const Kind kind = fault ? fault->kind : Kind::None;
    const QString route = m_api->routeOf(request);
    MockReply reply;
    if (!fault)
        reply = mockerror::badRequest(lang, problem);
    else if (kind == Kind::Status)
        reply = mockerror::forStatus(lang, fault->value); // fails before the service does anything
    else if (!mockRoute && m_faults->randomFailure())
        reply = mockerror::unavailable(lang);
    else
        reply = m_api->handle(request); // drop and malformed: applied, then the answer is lost or mangled

    if (kind == Kind::Drop) {
        if (QTcpSocket *socket = responder.socket())
            socket->abort();
        served(request.method, route, 0, timer.elapsed());
        return;
    }
    if (kind == Kind::Malformed) {
        reply.raw = FaultInjector::malformed(reply.bytes());
        reply.status = 200;
        reply.headers.clear();
        if (reply.contentType.isEmpty())
            reply.contentType = QByteArrayLiteral("application/json");
    }
    const int delay = kind == Kind::Latency ? fault->value : (mockRoute ? 0 : m_faults->latencyMs());
    if (delay <= 0) {
        if (writable(responder.socket()))
            write(responder, reply);
        served(request.method, route, reply.status, timer.elapsed());
        return;
    }
    // A late answer: the client may be gone by then, and writing to a deleted socket would crash.
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket(pending->socket());
    QTimer::singleShot(delay, this, [this, pending, socket, reply, method = request.method, route, timer]() {
        const bool alive = writable(socket.data());
        if (alive)
            write(*pending, reply);
        served(method, route, alive ? reply.status : 0, timer.elapsed());
    });
}

} // namespace clickar
