#pragma once

#include "mock/HttpConnection.h"
#include "mock/HttpLimits.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QString>

#include <optional>

class QTcpServer;

namespace clickar {

// The HTTP side of the mock: a listening socket whose connections read requests with HttpRequestReader and its
// limits (docs/decisions.md "The HTTP transport"). Every request, whatever its path and method, goes to one
// handler with a responder it may keep to answer later (latency) or never (drop); routing, 404 and 405 are the
// handler's (MockApi). Requests the transport refuses are answered from `refusal`.
class MockHttpServer final : public QObject
{
    Q_OBJECT

public:
    MockHttpServer(const HttpLimits &limits, HttpConnection::Handler handler, HttpConnection::Refusal refusal,
                   QObject *parent = nullptr);

    // HTTPS from the next listen() on (QSslServer; the handshake must finish within the header timeout).
    void setTls(const QSslConfiguration &configuration);
    bool isTls() const { return m_tls.has_value(); }
    // false with *error set when the address cannot be bound.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    int connectionCount() const { return m_connections; }

private:
    void accept();

    HttpLimits m_limits;
    HttpConnection::Handler m_handler;
    HttpConnection::Refusal m_refusal;
    std::optional<QSslConfiguration> m_tls;
    QTcpServer *m_server = nullptr; // child
    int m_connections = 0;
};

} // namespace clickar
