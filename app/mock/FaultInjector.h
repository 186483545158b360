#pragma once

#include "mock/MockOptions.h"

#include <QByteArray>
#include <QString>

#include <random>

namespace clickar {

// Bad days on demand: the X-Mock-Fault request header (latency=MS | status=CODE | drop | malformed) and the
// server-wide options (latency for every answer, random 503 with a seeded probability).
class FaultInjector
{
public:
    struct Fault
    {
        enum class Kind { None, Latency, Status, Drop, Malformed };
        Kind kind = Kind::None;
        int value = 0; // milliseconds for Latency, the HTTP status for Status
    };

    static constexpr int maxLatencyMs = 120'000;

    explicit FaultInjector(const MockOptions &options);

    // nullopt and *problem for a header that is not one of the forms above (the request answers 400).
    static std::optional<Fault> parse(const QByteArray &header, QString *problem);
    // Whether this API request fails with 503 by the server-wide failure rate (a seeded draw).
    bool randomFailure();
    int latencyMs() const { return m_latencyMs; }

    // A body that is not valid JSON, made from the real one (cut in the middle).
    static QByteArray malformed(const QByteArray &body);

private:
    std::mt19937 m_random;
    double m_failRate = 0;
    int m_latencyMs = 0;
};

} // namespace clickar
