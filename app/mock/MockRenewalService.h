#pragma once

#include "mock/MockOptions.h"

#include "domain/Account.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

namespace clickar {

class FaultInjector;
class MockApi;
class HttpResponder;
class MockHttpServer;
struct HttpRequest;
struct HttpResponse;
class MockStore;
struct MockReply;

// The embedded mock of the renewal service (docs/api.md): a real HTTP server on loopback with the demo data of
// docs/demo-data.md, the premiums of docs/rating.md, and bad days on demand (X-Mock-Fault, latency, random
// failures). The app runs it in-process in demo mode; clickar-mock-server runs it standalone; the service tests
// drive it over HTTP.
class MockRenewalService : public QObject
{
    Q_OBJECT

public:
    explicit MockRenewalService(const MockOptions &options = {}, QObject *parent = nullptr);
    ~MockRenewalService() override;

    // Serves HTTPS with this certificate (chain) and private key, both PEM, from the next listen() on. false with
    // *error when a file cannot be read or the key does not belong to the certificate.
    bool useTls(const QString &certificateFile, const QString &keyFile, QString *error);
    // Starts listening (port 0 = an ephemeral port). false, with a warning, when the port cannot be bound.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port; }
    int connectionCount() const; // open client connections
    QUrl serverUrl() const;      // http://127.0.0.1:PORT — the client appends /api/v1
    QString loadError() const;   // non-empty when the seed could not be loaded
    // (method, path template as in docs/api.md), e.g. ("PUT", "/renewals/{id}/steps/{step}"); /_mock/* included.
    QList<QPair<QByteArray, QString>> routes() const;

signals:
    void mailSent(const clickar::Mail &mail);
    // One per request: the route template (never ids, which are personal) and the status (0 = dropped).
    void requestServed(const QByteArray &method, const QString &path, int status);
    // The same with the time from the request's arrival to the answer (for the standalone server's log).
    void requestTimed(const QByteArray &method, const QString &path, int status, qint64 elapsedMs);

private:
    void handle(HttpRequest &&request, HttpResponder responder);
    HttpResponse refusal(int status, const QByteArray &reason, const HttpRequest &partial);
    void served(const QByteArray &method, const QString &route, int status, qint64 elapsedMs);

    MockOptions m_options;
    std::unique_ptr<MockStore> m_store;
    std::unique_ptr<MockApi> m_api;
    std::unique_ptr<FaultInjector> m_faults;
    MockHttpServer *m_server = nullptr; // child
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace clickar
