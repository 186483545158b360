#include "mock/FaultInjector.h"

#include <QSet>

#include <algorithm>

namespace clickar {

namespace {
// The statuses a fault may ask for: the ones QHttpServerResponder can write and the API can answer.
const QSet<int> &injectableStatuses()
{
    static const QSet<int> statuses = {400, 401, 403, 404, 405, 408, 409, 410, 413, 415,
                                       422, 423, 425, 428, 429, 500, 501, 502, 503, 504};
    return statuses;
}
} // namespace

FaultInjector::FaultInjector(const MockOptions &options)
    : m_random(options.seed)
    , m_failRate(std::clamp(options.failRate, 0.0, 1.0))
    , m_latencyMs(std::clamp(options.latencyMs, 0, maxLatencyMs))
{}

std::optional<FaultInjector::Fault> FaultInjector::parse(const QByteArray &header, QString *problem)
{
    const QByteArray value = header.trimmed().toLower();
    Fault fault;
    if (value.isEmpty())
        return fault;
    if (value == "drop") {
        fault.kind = Fault::Kind::Drop;
        return fault;
    }
    if (value == "malformed") {
        fault.kind = Fault::Kind::Malformed;
        return fault;
    }
    const qsizetype eq = value.indexOf('=');
    const QByteArray name = value.left(eq).trimmed();
    bool ok = false;
    const int number = eq > 0 ? value.mid(eq + 1).trimmed().toInt(&ok) : 0;
    if (ok && name == "latency" && number >= 0 && number <= maxLatencyMs) {
        fault.kind = Fault::Kind::Latency;
        fault.value = number;
        return fault;
    }
    if (ok && name == "status" && injectableStatuses().contains(number)) {
        fault.kind = Fault::Kind::Status;
        fault.value = number;
        return fault;
    }
    *problem =
        QStringLiteral("X-Mock-Fault: expected latency=0…%1, status=4xx/5xx, drop or malformed").arg(maxLatencyMs);
    return std::nullopt;
}

bool FaultInjector::randomFailure()
{
    if (m_failRate <= 0)
        return false;
    std::uniform_real_distribution<double> draw(0.0, 1.0);
    return draw(m_random) < m_failRate;
}

QByteArray FaultInjector::malformed(const QByteArray &body)
{
    if (body.size() < 4)
        return QByteArrayLiteral("{\"error\": {\"code\": \"unav");
    return body.left(body.size() / 2);
}

} // namespace clickar
