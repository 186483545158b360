#include "support/TestSupport.h"

#include <QApplication>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <algorithm>

namespace clickar::test {

namespace {
MockOptions optionsFor(const QDate &today)
{
    MockOptions options;
    options.today = today;
    return options;
}

QUrl listening(MockRenewalService &mock)
{
    if (!mock.listen())
        qFatal("the mock service could not listen on loopback");
    return mock.serverUrl();
}
} // namespace

DemoService::DemoService(const QDate &today)
    : DemoService(optionsFor(today))
{}

DemoService::DemoService(const MockOptions &options)
    : m_mock(options)
    , m_client(listening(m_mock))
    , m_mockClient(m_mock.serverUrl())
{
    QObject::connect(&m_mock, &MockRenewalService::requestServed, &m_mock,
                     [this](const QByteArray &method, const QString &path) {
                         m_served.append({method, path});
                     });
}

qsizetype DemoService::requestsServed(const QByteArray &method, const QString &pathPart) const
{
    return std::count_if(m_served.cbegin(), m_served.cend(), [&](const std::pair<QByteArray, QString> &request) {
        return request.first == method && request.second.contains(pathPart);
    });
}

bool DemoService::advance(qint64 seconds)
{
    const auto answer =
        await<Nothing>([this, seconds](QObject *c, auto done) { m_mockClient.advance(seconds, c, done); });
    return answer && answer->ok();
}

bool DemoService::reset()
{
    const auto answer = await<Nothing>([this](QObject *c, auto done) { m_mockClient.reset(c, done); });
    return answer && answer->ok();
}

QString DemoService::latestOtp()
{
    return latestOtpIn(m_mockClient);
}

QString latestOtpIn(MockClient &client)
{
    const auto mails = await<QList<Mail>>([&client](QObject *c, auto done) { client.outbox(c, done); });
    if (!mails || !mails->ok())
        return {};
    QString code;
    QDateTime newest;
    static const QRegularExpression sixDigits(QStringLiteral("\\b(\\d{6})\\b"));
    for (const Mail &mail : mails->value()) {
        const QRegularExpressionMatch match = sixDigits.match(mail.body);
        const bool otp = mail.subject.contains(QStringLiteral("ワンタイムパスワード")) ||
                         mail.subject.contains(QStringLiteral("One-time password"));
        if (otp && match.hasMatch() && (newest.isNull() || mail.sentAt > newest)) {
            newest = mail.sentAt;
            code = match.captured(1);
        }
    }
    return code;
}

bool DemoService::signIn(const QString &email, const QString &password)
{
    const auto login = await<LoginResult>([&](QObject *c, auto done) { m_client.login(email, password, c, done); });
    if (!login || !login->ok())
        return false;
    Tokens tokens;
    if (login->value().otpRequired) {
        const QString challenge = login->value().challengeId;
        const QString code = latestOtp();
        const auto verified =
            await<Tokens>([&](QObject *c, auto done) { m_client.verifyOtp(challenge, code, c, done); });
        if (!verified || !verified->ok())
            return false;
        tokens = verified->value();
    } else {
        tokens = *login->value().tokens;
    }
    m_client.setAccessToken(tokens.accessToken);
    return true;
}

QJsonObject stepFieldsFrom(const Renewal &renewal, Step step)
{
    switch (step) {
    case Step::Basic:
        return {{QStringLiteral("limit"), renewal.drivers.limit},
                {QStringLiteral("ageCondition"), renewal.drivers.ageCondition},
                {QStringLiteral("licenceColour"), renewal.insured.licenceColour}};
    case Step::Coverage:
        return {{QStringLiteral("planId"), renewal.selectedPlanId}};
    case Step::Details: {
        const QDate licence = renewal.insured.nextLicenceRenewal.isValid() ? renewal.insured.nextLicenceRenewal
                                                                           : renewal.newPeriod.start.addYears(1);
        QJsonObject fields{{QStringLiteral("nextLicenceRenewal"), licence.toString(QStringLiteral("yyyy-MM"))},
                           {QStringLiteral("use"), renewal.vehicle.use}};
        if (renewal.drivers.youngest) {
            fields.insert(
                QStringLiteral("youngest"),
                QJsonObject{{QStringLiteral("relation"), renewal.drivers.youngest->relation},
                            {QStringLiteral("birthDate"), renewal.drivers.youngest->birthDate.toString(Qt::ISODate)}});
        }
        return fields;
    }
    case Step::Customer: {
        const Customer &c = renewal.customer;
        return {{QStringLiteral("postalCode"), c.postalCode},
                {QStringLiteral("prefecture"), c.prefecture},
                {QStringLiteral("address1"), c.address1},
                {QStringLiteral("address2"), c.address2},
                {QStringLiteral("phone"), c.phone},
                {QStringLiteral("employeeNumber"), c.employeeNumber},
                {QStringLiteral("paymentMethod"), c.paymentMethod}};
    }
    case Step::Disclosure:
        return {{QStringLiteral("eDeliveryConsent"), true},
                {QStringLiteral("documentSha256"),
                 renewal.documents.isEmpty() ? QString() : renewal.documents.first().sha256},
                {QStringLiteral("noticesConfirmed"), true}};
    case Step::Preconfirm:
    case Step::Decision:
        break;
    }
    return {};
}

std::optional<Renewal> DemoService::startRenewalFor(const QString &email, const QList<Step> &confirmed)
{
    std::optional<Renewal> renewal = signIn(email) ? startFirstRenewal() : std::nullopt;
    for (Step step : confirmed) {
        if (renewal)
            renewal = confirm(*renewal, step);
    }
    return renewal;
}

std::optional<Renewal> DemoService::confirm(const Renewal &renewal, Step step)
{
    return confirm(renewal, step, stepFieldsFrom(renewal, step));
}

std::optional<Renewal> DemoService::confirm(const Renewal &renewal, Step step, const QJsonObject &fields)
{
    const auto saved =
        await<Renewal>([&](QObject *c, auto done) { m_client.confirmStep(renewal, step, fields, c, done); });
    return saved && saved->ok() ? std::optional<Renewal>(saved->value()) : std::nullopt;
}

std::optional<Renewal> DemoService::fetchRenewal(const QString &id)
{
    const auto fetched = await<Renewal>([&](QObject *c, auto done) { m_client.renewal(id, c, done); });
    return fetched && fetched->ok() ? std::optional<Renewal>(fetched->value()) : std::nullopt;
}

std::optional<Renewal> DemoService::startFirstRenewal()
{
    const auto contracts = await<QList<Contract>>([this](QObject *c, auto done) { m_client.contracts({}, c, done); });
    if (!contracts || !contracts->ok())
        return std::nullopt;
    for (const Contract &contract : contracts->value()) {
        if (!contract.isRenewable())
            continue;
        const auto renewal =
            await<Renewal>([&](QObject *c, auto done) { m_client.startRenewal(contract.policyNumber, c, done); });
        if (renewal && renewal->ok())
            return renewal->value();
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace clickar::test
