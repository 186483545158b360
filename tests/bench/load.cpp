// Load on the standalone mock server (clickar-mock-server, started here on loopback): N = 10, 50 and 200
// concurrent logged-in clients, each on a connection of its own, reading GET /contracts back to back for a fixed
// time. Prints requests/s, p50/p99 latency, errors and the server's RSS before and after. Usage:
//   bench_load [SECONDS per N, default 5]
#include "support/ResidentMemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

using clickar::test::residentKiB;

// One client: its own connection (a network access manager of its own), logged in, then requests back to back.
class Client
{
public:
    Client(const QString &base, std::vector<qint64> *latenciesUs, int *errors)
        : m_base(base)
        , m_latencies(latenciesUs)
        , m_errors(errors)
    {}

    void logIn(const std::function<void(bool)> &done)
    {
        QNetworkRequest request(QUrl(m_base + QStringLiteral("/auth/login")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply =
            m_network.post(request, QByteArrayLiteral(R"({"email":"suzuki@example.jp","password":"Clickar#2026"})"));
        QObject::connect(reply, &QNetworkReply::finished, [this, reply, done] {
            reply->deleteLater();
            m_token = QJsonDocument::fromJson(reply->readAll())
                          .object()
                          .value(QStringLiteral("accessToken"))
                          .toString()
                          .toLatin1();
            done(!m_token.isEmpty());
        });
    }

    void run(const QElapsedTimer &clock, qint64 untilMs)
    {
        if (clock.elapsed() >= untilMs)
            return;
        QNetworkRequest request(QUrl(m_base + QStringLiteral("/contracts")));
        request.setRawHeader("Authorization", "Bearer " + m_token);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, [this, reply, timer, &clock, untilMs] {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                m_latencies->push_back(timer.nsecsElapsed() / 1000);
            else
                ++*m_errors;
            run(clock, untilMs);
        });
    }

private:
    QString m_base;
    QNetworkAccessManager m_network;
    QByteArray m_token;
    std::vector<qint64> *m_latencies;
    int *m_errors;
};

qint64 percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, static_cast<size_t>(p * double(values.size()))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 5;

    QProcess server;
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.setStandardErrorFile(QProcess::nullDevice()); // the request log
    server.start(QStringLiteral(CLICKAR_MOCK_SERVER), {QStringLiteral("--port"), QStringLiteral("0"),
                                                       QStringLiteral("--today"), QStringLiteral("2026-11-25")});
    if (!server.waitForStarted(10000) || !server.waitForReadyRead(10000)) {
        std::fprintf(stderr, "bench_load: clickar-mock-server did not start\n");
        return 1;
    }
    const QRegularExpression listening(QStringLiteral("listening on (\\S+)/api/v1"));
    const QString url = listening.match(QString::fromUtf8(server.readAllStandardOutput())).captured(1);
    if (url.isEmpty()) {
        std::fprintf(stderr, "bench_load: no address from clickar-mock-server\n");
        return 1;
    }
    const QString base = url + QStringLiteral("/api/v1");
    const qint64 pid = server.processId();
    std::printf("clickar-mock-server (pid %lld) at %s; %d s per run, GET /contracts back to back\n",
                static_cast<long long>(pid), qPrintable(url), seconds);
    std::printf("%5s %10s %9s %9s %7s %12s %12s\n", "N", "requests/s", "p50 ms", "p99 ms", "errors", "RSS before",
                "RSS after");

    for (int n : {10, 50, 200}) {
        const qint64 before = residentKiB(pid);
        std::vector<qint64> latencies;
        int errors = 0;
        std::vector<std::unique_ptr<Client>> clients;
        int loggedIn = 0;
        int answered = 0;
        QEventLoop loop;
        for (int i = 0; i < n; ++i) {
            clients.push_back(std::make_unique<Client>(base, &latencies, &errors));
            clients.back()->logIn([&](bool ok) {
                loggedIn += ok ? 1 : 0;
                if (++answered == n)
                    loop.quit();
            });
        }
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        if (loggedIn != n) {
            std::fprintf(stderr, "bench_load: only %d of %d clients logged in\n", loggedIn, n);
            return 1;
        }
        QElapsedTimer clock;
        clock.start();
        const qint64 untilMs = seconds * 1000LL;
        for (auto &client : clients)
            client->run(clock, untilMs);
        QEventLoop running;
        QTimer::singleShot(untilMs + 2000, &running, &QEventLoop::quit); // the last answers come in meanwhile
        running.exec();
        const double perSecond = double(latencies.size()) / (double(clock.elapsed() - 2000) / 1000.0);
        std::printf("%5d %10.0f %9.2f %9.2f %7d %9lld KiB %9lld KiB\n", n, perSecond,
                    double(percentile(latencies, 0.50)) / 1000.0, double(percentile(latencies, 0.99)) / 1000.0, errors,
                    static_cast<long long>(before), static_cast<long long>(residentKiB(pid)));
        std::fflush(stdout);
    }
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}
