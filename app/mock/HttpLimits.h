#pragma once

#include <QtGlobal>

namespace clickar {

// What the mock's HTTP transport accepts from one client (docs/decisions.md "The HTTP transport"). The defaults
// are those of the standalone server on a training room's LAN; tests shorten the timeouts.
struct HttpLimits
{
    int maxHeaderLines = 100;                // header lines of a request (and trailer lines of a chunked body) → 431
    qint64 maxHeaderBytes = 64 * 1024;       // request line and headers together → 431
    qint64 maxBodyBytes = 1024 * 1024;       // the API's body cap, also while a chunked body streams → 413
    qint64 drainBodyBytes = 8 * 1024 * 1024; // a declared body up to this is read and dropped before its 413
    int headerTimeoutMs = 10 * 1000;         // from a request's first byte to the end of its headers → 408, closed
    int bodyTimeoutMs = 30 * 1000;           // longest pause while a body is read → 408, closed
    int idleTimeoutMs = 60 * 1000;           // a kept-alive connection with no request: closed
    int lingerMs = 2 * 1000;                 // after a refusal, unread input is dropped this long before the close
    int maxConnections = 1024;               // open connections; a further one is closed at once
    int listenBacklog = 511;                 // connections the kernel queues before they are accepted
};

} // namespace clickar
