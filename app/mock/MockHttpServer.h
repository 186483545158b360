#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerResponder>

#include <functional>

namespace clickar {

// The HTTP side of the mock: every request, whatever its path and method, goes to one handler with a responder
// it may keep to answer later (latency) or never (drop). Routing, 404 and 405 are the handler's (MockApi).
class MockHttpServer final : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)>;

    explicit MockHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace clickar
