#pragma once

#include <QByteArray>
#include <QTcpServer>

#include <functional>

namespace clickar {

// The mock's listening socket. It looks at the headers of each new request before QAbstractHttpServer reads it
// and refuses a declared body over `refuseAboveBytes` at once (413, connection closed), so a client announcing
// tens of megabytes neither fills the memory nor waits for an answer that would only come after the upload.
// Bodies between the API's cap (1 MiB) and this limit are read and answered 413 by MockApi, so an ordinary client
// that sends its whole body still reads a proper answer instead of a reset connection.
class MockTcpServer final : public QTcpServer
{
public:
    // Builds the complete HTTP answer for a refused request from its header block.
    using Refusal = std::function<QByteArray(const QByteArray &headers)>;

    MockTcpServer(qint64 refuseAboveBytes, Refusal refusal, QObject *parent = nullptr);

    // The Content-Length of a header block, -1 when absent or unreadable.
    static qint64 contentLength(const QByteArray &headers);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void inspect(QTcpSocket *socket);

    qint64 m_refuseAboveBytes;
    Refusal m_refusal;
};

} // namespace clickar
