#include "mock/MockHttpServer.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace clickar {

MockHttpServer::MockHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

bool MockHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, makeResponder(request, socket));
    return true;
}

void MockHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // Not reached: handleRequest() takes every request. Closing is the safe answer if it ever is.
    socket->disconnectFromHost();
}

} // namespace clickar
