#include "mock/HttpConnection.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace clickar {

namespace {
constexpr qint64 readChunk = 64 * 1024;
} // namespace

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 423:
        return "Locked";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return {};
    }
}

HttpResponder::HttpResponder(HttpConnection *connection, quint64 serial)
    : m_connection(connection)
    , m_serial(serial)
{}

bool HttpResponder::isOpen() const
{
    return m_connection && m_connection->m_pending && m_connection->m_serial == m_serial &&
           m_connection->socket()->state() == QAbstractSocket::ConnectedState;
}

void HttpResponder::respond(const HttpResponse &response)
{
    if (m_connection)
        m_connection->respond(m_serial, response);
}

void HttpResponder::abort()
{
    if (m_connection)
        m_connection->abort(m_serial);
}

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Handler handler, Refusal refusal,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_handler(std::move(handler))
    , m_refusal(std::move(refusal))
    , m_reader(limits)
{
    m_socket->setParent(this);
    // Bounded: while a request is being answered nothing more is read, and the kernel's window holds the rest.
    m_socket->setReadBufferSize(readChunk);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::pump);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_closing && m_socket->bytesToWrite() == 0)
            linger();
    });
    setPhase(Phase::Idle, false);
    pump();
}

HttpConnection::~HttpConnection()
{
    m_timer.stop();
}

void HttpConnection::pump()
{
    if (m_closing) {
        m_socket->readAll(); // after a refusal: dropped until the close
        return;
    }
    if (m_pending)
        return;
    bool progressed = false;
    for (;;) {
        const HttpRequestReader::State state = m_reader.state();
        if (state == HttpRequestReader::State::Failed)
            return refuse(m_reader.status(), m_reader.reason());
        if (state == HttpRequestReader::State::Complete) {
            HttpRequest request = m_reader.takeRequest();
            m_pending = true;
            m_pendingHead = request.method == "HEAD";
            m_pendingClose = !request.keepAlive;
            m_pendingHttp10 = request.minorVersion == 0;
            setPhase(Phase::None, false);
            m_handler(std::move(request), HttpResponder(this, ++m_serial));
            return;
        }
        const QByteArray bytes = m_socket->read(readChunk);
        if (bytes.isEmpty())
            break;
        m_reader.feed(bytes);
        progressed = true;
    }
    switch (m_reader.state()) {
    case HttpRequestReader::State::Idle:
        setPhase(Phase::Idle, progressed);
        break;
    case HttpRequestReader::State::Headers:
        setPhase(Phase::Headers, false); // the header timeout counts from the first byte, however slow the rest
        break;
    default:
        setPhase(Phase::Body, progressed); // the body timeout is the longest pause
        break;
    }
}

void HttpConnection::respond(quint64 serial, const HttpResponse &response)
{
    if (!m_pending || serial != m_serial || m_closing)
        return;
    m_pending = false;
    write(response, m_pendingClose, m_pendingHead);
    if (!m_closing) {
        setPhase(Phase::Idle, false);
        QMetaObject::invokeMethod(this, &HttpConnection::pump, Qt::QueuedConnection); // a pipelined request
    }
}

void HttpConnection::abort(quint64 serial)
{
    if (!m_pending || serial != m_serial)
        return;
    m_pending = false;
    m_closing = true;
    m_timer.stop();
    m_socket->abort();
    deleteLater();
}

void HttpConnection::refuse(int status, const QByteArray &reason)
{
    HttpResponse response = m_refusal ? m_refusal(status, reason, m_reader.partial()) : HttpResponse{status, {}, {}};
    response.status = status;
    write(response, true, false);
}

void HttpConnection::write(const HttpResponse &response, bool close, bool head)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return; // the client left meanwhile; the socket's disconnected() ends this connection

    QByteArray reason = HttpResponse::reasonPhrase(response.status);
    const int status = reason.isEmpty() ? 500 : response.status;
    if (reason.isEmpty())
        reason = HttpResponse::reasonPhrase(500);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const auto &[name, value] : response.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0 ||
            name.compare("Connection", Qt::CaseInsensitive) == 0)
            continue;
        out += name + ": " + value + "\r\n";
    }
    if (status != 204)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    else if (m_pendingHttp10)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (!head && status != 204)
        out += response.body;
    m_socket->write(out);
    if (!close)
        return;
    setPhase(Phase::None, false);
    m_closing = true;
    m_socket->readAll();
    if (m_socket->bytesToWrite() == 0)
        linger();
}

// After the last answer is written: the sending side is shut (the client reads the answer and sees the end), what
// the client still sends is dropped for a moment, then the socket closes. Closing at once with unread input would
// reset the connection, and a client still uploading might lose the answer.
void HttpConnection::linger()
{
    if (m_lingering)
        return;
    m_lingering = true;
    m_socket->flush();
    if (m_socket->socketDescriptor() >= 0)
        ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
    m_timer.start(m_limits.lingerMs);
}

void HttpConnection::setPhase(Phase phase, bool progressed)
{
    if (m_closing)
        return;
    if (phase == m_phase && !progressed)
        return;
    m_phase = phase;
    switch (phase) {
    case Phase::None:
        m_timer.stop();
        break;
    case Phase::Idle:
        m_timer.start(m_limits.idleTimeoutMs);
        break;
    case Phase::Headers:
        m_timer.start(m_limits.headerTimeoutMs);
        break;
    case Phase::Body:
        m_timer.start(m_limits.bodyTimeoutMs);
        break;
    }
}

void HttpConnection::onTimeout()
{
    if (m_lingering) {
        m_socket->abort(); // the linger is over
        deleteLater();
        return;
    }
    switch (m_phase) {
    case Phase::Idle:
        m_closing = true;
        m_socket->disconnectFromHost();
        break;
    case Phase::Headers:
        refuse(408, "header timeout");
        break;
    case Phase::Body:
        refuse(408, "body timeout");
        break;
    case Phase::None:
        break;
    }
}

} // namespace clickar
