#pragma once

#include "mock/HttpLimits.h"
#include "mock/HttpRequestReader.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace clickar {

// One answer as the transport writes it: Content-Length and, when the connection ends, Connection: close are added.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static QByteArray reasonPhrase(int status); // "" for a status the transport does not write
};

class HttpConnection;

// The way back to the client of one request; it may be kept to answer later. Answering a connection that has
// closed meanwhile does nothing.
class HttpResponder
{
public:
    HttpResponder() = default;
    HttpResponder(HttpConnection *connection, quint64 serial);

    bool isOpen() const;
    void respond(const HttpResponse &response);
    void abort(); // the connection dropped without an answer

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_serial = 0;
};

// One client connection of the mock's HTTP server: reads requests with HttpRequestReader, one at a time (a
// pipelined request waits until the one before is answered; the socket's read buffer is bounded meanwhile), keeps
// the header, body and idle timeouts, refuses what the reader refuses (answer, then close), and honours
// Connection: close and HTTP/1.0. It deletes itself when the socket closes.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(HttpRequest &&request, HttpResponder responder)>;
    // The answer to a request the transport refuses (400, 408, 413, 431, 501, 505), from what was read of it.
    using Refusal = std::function<HttpResponse(int status, const QByteArray &reason, const HttpRequest &partial)>;

    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Handler handler, Refusal refusal,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    QTcpSocket *socket() const { return m_socket; }

private:
    friend class HttpResponder;
    enum class Phase { None, Idle, Headers, Body };

    void pump();
    void respond(quint64 serial, const HttpResponse &response);
    void abort(quint64 serial);
    void refuse(int status, const QByteArray &reason);
    void write(const HttpResponse &response, bool close, bool head);
    void setPhase(Phase phase, bool progressed);
    void onTimeout();
    void linger();

    QTcpSocket *m_socket;
    HttpLimits m_limits;
    Handler m_handler;
    Refusal m_refusal;
    HttpRequestReader m_reader;
    QTimer m_timer;
    Phase m_phase = Phase::None;
    quint64 m_serial = 0;   // of the request handed to the handler
    bool m_pending = false; // that request is not answered yet
    bool m_pendingHead = false;
    bool m_pendingClose = false;
    bool m_pendingHttp10 = false;
    bool m_lingering = false; // the sending side is shut; input is dropped until the close
    bool m_closing = false;   // the last answer is written; nothing more is read
};

} // namespace clickar
