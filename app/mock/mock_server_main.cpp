// clickar-mock-server: the mock renewal service on its own, for demos, manual tests and the README's curl session.
#include "mock/MockRenewalService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace {

std::atomic<bool> g_stop{false};

extern "C" void onSignal(int)
{
    g_stop.store(true);
}

struct Settings
{
    clickar::MockOptions options;
    QHostAddress bind;
    quint16 port = 8080;
    QString tlsCert;
    QString tlsKey;
};

// Reads the command line; on a bad value prints the problem and returns false.
bool parse(QCoreApplication &app, Settings *settings)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The Clickar mock renewal service (API under /api/v1)."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port (default 8080; 0 = any)."),
                                  QStringLiteral("PORT"), QStringLiteral("8080"));
    const QCommandLineOption bind(QStringLiteral("bind"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                  QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("Seed data file (default: the built-in demo). It fills a new or empty "
                                                 "database; an existing one continues only with the seed it was made "
                                                 "from (otherwise the server refuses to start: see --reset)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("SQLite file that keeps the state (logins, renewals, submissions, mails) "
                       "across restarts; created if missing (default: in memory, nothing is "
                       "kept)."),
        QStringLiteral("FILE"));
    const QCommandLineOption reset(QStringLiteral("reset"),
                                   QStringLiteral("Start the --db database again from the seed data, discarding "
                                                  "its state."));
    const QCommandLineOption today(QStringLiteral("today"), QStringLiteral("The service's today (YYYY-MM-DD)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption latency(QStringLiteral("latency"), QStringLiteral("Delay every API answer (ms)."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
                                      QStringLiteral("Probability 0…1 of a random 503 per API request."),
                                      QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the random failures."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("Serve HTTPS with this certificate (PEM; the chain may follow)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("The certificate's private key (PEM, unencrypted)."),
                                    QStringLiteral("FILE"));
    parser.addOptions({port, bind, data, db, reset, today, latency, failRate, seed, tlsCert, tlsKey});
    parser.process(app);

    bool ok = true;
    auto fail = [&ok](const char *message) {
        std::fprintf(stderr, "clickar-mock-server: %s\n", message);
        ok = false;
    };
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        fail("--port: expected 0…65535");
    settings->port = static_cast<quint16>(portValue);
    if (!settings->bind.setAddress(parser.value(bind)))
        fail("--bind: expected an IP address");
    settings->options.dataFile = parser.value(data);
    if (parser.isSet(db)) {
        settings->options.database = parser.value(db);
        if (settings->options.database.isEmpty() || settings->options.database == QStringLiteral(":memory:"))
            fail("--db: expected a file name");
    }
    settings->options.resetDatabase = parser.isSet(reset);
    settings->tlsCert = parser.value(tlsCert);
    settings->tlsKey = parser.value(tlsKey);
    if (settings->tlsCert.isEmpty() != settings->tlsKey.isEmpty())
        fail("--tls-cert and --tls-key: give both, or neither");
    if (parser.isSet(today)) {
        settings->options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!settings->options.today.isValid())
            fail("--today: expected YYYY-MM-DD");
    }
    bool numberOk = false;
    settings->options.latencyMs = parser.value(latency).toInt(&numberOk);
    if (!numberOk || settings->options.latencyMs < 0 || settings->options.latencyMs > 120000)
        fail("--latency: expected 0…120000 milliseconds");
    settings->options.failRate = parser.value(failRate).toDouble(&numberOk);
    if (!numberOk || settings->options.failRate < 0 || settings->options.failRate > 1)
        fail("--fail-rate: expected a probability 0…1");
    settings->options.seed = parser.value(seed).toUInt(&numberOk);
    if (!numberOk)
        fail("--seed: expected a non-negative integer");
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("clickar-mock-server"));

    Settings settings;
    if (!parse(app, &settings))
        return 2;

    clickar::MockRenewalService service(settings.options);
    if (!service.loadError().isEmpty()) {
        std::fprintf(stderr, "clickar-mock-server: %s\n", qPrintable(service.loadError()));
        return 1;
    }
    QString tlsError;
    if (!settings.tlsCert.isEmpty() && !service.useTls(settings.tlsCert, settings.tlsKey, &tlsError)) {
        std::fprintf(stderr, "clickar-mock-server: %s\n", qPrintable(tlsError));
        return 2;
    }
    if (!service.listen(settings.bind, settings.port)) {
        std::fprintf(stderr, "clickar-mock-server: cannot listen on %s:%u\n", qPrintable(settings.bind.toString()),
                     settings.port);
        return 1;
    }
    // One line per request: method, route template (never ids: policy numbers are personal), status, duration.
    QObject::connect(&service, &clickar::MockRenewalService::requestTimed,
                     [](const QByteArray &method, const QString &path, int status, qint64 elapsedMs) {
                         std::fprintf(stderr, "%s %s %s %d %lldms\n",
                                      qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
                                      method.constData(), qPrintable(path), status, static_cast<long long>(elapsedMs));
                     });
    // On standard output, so that scripts and tests started with --port 0 learn the port.
    std::fprintf(
        stdout, "clickar-mock-server: listening on %s/api/v1 (today %s)\n", qPrintable(service.serverUrl().toString()),
        qPrintable(
            (settings.options.today.isValid() ? settings.options.today : QDate::currentDate()).toString(Qt::ISODate)));
    std::fflush(stdout);

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &app, [] {
        if (g_stop.load())
            QCoreApplication::quit();
    });
    stopPoll.start(100);
    const int code = app.exec();
    std::fprintf(stderr, "clickar-mock-server: stopped\n");
    return code;
}
