#pragma once

#include "mock/HttpLimits.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace clickar {

// One HTTP/1.x request as read off the wire.
struct HttpRequest
{
    QByteArray method;                            // GET, POST… as sent (case-sensitive)
    QByteArray target;                            // the request target as sent, e.g. /api/v1/contracts?query=x
    int minorVersion = 1;                         // HTTP/1.0 or HTTP/1.1
    QList<QPair<QByteArray, QByteArray>> headers; // names as sent, values trimmed
    QByteArray body;                              // decoded (chunked bodies joined)
    bool keepAlive = true; // HTTP/1.1 without "Connection: close", or HTTP/1.0 with "Connection: keep-alive"

    QByteArray header(const QByteArray &name) const; // case-insensitive, "" when absent
};

// Reads HTTP/1.0 and 1.1 requests from a byte stream and enforces the limits while reading, before anything is
// kept: a request line and headers bounded in lines and bytes (431), a body bounded as it arrives — with
// Content-Length or chunked (413) — and no ambiguity a proxy in front could read differently from this server
// (Content-Length with Transfer-Encoding, two lengths, obsolete line folding, bare CR: 400). After a refusal the
// stream cannot be trusted: the connection answers and closes. Pipelined requests are read one after another.
// Pure byte handling without sockets or an event loop, so tests and the fuzz target drive it directly.
class HttpRequestReader
{
public:
    enum class State {
        Idle,     // nothing of the next request read yet
        Headers,  // in the request line or headers
        Body,     // in the body (or draining one over the cap)
        Complete, // a request is ready: takeRequest()
        Failed,   // refused: status() and reason(); the connection must close
    };

    explicit HttpRequestReader(const HttpLimits &limits = {});

    // Takes the next bytes off the connection and reads as far as they go (at most one request: after Complete
    // the rest waits for takeRequest()). Ignored in Failed.
    void feed(const QByteArray &bytes);

    State state() const { return m_state; }
    HttpRequest takeRequest();                     // the completed request; reading goes on with the bytes after it
    int status() const { return m_status; }        // the refusal's status: 400, 413, 431, 501 or 505
    QByteArray reason() const { return m_reason; } // for the log: which rule, never the bytes
    // The headers read so far (to answer a refusal in the client's language).
    const HttpRequest &partial() const { return m_request; }
    qsizetype buffered() const { return m_buffer.size() - m_pos; } // bytes held, not yet read

private:
    void parse();
    bool readHeaderLines();
    bool readBody();
    bool readChunked();
    bool takeLine(QByteArray *line, qint64 maxLength, int tooLongStatus); // false: no whole line yet, or failed
    void startBody();
    void finish();
    void fail(int status, const char *reason);
    void compact();

    HttpLimits m_limits;
    State m_state = State::Idle;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // read position in m_buffer
    HttpRequest m_request;
    bool m_requestLineRead = false;
    qint64 m_headerBytes = 0;
    int m_headerLines = 0;
    // Body
    enum class Framing { None, Length, Chunked };
    enum class ChunkPart { Size, Data, DataEnd, Trailer };
    Framing m_framing = Framing::None;
    qint64 m_remaining = 0;  // of the Content-Length body, or of the current chunk
    bool m_draining = false; // a declared body over the cap: read and dropped, then 413
    ChunkPart m_chunkPart = ChunkPart::Size;
    int m_status = 0;
    QByteArray m_reason;
};

} // namespace clickar
