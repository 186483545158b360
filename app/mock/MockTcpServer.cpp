#include "mock/MockTcpServer.h"

#include <QTcpSocket>

namespace clickar {

namespace {
constexpr qint64 maxHeaderBytes = 64 * 1024;
const char *const refusedProperty = "clickarMockRefused";
} // namespace

MockTcpServer::MockTcpServer(qint64 refuseAboveBytes, Refusal refusal, QObject *parent)
    : QTcpServer(parent)
    , m_refuseAboveBytes(refuseAboveBytes)
    , m_refusal(std::move(refusal))
{}

qint64 MockTcpServer::contentLength(const QByteArray &headers)
{
    for (const QByteArray &line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.left(colon).trimmed().toLower() != "content-length")
            continue;
        bool ok = false;
        const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
        return ok ? length : -1;
    }
    return -1;
}

void MockTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // Connected before QAbstractHttpServer connects its own reader, so this runs first on every readyRead.
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { inspect(socket); });
    addPendingConnection(socket);
}

void MockTcpServer::inspect(QTcpSocket *socket)
{
    if (socket->property(refusedProperty).toBool()) {
        socket->readAll(); // the rest of a refused upload: dropped, the HTTP server never sees it
        return;
    }
    if (socket->isTransactionStarted())
        return; // in the middle of a request the HTTP server is reading
    const QByteArray head = socket->peek(maxHeaderBytes);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QByteArray headers = head.left(end);
    if (contentLength(headers) <= m_refuseAboveBytes)
        return;
    socket->setProperty(refusedProperty, true);
    socket->readAll();
    socket->write(m_refusal(headers));
    socket->disconnectFromHost();
}

} // namespace clickar
