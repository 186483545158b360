#pragma once

#include "mock/MockClient.h"
#include "mock/MockRenewalService.h"
#include "service/RenewalClient.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace clickar::test {

// The demo "today" the tests run on, so that the relative dates of docs/demo-data.md are reproducible.
inline QDate testToday()
{
    return QDate(2026, 11, 25);
}

// Runs the event loop until an asynchronous client call has answered (or timeoutMs passed: nullopt).
template<typename T, typename Call> std::optional<Result<T>> await(Call call, int timeoutMs = 15000)
{
    std::optional<Result<T>> outcome;
    QObject context;
    QEventLoop loop;
    call(&context, [&](const Result<T> &result) {
        outcome = result;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!outcome)
        loop.exec();
    return outcome;
}

// For QVERIFY2 messages (which Qt evaluates even when the check passes): what went wrong, if anything.
template<typename T> QByteArray problem(const std::optional<Result<T>> &outcome)
{
    if (!outcome)
        return QByteArrayLiteral("no answer in time");
    if (outcome->ok())
        return {};
    return (outcome->error().technical + QStringLiteral(" / ") + outcome->error().userMessage()).toUtf8();
}

// The body of a step update that confirms the renewal's current values unchanged (docs/api.md "Steps").
QJsonObject stepFieldsFrom(const Renewal &renewal, Step step);

// The newest one-time password in a demo service's outbox, asked through its mock-only client ("" if none).
QString latestOtpIn(MockClient &client);

// The embedded mock on loopback, a client talking HTTP to it and one for its mock-only endpoints.
class DemoService
{
public:
    explicit DemoService(const QDate &today = testToday());
    explicit DemoService(const MockOptions &options);
    MockRenewalService &mock() { return m_mock; }
    RenewalClient &client() { return m_client; }
    MockClient &mockClient() { return m_mockClient; }

    // The newest one-time password in the mock's outbox (empty if none).
    QString latestOtp();
    // Logs in (with the one-time password from the outbox when asked) and sets the access token.
    bool signIn(const QString &email, const QString &password = QStringLiteral("Clickar#2026"));
    // Starts (or resumes) the renewal of the account's first renewable contract.
    std::optional<Renewal> startFirstRenewal();
    // signIn(email) and startFirstRenewal(), then `confirmed` saved in order: the usual start of a test.
    std::optional<Renewal> startRenewalFor(const QString &email, const QList<Step> &confirmed = {});
    // Saves `step` with the renewal's own values (or `fields`), as another window or device would.
    std::optional<Renewal> confirm(const Renewal &renewal, Step step);
    std::optional<Renewal> confirm(const Renewal &renewal, Step step, const QJsonObject &fields);
    // The renewal as the service has it now.
    std::optional<Renewal> fetchRenewal(const QString &id);
    // Moves the mock's clock forward (POST /_mock/advance): expires tokens, one-time passwords, lockouts.
    bool advance(qint64 seconds);
    // Back to the seed data (POST /_mock/reset).
    bool reset();
    // How many requests with `method` whose path contains `pathPart` the service has answered so far.
    qsizetype requestsServed(const QByteArray &method, const QString &pathPart) const;

private:
    MockRenewalService m_mock;
    RenewalClient m_client;
    MockClient m_mockClient;
    QList<std::pair<QByteArray, QString>> m_served; // method and path of every request answered
};

} // namespace clickar::test
