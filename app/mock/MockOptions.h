#pragma once

#include "mock/HttpLimits.h"

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace clickar {

// How the embedded mock renewal service runs (the app's demo mode, the standalone clickar-mock-server, tests).
struct MockOptions
{
    QDate today;      // the service's "today"; null = the current date
    QString dataFile; // seed data; empty = :/seed/demo.json
    // The SQLite file that keeps the service's state across restarts; ":memory:" keeps it only while it runs.
    QString database = QStringLiteral(":memory:");
    bool resetDatabase = false;     // start the database again from the seed, whatever it holds
    bool resetOnSeedChange = false; // a database made from other seed data starts again (otherwise: load error)
    int latencyMs = 0;              // every API answer delayed by this much
    double failRate = 0;            // probability (0…1) of a random 503 unavailable on an API request
    quint32 seed = 1;               // seeds the random failures (and the ids, codes and tokens, mixed with entropy)
    HttpLimits http;                // what the HTTP transport accepts (header, body and connection limits, timeouts)
};

} // namespace clickar
