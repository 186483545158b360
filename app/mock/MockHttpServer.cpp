#include "mock/MockHttpServer.h"

#include "mock/MockLog.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace clickar {

MockHttpServer::MockHttpServer(const HttpLimits &limits, HttpConnection::Handler handler,
                               HttpConnection::Refusal refusal, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_handler(std::move(handler))
    , m_refusal(std::move(refusal))
{}

void MockHttpServer::setTls(const QSslConfiguration &configuration)
{
    m_tls = configuration;
}

bool MockHttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    delete m_server;
    if (m_tls) {
        auto *tls = new QSslServer(this);
        tls->setSslConfiguration(*m_tls);
        tls->setHandshakeTimeout(m_limits.headerTimeoutMs);
        // A client that does not trust the certificate ends the handshake: logged without anything personal.
        connect(tls, &QSslServer::errorOccurred, this, [](QSslSocket *, QAbstractSocket::SocketError socketError) {
            qCInfo(lcMock) << "TLS connection failed:" << socketError;
        });
        m_server = tls;
    } else {
        m_server = new QTcpServer(this);
    }
    // Qt's default queue of 50 is short for a training room whose clients all connect at the start of a lesson.
    m_server->setListenBacklogSize(m_limits.listenBacklog);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &MockHttpServer::accept);
    if (!m_server->listen(address, port)) {
        *error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    return true;
}

quint16 MockHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void MockHttpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections >= m_limits.maxConnections) {
            qCWarning(lcMock) << "connection refused: already" << m_connections << "open";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        auto *connection = new HttpConnection(socket, m_limits, m_handler, m_refusal, this);
        connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
    }
}

} // namespace clickar
