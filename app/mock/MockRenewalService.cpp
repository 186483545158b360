#include "mock/MockRenewalService.h"

#include "mock/FaultInjector.h"
#include "mock/MockApi.h"
#include "mock/MockHttpServer.h"
#include "mock/MockLog.h"
#include "mock/MockStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

namespace clickar {

namespace {

HttpResponse toHttp(const MockReply &reply)
{
    HttpResponse response;
    response.status = reply.status;
    response.body = reply.bytes();
    if (!reply.contentType.isEmpty())
        response.headers.append(
            {QByteArrayLiteral("Content-Type"), reply.contentType == "application/json"
                                                    ? QByteArrayLiteral("application/json; charset=utf-8")
                                                    : reply.contentType});
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    response.headers.append(reply.headers);
    return response;
}

// The answer to a request the transport refused; the language from its headers when they were read.
MockReply transportError(MockLang lang, int status)
{
    switch (status) {
    case 408:
        return MockReply::error(408, QStringLiteral("request_timeout"),
                                localized(lang, QStringLiteral("リクエストの受信が時間内に終わりませんでした。"),
                                          QStringLiteral("The request did not arrive in time.")));
    case 413:
        return mockerror::payloadTooLarge(lang);
    case 431:
        return MockReply::error(431, QStringLiteral("headers_too_large"),
                                localized(lang, QStringLiteral("リクエストのヘッダーが大きすぎます。"),
                                          QStringLiteral("The request's headers are too large.")));
    case 501:
        return MockReply::error(501, QStringLiteral("not_implemented"),
                                localized(lang, QStringLiteral("この転送方式には対応していません。"),
                                          QStringLiteral("This transfer coding is not supported.")));
    case 505:
        return MockReply::error(505, QStringLiteral("http_version_not_supported"),
                                localized(lang, QStringLiteral("このHTTPのバージョンには対応していません。"),
                                          QStringLiteral("This HTTP version is not supported.")));
    default:
        return mockerror::badRequest(lang);
    }
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
    m_server = new MockHttpServer(
        options.http,
        [this](HttpRequest &&request, HttpResponder responder) { handle(std::move(request), std::move(responder)); },
        [this](int status, const QByteArray &reason, const HttpRequest &partial) {
            return refusal(status, reason, partial);
        },
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
    QString error;
    if (!m_server->listen(address, port, &error)) {
        qCWarning(lcMock) << "cannot listen on" << address.toString() << "port" << port << ":" << error;
        return false;
    }
    m_address = address;
    m_port = m_server->port();
    qCInfo(lcMock) << "listening on" << serverUrl().toString();
    return true;
}

bool MockRenewalService::useTls(const QString &certificateFile, const QString &keyFile, QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("%1: no PEM certificate").arg(certificateFile);
        return false;
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(keyFile, file.errorString());
        return false;
    }
    const QByteArray pem = file.readAll();
    QSslKey key(pem, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa);
    if (key.isNull()) {
        *error = QStringLiteral("%1: no PEM private key (EC or RSA, unencrypted)").arg(keyFile);
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    m_server->setTls(configuration);
    return true;
}

int MockRenewalService::connectionCount() const
{
    return m_server->connectionCount();
}

HttpResponse MockRenewalService::refusal(int status, const QByteArray &reason, const HttpRequest &partial)
{
    MockRequest request;
    request.headers = partial.headers;
    qCInfo(lcMock) << "request refused:" << status << reason.constData();
    served(partial.method.isEmpty() ? QByteArrayLiteral("-") : partial.method, {}, status, 0);
    return toHttp(transportError(request.lang(), status));
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
    const QString scheme = m_server->isTls() ? QStringLiteral("https") : QStringLiteral("http");
    return QUrl(QStringLiteral("%1://%2:%3").arg(scheme, host).arg(m_port));
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

void MockRenewalService::handle(HttpRequest &&httpRequest, HttpResponder responder)
{
    QElapsedTimer timer;
    timer.start();
    MockRequest request;
    request.method = httpRequest.method;
    const QUrl url(QString::fromLatin1(httpRequest.target));
    request.path = url.path(QUrl::FullyEncoded);
    request.query = QUrlQuery(url);
    request.headers = std::move(httpRequest.headers);
    request.body = std::move(httpRequest.body);
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
        responder.abort();
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
        const bool alive = responder.isOpen();
        responder.respond(toHttp(reply));
        served(request.method, route, alive ? reply.status : 0, timer.elapsed());
        return;
    }
    // A late answer: the client may be gone by then (the responder then does nothing).
    QTimer::singleShot(delay, this, [this, responder, reply, method = request.method, route, timer]() mutable {
        const bool alive = responder.isOpen();
        responder.respond(toHttp(reply));
        served(method, route, alive ? reply.status : 0, timer.elapsed());
    });
}

} // namespace clickar
